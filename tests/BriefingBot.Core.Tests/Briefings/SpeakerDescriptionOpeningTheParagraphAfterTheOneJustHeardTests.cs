using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «a description opening the paragraph after the one just heard» (`DescribedEarlier.OpensWithTheOneJustHeard`): a
/// paragraph that opens with any reporting verb and a description alone («وترى الخزافة أن»، «وتشير البائعة إلى أن»،
/// «ويتذكر الشيخ أن»، «ويقترح الكيميائي أن»), right after a paragraph that quoted someone, goes on with them; an office,
/// a body's name with its complement, a description after narration and a feminine verb after a man stay as before. A
/// description in a later sentence of a paragraph that narrated someone («… . وتحكي العجوز أنها») is that person.
/// </summary>
public class SpeakerDescriptionOpeningTheParagraphAfterTheOneJustHeardTests
{
    [Fact]
    public void The_potter_after_her_quote_is_the_woman_just_heard()
    {
        var briefing = ParsedBriefing.Parse(
            "ميكايلا برونر تدير ورشة تدريب أسبوعية لزوار أجانب. «هنا يتعلم الناس الصبر قبل التقنية»، قالت برونر، مضيفة أن أغلب المشاركين جاؤوا من سويسرا.",
            "وترى الخزافة أن ما يميز فخار القرية هو «العفوية في الرسم»، محذرة من تقليد الطلبات الأوروبية.");
        Assert.Equal("برونر", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void The_old_man_remembering_is_the_gatherer_just_heard()
    {
        var briefing = ParsedBriefing.Parse(
            "وقال سالم بن سعيد الديكسمي إن الشجرة مثل الناقة، تحلبها بقدر ولا تجرحها فوق طاقتها.",
            "ويتذكر الشيخ أن الهضبة كانت قبل أربعين عامًا «غابة ما تشوف السماء من تحتها».");
        Assert.Equal("سالم بن سعيد الديكسمي", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void The_seller_pointing_out_is_the_woman_just_heard()
    {
        var briefing = ParsedBriefing.Parse(
            "تقول فاطمة محمد إن الحبات الصافية اللامعة هي الأغلى، «والمكسرة نبيعها للحريم».",
            "وتشير البائعة إلى أن الكيلو من الصنف الأول ارتفع خلال سنتين إلى ضعف سعره.");
        Assert.Equal("فاطمة محمد", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void The_chemist_proposing_is_the_professor_just_heard()
    {
        var briefing = ParsedBriefing.Parse(
            "أما الدكتور سعيد الزهراني، أستاذ الكيمياء في الجامعة، فيقول إن مختبره فحص مئة وعشرين عينة من دهن العود.",
            "ويقترح الكيميائي أن تُمنح الدكاكين التي تقبل فحص بضاعتها شهادة تعلقها على أبوابها.");
        Assert.Equal("سعيد الزهراني", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void The_researcher_after_bihasab_is_the_one_just_heard_and_shows_she_is_a_woman()
    {
        var briefing = ParsedBriefing.Parse(
            "وبحسب نوفاكوفا، فإن أغلب الأشجار على الهضبة مسنّة ولا تنبت تحتها أشجار صغيرة.",
            "وأشارت الباحثة إلى أن الأعاصير أسقطت آلاف الأشجار المعمرة في السنوات الأخيرة.");
        Assert.Equal("نوفاكوفا", briefing.Passages[1].Speaker);
        Assert.True(briefing.SpeakerProfiles.Single(p => p.Name == "نوفاكوفا").Feminine);
    }

    [Fact]
    public void A_feminine_verb_after_a_man_goes_on_with_the_woman_heard_before_him()
    {
        var briefing = ParsedBriefing.Parse(
            "تقول فاطمة محمد إن الحبات الصافية اللامعة هي الأغلى.",
            "وقال التاجر عوض عمر بامطرف إن المشترين في الخليج يريدون الراتنج الأصلي.",
            "وتشير البائعة إلى أن الكيلو من الصنف الأول ارتفع خلال سنتين إلى ضعف سعره.");
        Assert.Equal("فاطمة محمد", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void A_description_after_narration_stays_no_ones()
    {
        var briefing = ParsedBriefing.Parse(
            "وقال سالم بن سعيد الديكسمي إن الشجرة مثل الناقة.",
            "وتمتد الهضبة على مساحة واسعة تتناثر فيها الأشجار المظلية.",
            "ويتذكر الشيخ أن الهضبة كانت قبل أربعين عامًا غابة كثيفة.");
        Assert.Null(briefing.Passages[2].Speaker);
    }

    [Fact]
    public void An_office_is_not_the_one_just_heard()
    {
        var briefing = ParsedBriefing.Parse(
            "وقال سالم بن سعيد الديكسمي إن الشجرة مثل الناقة.",
            "ويرى الوزير أن حماية الغابة تحتاج إلى تمويل دولي.");
        Assert.NotEqual("سالم بن سعيد الديكسمي", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_body_with_its_complement_is_not_the_one_just_heard()
    {
        var briefing = ParsedBriefing.Parse(
            "وقال محمد بوفتاس، صاحب محل للنحاس قرب باب القصبة، إن السياح صاروا يساومون أكثر.",
            "وتقول المندوبية الإقليمية للسياحة إن المدينة استقبلت العام الماضي نحو مئة ألف زائر.");
        Assert.NotEqual("محمد بوفتاس", briefing.Passages[1].Speaker);
        Assert.False(briefing.SpeakerProfiles.Single(p => p.Name == "محمد بوفتاس").Feminine);
    }

    [Theory]
    [InlineData("وتشكو الفنانة الشابة من ارتفاع أسعار الأكاسيد المستوردة بعد تراجع الجنيه.")]
    [InlineData("وتشكو الفنانة من أن أسعار الأكاسيد المستوردة ارتفعت بعد تراجع الجنيه.")]
    [InlineData("وترى الفنانة الشابة أن الأزرق أصعب لون لأنه يتغير في الفرن.")]
    public void A_description_with_her_age_or_her_complaint_is_the_painter_just_heard(string paragraph)
    {
        var briefing = ParsedBriefing.Parse("تقول رحاب محمود إن رسومات القرية «كلها من اللي حوالينا: البحيرة والنخل والبط».", paragraph);
        Assert.Equal("رحاب محمود", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void The_old_man_warning_is_the_potter_just_heard()
    {
        var briefing = ParsedBriefing.Parse("قال رجب عبد التواب إن الطين «عِشرة عمر».", "ويحذر الشيخ من أن الصنعة ستموت معه.");
        Assert.Equal("رجب عبد التواب", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_group_complaining_is_not_the_one_just_heard()
    {
        var briefing = ParsedBriefing.Parse("قال رجب عبد التواب إن الطين «عِشرة عمر».", "ويشكو الحرفيون من قلة الزبائن هذا العام.");
        Assert.Null(briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_description_in_a_later_sentence_is_the_person_the_paragraph_narrated()
    {
        var briefing = ParsedBriefing.Parse("تحتفظ الحاجة مريم عبدالله في بيتها بقرية قاضب بجرة صغيرة من الراتنج المطحون. وتحكي العجوز أنها تداوي به جروح الأطفال.");
        Assert.Equal("مريم عبدالله", briefing.Passages[0].Speaker);
    }

    [Fact]
    public void An_office_in_a_later_sentence_is_not_the_person_the_paragraph_narrated()
    {
        var briefing = ParsedBriefing.Parse("يجلس رجب عبد التواب أمام دولاب يحركه بقدمه. ويقول الوزير إن الحرف اليدوية تحتاج إلى دعم.");
        Assert.NotEqual("رجب عبد التواب", briefing.Passages[0].Speaker);
    }
}
