using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The Gulf's and southern Iraq's «جم» (and «چم») is «كم» said with «چ»: it asks how many or how much as «كم» does, and
/// «بجم» asks a price as «بكم» does.
/// </summary>
public sealed class GulfHowMuchTests
{
    [Theory]
    [InlineData("جم سعر كرتون الزبيدي؟")]
    [InlineData("چم تبعد الحدود الكويتية عن حفر الباطن؟")]
    [InlineData("بجم كيلو الروبيان اليوم؟")]
    public void The_gulf_how_much_asks_a_number(string question) =>
        Assert.Equal(ExpectedAnswer.Number, QuestionShape.Of(question).Expected);

    [Fact]
    public void The_noun_after_the_gulf_how_many_is_what_is_counted()
    {
        var shape = QuestionShape.Of("جم مصنعًا في المنطقة الصناعية؟");

        Assert.True(shape.CountsThings);
        Assert.Equal(["مصنع"], shape.Counted);
    }
}
