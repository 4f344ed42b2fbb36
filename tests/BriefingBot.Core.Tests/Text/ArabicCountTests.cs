using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

public sealed class ArabicCountTests
{
    [Theory]
    [InlineData(1, "فقرة واحدة")]
    [InlineData(2, "فقرتان")]
    [InlineData(3, "3 فقرات")]
    [InlineData(10, "10 فقرات")]
    [InlineData(11, "11 فقرة")]
    [InlineData(27, "27 فقرة")]
    [InlineData(100, "100 فقرة")]
    [InlineData(102, "102 فقرة")]
    [InlineData(103, "103 فقرات")]
    [InlineData(111, "111 فقرة")]
    public void Passages_agree_with_the_number(int count, string expected) =>
        Assert.Equal(expected, ArabicCount.Passages.Of(count));

    [Theory]
    [InlineData(1, "سؤال واحد")]
    [InlineData(2, "سؤالان")]
    [InlineData(10, "10 أسئلة")]
    [InlineData(30, "30 سؤالًا")]
    [InlineData(200, "200 سؤال")]
    public void Questions_agree_with_the_number(int count, string expected) =>
        Assert.Equal(expected, ArabicCount.Questions.Of(count));
}
