using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A how-many question counts a thing («كم مهندسًا …؟»): passages that name the thing only in clauses that count nothing
/// do not answer it, whatever numbers they give of other things; a clause that counts it does, and so do its dual and,
/// for a plural asked, its singular after a number.
/// </summary>
public sealed class ThingNamedWhereNothingIsCountedCheckTests() : BriefingsAnswerSpec(Manuscripts)
{
    private static readonly Briefing Manuscripts = Indexes.Briefing(
        "2026-12-31-manuscripts",
        new DateOnly(2026, 12, 31),
        "وقال المهندس المسؤول عن فريق الرقمنة في المكتبة، أحمدو ولد الشيخ، إن الفريق يصور نحو أربعين مخطوطًا في الأسبوع بكاميرتين.",
        "وبلغ عدد المكتبات العائلية التي ما زالت مفتوحة في الحي القديم من المدينة اثنتي عشرة مكتبة، بعد أن كانت ثلاثين.",
        "وأضاف ولد الشيخ أن الإدارة اشترت أربع رافعات جسرية لرفع صناديق المخطوطات إلى المخزن الجديد.",
        "وافتتحت وزارة الصحة نقطة صحية قرب المكتبة الكبرى يعمل فيها ممرضان وقابلة. وتفتح النقطة أبوابها كل يوم، وتستقبل الزوار مجانًا، وبلغت كلفتها ثلاثين ألف دولار.",
        "وقال المتحدث باسم البلدية إن المدنيين العالقين في الأحياء الشرقية يحتاجون إلى الماء، وإن نحو ثلاثة آلاف مدني ما زالوا هناك.");

    [Fact]
    public void A_thing_named_only_where_nothing_is_counted_is_not_counted()
    {
        var answer = Ask("كم مهندسًا في فريق الرقمنة؟");

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.FactNotOfSubject, answer.Declined);
    }

    [Theory]
    [InlineData("كم مكتبة عائلية ما زالت مفتوحة في الحي القديم؟", "وبلغ عدد المكتبات")]
    [InlineData("كم رافعة جسرية اشترت الإدارة؟", "وأضاف ولد الشيخ")]
    [InlineData("كم مخطوطًا يصور فريق الرقمنة في الأسبوع؟", "وقال المهندس")]
    [InlineData("كم ممرضًا يعمل في النقطة الصحية؟", "وافتتحت وزارة الصحة")]
    [InlineData("كم عدد المدنيين العالقين في الأحياء الشرقية؟", "وقال المتحدث")]
    public void A_clause_that_names_the_thing_with_a_number_counts_it(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}

/// <summary>
/// A count in the sentence before or after the one naming the thing is of something else: «… مئتين وستين دينارًا. ويذهب
/// معظم الإنتاج إلى مصنع في طبرقة …» gives no number of factories.
/// </summary>
public sealed class CountInAnotherSentenceCheckTests() : BriefingsAnswerSpec(Cork)
{
    private static readonly Briefing Cork = Indexes.Briefing(
        "2027-01-07-cork",
        new DateOnly(2027, 1, 7),
        "وبلغ سعر القنطار من الفلين الجيد في مزاد نوفمبر مئتين وستين دينارًا. ويذهب معظم الإنتاج إلى مصنع قرب الميناء يصدر صفائح الفلين إلى البرتغال.",
        "ويشتغل في موسم التقشير نحو ألف ومئتي عامل موسمي، أغلبهم من دواوير الغابة.");

    [Fact]
    public void A_number_in_the_sentence_before_does_not_count_the_thing()
    {
        var answer = Ask("كم مصنعًا يصدر صفائح الفلين؟");

        Assert.Equal(DeclineReason.FactNotOfSubject, answer.Declined);
    }
}
