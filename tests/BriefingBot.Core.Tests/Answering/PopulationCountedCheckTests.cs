using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A population asked («كم عدد سكان …؟») is given by a passage that counts the people of the place asked: in people
/// («نسمة») or by a number after the inhabitants in their clause. Inhabitants named for what they do, a share of them, or
/// another town's count give none.
/// </summary>
public sealed class PopulationCountedCheckTests() : BriefingsAnswerSpec(Towns)
{
    private static readonly Briefing Towns = Indexes.TitledBriefing(
        "2026-12-20-towns",
        "بلدات الريف: الماء والمدارس والهجرة",
        "وخرج سكان في بلدة الرمانة إلى الشوارع احتجاجًا على انقطاع المياه، وقطعوا الطريق الرئيسي ثلاث ساعات.",
        "ويعيش نحو ثمانين في المئة من سكان مدينة السوسنة على بعد كيلومتر من أقرب مدرسة.",
        "ويبلغ عدد سكان بلدة الزيتونة نحو اثني عشر ألف نسمة، أغلبهم من المزارعين.",
        "وقال رئيس بلدية الكرمة إن عدد سكان البلدة لا يتجاوز اليوم أربعة آلاف بعد أن هاجر الشباب.");

    [Fact]
    public void Inhabitants_named_without_a_count_give_no_population()
    {
        var answer = Ask("كم عدد سكان بلدة الرمانة؟");

        Assert.Equal(DeclineReason.PopulationNotGiven, answer.Declined);
    }

    [Fact]
    public void A_share_of_the_inhabitants_is_no_population()
    {
        var answer = Ask("كم عدد سكان مدينة السوسنة؟");

        Assert.Equal(DeclineReason.PopulationNotGiven, answer.Declined);
    }

    [Fact]
    public void A_count_in_people_or_after_the_inhabitants_answers()
    {
        var inPeople = Ask("كم عدد سكان بلدة الزيتونة؟");
        var afterInhabitants = Ask("كم عدد سكان بلدة الكرمة اليوم؟");

        Assert.True(inPeople.Answered, inPeople.Declined?.ToString());
        Assert.True(afterInhabitants.Answered, afterInhabitants.Declined?.ToString());
    }

    [Fact]
    public void Only_a_count_asked_by_its_number_is_a_population_question()
    {
        Assert.True(QuestionShape.Of("كم عدد سكان مدينة حماة؟").AsksPopulation);
        Assert.True(QuestionShape.Of("ما عدد سكانها؟").AsksPopulation);
        Assert.False(QuestionShape.Of("كم نسبة سكان جيبوتي الموصولين بالكهرباء؟").AsksPopulation);
        Assert.False(QuestionShape.Of("ماذا يقول سكان القصبة؟").AsksPopulation);
    }
}
