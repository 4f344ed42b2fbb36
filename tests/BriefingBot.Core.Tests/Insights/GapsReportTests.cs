using BriefingBot.Core.Insights;

namespace BriefingBot.Core.Tests.Insights;

public sealed class GapsReportTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private int _minutes;

    [Fact]
    public void The_same_question_asked_several_ways_counts_once_and_the_most_asked_comes_first()
    {
        var report = GapsReport.Build(
        [
            Declined("من فاز بكأس العالم؟"),
            Declined("ما هو سعر الذهب اليوم؟"),
            Declined("كم سعر الذهب اليوم"),
            Declined("ما سِعر الذهب اليومَ؟"),
            Declined("وما سعر الدهب اليوم"),
            Declined("من الذي فاز في كأس العالم"),
            Declined("ما عاصمة أستراليا؟"),
        ]);

        Assert.Equal(3, report.Count);
        Assert.Equal(4, report[0].Count);
        Assert.Contains("ما هو سعر الذهب اليوم؟", report[0].Wordings);
        Assert.Equal("وما سعر الدهب اليوم", report[0].Question);
        Assert.Equal(2, report[1].Count);
        Assert.Contains("كأس العالم", report[1].Question, StringComparison.Ordinal);
        Assert.Equal(1, report[2].Count);
        Assert.Equal("nothing_relevant", report[0].LastOutcome);
    }

    [Fact]
    public void Answered_questions_count_only_when_voted_down_and_tentative_answers_count_as_gaps()
    {
        var report = GapsReport.Build(
        [
            Asked("ماذا قال بولياكوف؟", "speaker_passages", helpful: 2, notHelpful: 0),
            Asked("ماذا قال وود؟", "passages", helpful: 0, notHelpful: 2),
            Asked("متى تبدأ المناورات؟", "tentative_passages"),
            Asked("", "empty_question"),
        ]);

        Assert.Equal(2, report.Count);
        var votedDown = Assert.Single(report, g => g.Question == "ماذا قال وود؟");
        Assert.Equal(2, votedDown.NotHelpfulVotes);
        Assert.Contains(report, g => g.LastOutcome == "tentative_passages");
    }

    [Fact]
    public void Wordings_that_differ_by_the_article_and_its_clinging_letters_are_one_question()
    {
        var report = GapsReport.Build(
        [
            Declined("ما هي أفضل وصفة للكنافة؟"),
            Declined("ما وصفة الكنافة"),
            Declined("وصفات الكنافة"),
        ]);

        var gap = Assert.Single(report);
        Assert.Equal(3, gap.Count);
    }

    [Fact]
    public void Different_questions_that_share_a_topic_word_stay_apart()
    {
        var report = GapsReport.Build(
        [
            Declined("ما سعر الذهب اليوم؟"),
            Declined("من يشتري الذهب في روسيا؟"),
        ]);

        Assert.Equal(2, report.Count);
    }

    private QuestionWithVotes Declined(string question) => Asked(question, "nothing_relevant");

    private QuestionWithVotes Asked(string question, string outcome, int helpful = 0, int notHelpful = 0) =>
        new("telegram:-100", Start.AddMinutes(_minutes++), question, outcome, helpful, notHelpful);
}
