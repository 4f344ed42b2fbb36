using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «a trade given as the verb's complement»: narration says what a person works as with a verb of working and the
/// trade in the indefinite accusative («ويعمل جورج طوق دليلًا في الوادي»); a later paragraph that quotes «الدليل» by that
/// trade alone is theirs. A trade no one was given, or one two people were given, stays no one's.
/// </summary>
public class SpeakerTradeGivenAsComplementTests
{
    [Theory]
    [InlineData("ويعمل خليل منصور دليلًا في الجبل منذ عشرين عامًا، وينطلق بالمجموعات من ساحة القرية.", "ويقول الدليل إن أكثر ما يفاجئ الزوار هو البرد في الليل.", "خليل منصور")]
    [InlineData("ويعمل سليمان الجطيلي دلّالًا في الساحة منذ خمسة وعشرين عامًا، وقد ورث المهنة عن أبيه.", "ويشكو الدلّال من أن بعض المزارعين صاروا يبيعون محصولهم عبر تطبيقات الهاتف.", "سليمان الجطيلي")]
    [InlineData("وتعمل سلمى الحسن مرشدةً في المتحف الوطني منذ تخرجها، وتستقبل طلاب المدارس كل صباح.", "وتقول المرشدة إن عدد الزوار تضاعف هذا العام.", "سلمى الحسن")]
    [InlineData("واشتغل ياسر العمري بحارا على سفن الصيد عشر سنوات قبل أن يفتح مطعمه.", "ويؤكد البحار أن السمك قلّ في الخليج.", "ياسر العمري")]
    public void A_trade_given_by_a_verb_of_working_points_back_to_the_person(string narration, string quoted, string speaker) =>
        AssertSpeakers([narration, quoted], (1, speaker));

    [Fact]
    public void The_trade_is_the_persons_role()
    {
        var briefing = Parse(
            "ويعمل خليل منصور دليلًا في الجبل منذ عشرين عامًا.",
            "ويقول الدليل إن أكثر ما يفاجئ الزوار هو البرد في الليل.");
        Assert.Equal("دليل", briefing.SpeakerProfiles.Single().Role);
    }

    [Theory]
    [InlineData("ويعمل خليل منصور دليلًا في الجبل منذ عشرين عامًا.", "ويقول المرشد إن أكثر ما يفاجئ الزوار هو البرد في الليل.")]
    [InlineData("ويعمل خليل منصور دليلًا في الجبل، ويعمل جاره سمير داود دليلًا في الوادي.", "ويقول الدليل إن أكثر ما يفاجئ الزوار هو البرد في الليل.")]
    [InlineData("ويعمل في الجبل منذ عشرين عامًا كثير من الأدلاء.", "ويقول الدليل إن أكثر ما يفاجئ الزوار هو البرد في الليل.")]
    public void A_trade_no_one_or_two_people_were_given_is_no_ones(string narration, string quoted) =>
        AssertSpeakers([narration, quoted], (1, null));
}
