using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The dialects' how much («شحال»، «قداش»، «كام»، «شقد»; with «ب» of price: «بشحال»، «بقداش»، «بكام») asks a number as «كم»
/// does; a verb of earning or being paid after it («كم يربح …؟»، «قداش يخلص …؟»، «شحال كيتخلص …؟»), or of selling, buying
/// or becoming after its «ب» («بكم يبيع …؟»، «بشحال ولا …؟»), asks a sum of money, which a passage that gives only
/// kilograms or weeks does not give. «بكم» before a verb of change asks by how much, which needs no sum.
/// </summary>
public sealed class HowMuchInTheDialectsAndSumsByVerbCheckTests() : BriefingsAnswerSpec(Medina, Press)
{
    private static readonly Briefing Medina = Indexes.TitledBriefing(
        "2027-01-08-medina",
        "المدينة العتيقة: العسل والجبن والجداريات",
        "وفي ساحة المدينة العتيقة، يعرض رشيد البقالي في محله الجبن الملفوف في الدوم إلى جانب العسل الجبلي، ويقول إنه يبيع نحو أربعين كيلوغرامًا من العسل في الأسبوع خلال الصيف.",
        "وتراجع إنتاج العسل الجبلي في الإقليم هذا العام بنحو الربع بسبب الجفاف، بحسب جمعية النحالين.",
        "ويقيم الرسامون الأجانب في المهرجان أسبوعين في دور الضيافة، ويرسمون على جدران المدينة العتيقة ثلاثين جدارية.");

    private static readonly Briefing Press = Indexes.TitledBriefing(
        "2027-01-08-press",
        "موسم عصر الزيتون في الجبل",
        "ويتقاضى العامل في معصرة الزيتون مئة وعشرين درهمًا في اليوم خلال موسم العصر، ويباع لتر الزيت في المعصرة بستين درهمًا.");

    [Theory]
    [InlineData("شحال من جدارية رسموا فالمدينة؟")]
    [InlineData("قداش من جدارية في المدينة العتيقة؟")]
    [InlineData("كام جدارية رسموا في المهرجان؟")]
    [InlineData("بقداش يتباع لتر الزيت؟")]
    public void The_dialects_how_much_asks_a_number(string question) =>
        Assert.Equal(ExpectedAnswer.Number, QuestionShape.Of(question).Expected);

    [Fact]
    public void The_dialects_how_far_asks_a_distance_as_the_verb_does() =>
        Assert.Equal(ArabicText.Fold("بعيدة"), QuestionShape.Of("قداش بعيدة ورقلة على العاصمة؟").Attribute);

    [Theory]
    [InlineData("بكم يبيع رشيد البقالي العسل الجبلي؟")]
    [InlineData("بشحال كيبيع رشيد البقالي العسل؟")]
    [InlineData("شحال كيتخلص الرسام الأجنبي في المهرجان؟")]
    [InlineData("كم يربح رشيد البقالي من العسل في الصيف؟")]
    public void A_sum_asked_by_a_verb_of_earning_or_sale_is_not_given_by_kilograms_or_weeks(string question)
    {
        var answer = Ask(question);

        Assert.False(answer.Answered, answer.Outcome.ToString());
    }

    [Theory]
    [InlineData("قداش يخلص العامل في معصرة الزيتون؟")]
    [InlineData("كم يتقاضى العامل في معصرة الزيتون؟")]
    [InlineData("بكم يباع لتر الزيت في المعصرة؟")]
    [InlineData("بكم تراجع إنتاج العسل الجبلي هذا العام؟")]
    public void A_sum_answers_and_by_how_much_needs_none(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }
}
