using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «متى بدأ تشغيل خط المعالجة؟» asks when the line began working: the noun of working after the verb of beginning says
/// which beginning is asked, as the verb does, and news tells it in its own words («دخل الخدمة في مارس»). What begins is
/// the line, which must still be dated where it is named.
/// </summary>
public sealed class BeginningOfWorkCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-12-potash",
        new DateOnly(2026, 12, 12),
        "وقال المدير التنفيذي إن الشركة رفعت طاقتها الإنتاجية بإضافة خط معالجة جديد دخل الخدمة في مارس الماضي بكلفة مئة وأربعين مليون دولار.",
        "ويحتاج تشغيل المصانع إلى كهرباء رخيصة، وتبحث الشركة مع الحكومة تعرفة خاصة.",
        "وتملك الشركة أيضًا مصنع الأسمدة في العقبة، ويعمل فيه نحو خمسمئة موظف.");

    [Theory]
    [InlineData("متى بدأ تشغيل خط المعالجة في الشركة؟", "خط|المعالجه")]
    [InlineData("متى بدأت الحافلات السريعة العمل في عمان؟", "الحافلات|السريعه")]
    [InlineData("متى بدأ العمل فعليا في الممر؟", "العمل")]
    public void A_noun_of_working_after_the_verb_of_beginning_is_no_part_of_what_begins_unless_it_is_all_there_is(string question, string begun)
    {
        Assert.Equal(begun, string.Join('|', QuestionShape.Of(question).Begun));
    }

    [Fact]
    public void What_began_working_is_dated_where_it_is_named_whatever_the_words_of_its_working()
    {
        var answer = Ask("متى بدأ تشغيل خط المعالجة؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void What_began_working_is_still_dated_only_where_it_is_named_with_a_time()
    {
        var answer = Ask("متى بدأ تشغيل مصنع الأسمدة؟");

        Assert.False(answer.Answered);
    }
}
