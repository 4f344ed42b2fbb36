using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A kunya names a parent by a child's name («أم جورج»، «أبو أنس»), and kin are asked of by a quoted person's name («ابن
/// فايز الطرابيشي»): a report that quotes a father and his son names them with one surname, so the kin asked of is the one
/// of that family quoted beside the person named, and a kunya never names the child himself.
/// </summary>
public sealed class SpeakerQuestionsOfAKunyaOrKinTests : IDisposable
{
    private static readonly Briefing Looms = Indexes.Briefing(
        "2027-01-10-damascus-looms",
        new DateOnly(2027, 1, 10),
        "أطلقت الهيئة برنامجًا لتسجيل آخر أنوال البروكار اليدوية في دمشق.",
        "وقال فايز الطرابيشي إن النول الخشبي يعمل منذ مئة عام في ورشة العائلة.",
        "وقال أنس الطرابيشي إنه ترك وظيفته في المصنع ليعود إلى نول أبيه.",
        "وقال محمود السيوفي إن صباغة الحرير بقشر الرمان تحتاج ثلاثة أيام.",
        "وقال خليل السيوفي إن السائح لا يعرف الفرق بين البروكار والقماش المقلد.",
        "وقالت أم جورج إن الخيط الذهبي الأصلي بارد وثقيل.",
        "وقال جورج حداد إن الشحن إلى أوروبا صار أصعب من قبل.");

    private readonly PassageIndex _index = Indexes.Of(Looms);

    public void Dispose() => _index.Dispose();

    private IEnumerable<string> Answered(string question)
    {
        var answer = Indexes.Answerer(_index, null, Looms).Answer(new AnswerRequest(question));
        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        return answer.Passages.Select(p => p.Passage.Id);
    }

    [Theory]
    [InlineData("ماذا قالت أم جورج؟", 5)]
    [InlineData("ام جورج شو قالت", 5)]
    [InlineData("شو قال جورج حداد؟", 6)]
    [InlineData("ماذا قال جورج؟", 6)]
    public void A_mother_called_by_her_childs_name_is_not_the_child_nor_the_child_her(string question, int passage)
    {
        Assert.Equal([Looms.Passages[passage].Id], Answered(question));
    }

    [Theory]
    [InlineData("شو قال أبو أنس الطرابيشي؟", 1)]
    [InlineData("شو قال ابو انس؟", 1)]
    [InlineData("ماذا قال أبو خليل السيوفي؟", 3)]
    public void A_father_called_by_a_quoted_sons_name_is_the_man_of_that_family_quoted_beside_him(string question, int passage)
    {
        Assert.Equal([Looms.Passages[passage].Id], Answered(question));
    }

    [Theory]
    [InlineData("ماذا قال ابن فايز الطرابيشي؟", 2)]
    [InlineData("ايش قال ولد فايز الطرابيشي؟", 2)]
    [InlineData("شو قال والد أنس الطرابيشي؟", 1)]
    [InlineData("شو قال والد خليل السيوفي؟", 3)]
    [InlineData("وش قال ابن محمود السيوفي؟", 4)]
    public void Kin_of_a_quoted_person_is_the_one_of_their_family_quoted_beside_them(string question, int passage)
    {
        Assert.Equal([Looms.Passages[passage].Id], Answered(question));
    }

    [Theory]
    [InlineData("ماذا قالت بنت فايز الطرابيشي؟")]
    [InlineData("شو قال جار أنس الطرابيشي؟")]
    [InlineData("شو قال ابن جورج حداد؟")]
    public void Kin_the_report_does_not_quote_is_not_the_person_named(string question)
    {
        Assert.NotEqual(AnswerOutcome.SpeakerPassages, Indexes.Answerer(_index, null, Looms).Answer(new AnswerRequest(question)).Outcome);
    }

    [Fact]
    public void A_name_carrying_walad_as_its_particle_is_that_person()
    {
        var directory = new SpeakerDirectory(["يحيى ولد الطالب", "محمد سالم"]);
        Assert.Equal(["يحيى ولد الطالب"], SpeakerQuestion.MatchAll("شو قال ولد الطالب؟", directory));
    }
}
