using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A person quoted in several briefings (or namesakes the index keeps as one speaker), asked about with a subject or a
/// place beside the name («ماذا قالت هند العتيبي عن السندات؟»، «ما رأي مارتينيز في عُمان؟»): the answer is what was said
/// in the briefing about that subject or place; the name alone still gives every briefing's, newest first.
/// </summary>
public sealed class SpeakerQuestionsOfASubjectOrPlaceTests() : BriefingsAnswerSpec(Kuwait, Oman, Uae)
{
    private const string Kuwait = """
        ---
        id: 2026-11-26-kuwait-debt
        title: الكويت تعود إلى الاقتراض: قانون الدين العام يفتح باب السندات
        date: 2026-11-26
        ---

        ## الحكومة

        وقالت وزيرة المالية الكويتية، هند العتيبي، إن الحكومة ستصدر سندات دولية بقيمة خمسة مليارات دينار.

        وأكدت الوزيرة أن أول إصدار سيكون في الربع الأول من العام المقبل.

        وقالت وزارة المالية الكويتية في بيان إن العجز سيتراجع بعد ثلاث سنوات.

        ## الصندوق

        وقالت رئيسة بعثة صندوق النقد الدولي إلى دول الخليج، أنجيلا مارتينيز، إن الكويت تحتاج إلى ضريبة على الشركات.
        """;

    private const string Oman = """
        ---
        id: 2026-11-24-oman-tax
        title: عُمان تبدأ تحصيل ضريبة الدخل على الرواتب المرتفعة
        date: 2026-11-24
        ---

        ## الصندوق

        وقالت رئيسة بعثة صندوق النقد الدولي إلى دول الخليج، أنجيلا مارتينيز، إن ضريبة الدخل العمانية خطوة في الاتجاه الصحيح.

        وتوقعت مارتينيز أن تتبع دول خليجية أخرى السلطنة.
        """;

    private const string Uae = """
        ---
        id: 2026-12-05-uae-plastic
        title: الإمارات تودّع البلاستيك أحادي الاستخدام
        date: 2026-12-05
        ---

        ## المتاجر

        وقال مدير العمليات في سلسلة متاجر للتجزئة، طارق المرزوقي، إن كلفة التغليف ارتفعت، في حين رأت رئيسة جمعية الإمارات لحماية المستهلك هند العتيبي أن التجار حمّلوا الزبون كلفة الأكياس الورقية.

        قالت وزارة التغير المناخي والبيئة الإماراتية في بيان إن المخالفين سيدفعون غرامة قدرها مئتا درهم.

        وأضافت الوزارة أن المرحلة الثالثة ستشمل المصاصات البلاستيكية.

        يقول البائع جاسم المناعي إن الكوب الورقي يكلفه ثلاثة أضعاف.

        وتطالب العتيبي وزارة الاقتصاد بنشر قائمة أسعار للبدائل الورقية والقماشية قبل نهاية العام.
        """;

    [Theory]
    [InlineData("ماذا قالت هند العتيبي عن السندات؟", "2026-11-26-kuwait-debt")]
    [InlineData("ماذا قالت هند العتيبي عن قانون الدين العام؟", "2026-11-26-kuwait-debt")]
    [InlineData("ما رأي العتيبي في الاقتراض الكويتي؟", "2026-11-26-kuwait-debt")]
    [InlineData("ماذا قالت العتيبي عن الأكياس الورقية؟", "2026-12-05-uae-plastic")]
    [InlineData("شو حكت هند العتيبي عن البلاستيك", "2026-12-05-uae-plastic")]
    [InlineData("ما رأي مارتينيز في ضريبة الدخل العمانية؟", "2026-11-24-oman-tax")]
    [InlineData("ماذا قالت مارتينيز عن الكويت؟", "2026-11-26-kuwait-debt")]
    public void A_subject_or_place_beside_the_name_keeps_the_briefing_about_it(string question, string briefing)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.NotEmpty(answer.Passages);
        Assert.All(answer.Passages, p => Assert.Equal(briefing, p.Passage.BriefingId));
    }

    [Theory]
    [InlineData("ماذا قالت وزارة التغير المناخي والبيئة؟")]
    [InlineData("ما موقف وزارة التغير المناخي والبيئة الإماراتية؟")]
    public void A_body_is_named_without_the_country_its_name_ends_with(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("وزارة التغير المناخي والبيئة الإماراتية", answer.Speaker);
        Assert.Equal([2, 3], answer.Passages.Select(p => p.Passage.Ordinal));
    }

    [Fact]
    public void A_short_body_name_every_government_has_is_not_named_without_its_country()
    {
        var answer = Ask("ماذا قالت وزارة المالية؟");

        Assert.NotEqual("وزارة المالية الكويتية", answer.Speaker);
    }

    [Theory]
    [InlineData("ماذا قالت هند العتيبي؟")]
    [InlineData("ماذا قالت العتيبي عن الوزارة هذا العام؟")]
    public void The_name_alone_or_with_words_every_briefing_holds_gives_every_briefing_newest_first(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(["2026-12-05-uae-plastic", "2026-11-26-kuwait-debt"], answer.Passages.Select(p => p.Passage.BriefingId).Distinct());
    }
}
