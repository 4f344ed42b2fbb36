using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ماذا قالت بائعة الملح في كريتر؟» with «فهد الملحم» quoted in another briefing: the word after a title without its
/// article is what the title sells or heads, not a misspelt surname one letter off, so the question is not answered
/// with that other person's words.
/// </summary>
public sealed class SpeakerQuestionsWithATitlesComplementTests : IDisposable
{
    private static readonly Briefing Salt = Indexes.Briefing(
        "2027-01-03-salt",
        new DateOnly(2027, 1, 3),
        "تراجع إنتاج ملاحات عدن إلى أقل من نصف ما كانت تنتجه قبل عشر سنوات.",
        "وفي سوق الطويلة بمدينة كريتر، تروي أم صالح، وهي بائعة ملح منذ ثلاثين عامًا، أن الكيس الذي كانت تبيعه بمئتي ريال صار يباع بألف.");

    private static readonly Briefing Heritage = Indexes.Briefing(
        "2027-01-04-heritage",
        new DateOnly(2027, 1, 4),
        "وأوضح مدير فرع هيئة التراث في الأحساء، فهد الملحم، أن الهيئة سجلت مئة وأربعة وعشرين حرفيًا يخيطون البشت يدويًا.");

    private readonly PassageIndex _index = Indexes.Of(Salt, Heritage);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_word_after_a_title_without_its_article_is_not_read_as_a_misspelt_surname()
    {
        var answer = Indexes.Answerer(_index, null, Salt, Heritage).Answer(new AnswerRequest("ماذا قالت بائعة الملح في كريتر؟"));

        Assert.NotEqual("فهد الملحم", answer.Speaker);
        Assert.Equal(Salt.Id, answer.Passages[0].Passage.BriefingId);
    }
}
