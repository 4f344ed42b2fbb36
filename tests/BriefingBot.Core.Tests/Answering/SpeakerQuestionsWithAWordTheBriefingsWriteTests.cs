using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «وش قالت المرشدة عن الزوار الشباب؟» with «سلمى الزواري» quoted in another briefing: «الزوار» is one letter from her
/// surname, but the briefings write it as a word of its own, so it is meant as written, not as her misspelt name. A
/// misspelling no briefing writes («الذواري») still finds her.
/// </summary>
public sealed class SpeakerQuestionsWithAWordTheBriefingsWriteTests : IDisposable
{
    private static readonly Briefing Matmata = Indexes.Briefing(
        "2027-01-02-matmata",
        new DateOnly(2027, 1, 2),
        "غمرت أمطار الخريف عددًا من البيوت المحفورة في مطماطة جنوب تونس.",
        "وتقول الباحثة سلمى الزواري إن البيوت المحفورة تحتاج إلى ترميم عاجل قبل الشتاء.",
        "وتضيف الزواري أن البلدية لم تخصص لها ميزانية بعد.");

    private static readonly Briefing Failaka = Indexes.Briefing(
        "2027-01-08-failaka",
        new DateOnly(2027, 1, 8),
        "افتتحت القرية التراثية في جزيرة فيلكا أبوابها للزوار بعد أربع سنوات من الترميم.",
        "وتقود المرشدة لولوة الصانع الزوار إلى مقام الخضر، وتقول إن أغلب الزوار شباب لم يزوروا الجزيرة من قبل.",
        "وعن تجارة البشوت القديمة في الأسواق، يقول التاجر حمد المطيري إن الطلب عاد مع الأعراس.");

    private readonly PassageIndex _index = Indexes.Of(Matmata, Failaka);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Matmata, Failaka).Answer(new AnswerRequest(question));

    [Theory]
    [InlineData("وش قالت المرشدة عن الزوار الشباب؟")]
    [InlineData("ماذا قالت الزوار؟")]
    public void A_word_the_briefings_write_is_no_misspelt_surname(string question)
    {
        Assert.NotEqual("سلمى الزواري", Ask(question).Speaker);
    }

    [Theory]
    [InlineData("ماذا قالت الزواري؟")]
    [InlineData("ماذا قالت سلمى الذواري؟")]
    [InlineData("شو قالت الذواري عن الترميم؟")]
    public void A_misspelling_no_briefing_writes_still_finds_the_speaker(string question)
    {
        var answer = Ask(question);

        Assert.Equal("سلمى الزواري", answer.Speaker);
        Assert.Equal([Matmata.Passages[1].Id, Matmata.Passages[2].Id], answer.Passages.Select(p => p.Passage.Id));
    }
}
