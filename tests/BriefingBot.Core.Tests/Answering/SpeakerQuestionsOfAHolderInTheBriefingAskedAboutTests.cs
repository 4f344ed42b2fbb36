using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ماذا قال رئيس جمعية صيانة سيدي بوسعيد؟» with two societies' heads quoted as «رئيس الجمعية»: the words the role does
/// not hold («صيانة سيدي بوسعيد») say which briefing the question is about, and its holder is answered, not the head of
/// Arwad's fishermen's society, whose shorter role the question happens to cover.
/// </summary>
public sealed class SpeakerQuestionsOfAHolderInTheBriefingAskedAboutTests : IDisposable
{
    private static readonly Briefing SidiBouSaid = Indexes.Briefing(
        "2027-01-06-sidi-bou-said",
        new DateOnly(2027, 1, 6),
        "أحصت بلدية سيدي بوسعيد نحو ألف ومئتي باب خشبي مطلي بالأزرق يحتاج قرابة نصفها إلى إعادة طلاء.",
        "وتدرّب جمعية صيانة مدينة سيدي بوسعيد ستة شبان على دهن الأبواب بالطريقة القديمة.",
        "وقال رئيس الجمعية، المهندس المعماري سليم الدرويش، إن اثنين من الستة انسحبا في الشهر الثاني بعد أن وجدا عملًا بأجر أعلى.");

    private static readonly Briefing Arwad = Indexes.Briefing(
        "2027-01-02-arwad",
        new DateOnly(2027, 1, 2),
        "يشكو صناع القوارب الخشبية في جزيرة أرواد من غلاء الخشب وقلة الطلب.",
        "وقال رئيس الجمعية، علي محمد حمود، إن الصيادين لم يعودوا قادرين على شراء قارب جديد.");

    private readonly PassageIndex _index = Indexes.Of(SidiBouSaid, Arwad);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, SidiBouSaid, Arwad).Answer(new AnswerRequest(question));

    [Theory]
    [InlineData("ماذا قال رئيس جمعية صيانة سيدي بوسعيد؟", "سليم الدرويش")]
    [InlineData("شو قال رئيس جمعية الصيادين في أرواد؟", "علي محمد حمود")]
    public void The_holder_in_the_briefing_the_question_names_is_answered(string question, string speaker)
    {
        Assert.Equal(speaker, Ask(question).Speaker);
    }
}
