using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// What a person asked of by their full name earns is answered only by a passage that names them and gives a sum: the
/// passage that tells «علي الصفار» left the sea for a company gives no pay, and the sums of the other passages are others'.
/// </summary>
public sealed class PayOfANamedPersonCheckTests() : BriefingsAnswerSpec(Auction)
{
    private static readonly Briefing Auction = Indexes.TitledBriefing(
        "2027-01-22-fish-auction",
        "مزاد السمك في القطيف",
        "أما علي الصفار، ابن أحد نواخذة تاروت، فترك البحر في العشرين ليعمل فني صيانة في شركة مقاولات. «البحر ما فيه راتب ثابت ولا تأمين»، يقول الصفار.",
        "ويقول الصياد حسن المرهون إن راتب البحار في الموسم صار نحو أربعة آلاف ريال في الشهر، وإن البحارة الوافدين يتقاضون أقل من ذلك.",
        "وتقول الممرضة زهراء العوامي إن راتبها ستة آلاف ريال في الشهر، وإنها تنفق ربعه على المواصلات.");

    [Fact]
    public void Another_persons_pay_is_no_pay_of_the_person_asked()
    {
        var answer = Ask("كم راتب علي الصفار في شركة المقاولات؟");

        Assert.False(answer.Answered, answer.Outcome.ToString());
    }

    [Fact]
    public void A_sum_where_the_person_is_named_answers()
    {
        var answer = Ask("كم راتب الممرضة زهراء العوامي؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }
}
