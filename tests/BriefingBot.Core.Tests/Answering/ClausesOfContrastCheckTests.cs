using BriefingBot.Core.Answering;
using BriefingBot.Core.Answering.Checks;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A number or a date asked of a place is the fact of the clause that names it: news joins two subjects' facts by a
/// conjunction of contrast («فيما»، «بينما»، «في حين»), and the number before it is not the fact of the subject after it.
/// </summary>
public sealed class ClausesOfContrastCheckTests() : BriefingsAnswerSpec(Airline)
{
    private static readonly Briefing Airline = Indexes.TitledBriefing(
        "2026-12-03-airline",
        "الخطوط التونسية: خطة إنقاذ لأسطول يشيخ",
        "وتستحوذ شركات الطيران منخفضة التكلفة على نحو أربعين في المئة من الرحلات بين تونس وفرنسا، بعد أن كانت حصتها العُشر قبل عشر سنوات، فيما تستعد الخطوط الملكية المغربية لمضاعفة أسطولها وفتح خطوط جديدة نحو أفريقيا.",
        "وبلغت نسبة البطالة بين خريجي الجامعات في تونس ثمانية وعشرين في المئة، بينما بلغت في الجزائر واحدًا وعشرين في المئة.");

    [Fact]
    public void A_number_before_a_clause_of_contrast_is_not_the_fact_of_the_place_after_it()
    {
        var fleet = Ask("كم طائرة تملك الخطوط الملكية المغربية؟");
        var opens = Ask("متى تفتتح الخطوط الملكية المغربية خطوطها الجديدة نحو أفريقيا؟");

        Assert.Equal(DeclineReason.FactNotOfSubject, fleet.Declined);
        // What opens («خطوطها الجديدة» of the Moroccan line) is named only in the clause of contrast, which gives no time: the
        // beginning check, judged first, declines it for that (BeginningInItsClauseCheckTests).
        Assert.Equal(DeclineReason.TimeNotOfEvent, opens.Declined);
    }

    [Fact]
    public void The_number_in_the_clause_of_contrast_is_the_fact_of_its_place()
    {
        var algeria = Ask("ما نسبة البطالة بين خريجي الجامعات في الجزائر؟");

        Assert.True(algeria.Answered, algeria.Declined?.ToString());
    }

    [Fact]
    public void As_for_and_later_open_no_clause_of_contrast()
    {
        Assert.Equal(2, FactOfSubjectCheck.FactClauses("بلغت في تونس ثلاثة، بينما بلغت في الجزائر اثنين").Count);
        Assert.Equal(2, FactOfSubjectCheck.FactClauses("بلغت في تونس ثلاثة، في حين بلغت في الجزائر اثنين").Count);
        Assert.Single(FactOfSubjectCheck.FactClauses("قال الوزير، فيما يتعلق بالطائرات، إنها ستصل في مارس"));
        Assert.Single(FactOfSubjectCheck.FactClauses("وستصل الطائرات الأخرى فيما بعد"));
    }
}
