using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A reader asks of a market's people by what they sell, in the souk's word («بياع الأقمشة»), and by their age's decade
/// («الخياطة الأربعينية»): the roster finds the seller the briefing records as «بائع الأقمشة» and the tailor it says is
/// «خياطة في الأربعين».
/// </summary>
public class SpeakerQuestionsOfASellerAndAnAgeTests
{
    private static readonly Briefing[] Briefings =
    [
        Parse("2027-01-06-souk", "على بعد أمتار، يبيع الحاج عمر الأيوبي الأقمشة بالمتر منذ أربعين عامًا. روى الأيوبي أن القماش الإنجليزي اختفى من رفوفه."),
        Parse("2027-01-05-tailor", "سناء المصري، وهي خياطة في الأربعين تتقاسم دكانًا مع أختها، قالت إن عملها اليوم تصليح."),
    ];

    [Fact]
    public void The_souks_word_for_a_seller_finds_the_seller_of_that_thing() =>
        Assert.Equal(["عمر الأيوبي"], new SpeakerRoster(Briefings).Holders(ArabicText.FoldedWords("بياع الاقمشة")));

    [Fact]
    public void The_decade_adjective_finds_the_speaker_of_that_age() =>
        Assert.Equal(["سناء المصري"], new SpeakerRoster(Briefings).Holders(ArabicText.FoldedWords("الخياطة الاربعينية"), asksOfAWoman: true));

    private static Briefing Parse(string id, string paragraph) => new BriefingParser().Parse(BriefingMarkdown.OneSection(id, paragraph, "القسم"));
}
