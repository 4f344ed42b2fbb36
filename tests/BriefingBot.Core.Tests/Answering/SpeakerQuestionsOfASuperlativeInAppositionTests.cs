using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ماذا قال أقدم صناع المراكب في رشيد؟» of «روى المعلم صابر عبد الحميد، أقدم صناع المراكب في رشيد، أن …»: an elative
/// heads the description without the article, so it is the elative and the word it governs, by the speaker's name, that
/// tell the person asked of; the answer is all they say, as asked by name.
/// </summary>
public sealed class SpeakerQuestionsOfASuperlativeInAppositionTests : IDisposable
{
    private static readonly Briefing Boatyard = Indexes.TitledBriefing(
        "2027-01-04-boatyard",
        "ورش المراكب في رشيد تسلّم سبعة مراكب هذا العام",
        "في ورش بناء المراكب على ضفة النيل، روى المعلم صابر عبد الحميد، أقدم صناع المراكب في المدينة، أن الورش كانت تسلّم ستين مركبًا في العام.",
        "وشكا عبد الحميد من غلاء خشب التوت المستورد الذي تضاعف سعره في عامين.",
        "وقال رئيس جمعية الصيادين محمود السيد إن الجمعية طلبت قروضًا ميسرة لأصحاب المراكب الصغيرة.");

    private readonly PassageIndex _index = Indexes.Of(Boatyard);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Boatyard).Answer(new AnswerRequest(question));

    [Fact]
    public void A_superlative_in_apposition_to_the_name_asks_of_that_person()
    {
        var answer = Ask("ماذا قال أقدم صناع المراكب؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Boatyard.Passages[0].Id, Boatyard.Passages[1].Id], answer.Passages.Select(p => p.Passage.Id));
    }
}
