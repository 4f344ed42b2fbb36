using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ابنه حيدر …، ويقول حيدر إن …» then «لكن والده لا يقتنع بالفكرة، إذ يرى أن»: the kin word before the child's name says
/// whose child they are — the one heard before, even under another heading — so «والده» while the child is heard is that
/// parent. A child brought in with no such kin word has no parent to go back to.
/// </summary>
public class SpeakerParentOfTheChildHeardTests
{
    [Fact]
    public void The_father_after_his_son_is_the_man_heard_before_the_son_was_brought_in()
    {
        var briefing = ParsedBriefing.Parse(
            "يقول الحاج سالم عودة الزبيدي إن ورشته تصنع الأبواب الخشبية منذ أربعين عامًا.",
            "## الابن",
            "ابنه مازن سالم الزبيدي، خريج الهندسة، يريد شراء آلة قص حديثة، ويقول مازن إن الآلة توفر نصف الوقت.",
            "لكن والده لا يقتنع بالفكرة، إذ يرى أن الخشب المقصوص باليد أمتن.");
        Assert.Equal("سالم عودة الزبيدي", briefing.Passages[^1].Speaker);
    }

    [Fact]
    public void The_father_heading_a_sentence_that_goes_on_to_say_is_the_man_heard_before_his_son()
    {
        var briefing = ParsedBriefing.Parse(
            "يقول الحاج سالم عودة الزبيدي إن ورشته تصنع الأبواب الخشبية منذ أربعين عامًا.",
            "أما ابنه مازن سالم الزبيدي، خريج الهندسة، فيقول إن آلة القص الحديثة توفر نصف الوقت.",
            "لكن والده لا يرى في الآلة حلًا لكل شيء، إذ يرى أن المشكلة في الخشب المستورد.");
        Assert.Equal("سالم عودة الزبيدي", briefing.Passages[^1].Speaker);
    }

    [Fact]
    public void The_father_is_no_one_when_the_young_man_was_not_brought_in_as_a_son()
    {
        var briefing = ParsedBriefing.Parse(
            "يقول الحاج سالم عودة الزبيدي إن ورشته تصنع الأبواب الخشبية منذ أربعين عامًا.",
            "## الجار",
            "ويقول المهندس مازن فؤاد الخطيب إن الآلات الحديثة توفر نصف الوقت.",
            "لكن والده لا يقتنع بالفكرة، إذ يرى أن الخشب المقصوص باليد أمتن.");
        Assert.NotEqual("سالم عودة الزبيدي", briefing.Passages[^1].Speaker);
    }
}
