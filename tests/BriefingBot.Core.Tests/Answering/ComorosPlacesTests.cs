using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The Comoros' islands and towns are places: a question about Mohéli («موهيلي») or Mayotte is not answered by a passage
/// counting Anjouan's distilleries, and «القمر الكبرى» (Grande Comore) is one place of two words, not the moon.
/// </summary>
public sealed class ComorosPlacesTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-31-ylang",
        new DateOnly(2026, 12, 31),
        "وتعمل في جزيرة أنجوان نحو مئتي مقطرة لزيت الإيلانغ، يملك أكثرها مزارعون صغار في القرى الجبلية.",
        "وتصدر جزر القمر كل عام نحو ثلاثين طنًا من زيت الإيلانغ إلى مصانع العطور في فرنسا.");

    [Theory]
    [InlineData("كم مقطرة تعمل في موهيلي؟")]
    [InlineData("كم مقطرة تعمل في مايوت؟")]
    [InlineData("كم مقطرة تعمل في جزيرة القمر الكبرى؟")]
    public void Another_island_of_the_comoros_is_not_answered_by_anjouans_count(string question)
    {
        var answer = Ask(question);

        Assert.False(answer.Answered);
    }

    [Fact]
    public void The_island_the_passage_names_is_answered()
    {
        var answer = Ask("كم مقطرة تعمل في أنجوان؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وتعمل في جزيرة أنجوان", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
