using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A how-many question asked in a place named by its kind and its name («في مقهى البارودي»، «في بيت النوخذة») is answered
/// only by a passage that gives a number and names it: another café's cups are no count of this one's. A kind with the
/// article or a bare noun after «في» is no such name.
/// </summary>
public sealed class CountInANamedPlaceCheckTests() : BriefingsAnswerSpec(Cafes)
{
    private static readonly Briefing Cafes = Indexes.TitledBriefing(
        "2027-01-08-cafes",
        "مقاهي المدينة القديمة",
        "ويبيع مقهى الياسمين في السوق القديم نحو مئتي فنجان من القهوة في اليوم، أغلبها للتجار.",
        "ويقع مقهى البارودي قرب باب الجابية، ويرتاده التجار والحرفيون وطلاب الجامعة.");

    [Theory]
    [InlineData("كم غرفة في بيت النوخذة محمد العريض؟", "النوخذة")]
    [InlineData("كم مركزًا لشراء التبغ في محافظة طرطوس؟", "طرطوس")]
    public void The_name_after_a_kind_of_place_is_what_a_count_is_asked_in(string question, string name) =>
        Assert.Equal([ArabicText.Fold(name)], QuestionShape.Of(question).Locus);

    [Theory]
    [InlineData("كم تلميذًا في الحصة الواحدة؟")]
    [InlineData("كم ممرضًا يعمل في النقطة الصحية قرب المحطة؟")]
    [InlineData("كم تونسيًا نجح في امتحانات معادلة الشهادة؟")]
    public void A_bare_or_definite_noun_after_in_is_no_named_place(string question) =>
        Assert.Empty(QuestionShape.Of(question).Locus);

    [Fact]
    public void Another_cafes_count_is_no_count_of_the_one_asked()
    {
        var answer = Ask("كم فنجانًا يباع في مقهى البارودي؟");

        Assert.False(answer.Answered, answer.Outcome.ToString());
    }

    [Fact]
    public void The_count_of_the_cafe_asked_answers()
    {
        var answer = Ask("كم فنجانًا يباع في مقهى الياسمين؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }
}
