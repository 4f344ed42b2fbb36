using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A Maghrebi and West-African wire style mixed with features: views opened by «بالنسبة إلى …، فإن» and «في تقدير …، فإن»,
/// statements by «حسب تصريحات …», a town's «عمدة», «ويذهب … إلى أن», «ولا يخفي … أن», «محدثنا» for the one just heard,
/// a bare Mauritanian name («محمدو ولد …») with asides before its verb, a title and its field pointing back, and people
/// drawn in a portrait without a name.
/// </summary>
public class SpeakerAttributionInAMaghrebiWireStyleTests
{
    [Theory]
    [InlineData("بالنسبة إلى الخبير الاقتصادي إسلمو ولد اعلي، فإن القيطنة دورة نقدية تضخ المال في الواحات.", "إسلمو ولد اعلي")]
    [InlineData("وفي تقدير مريم منت أحمدو، رئيسة تعاونية نسوية لتحويل التمور، فإن الحل لا يقتصر على الماء.", "مريم منت أحمدو")]
    [InlineData("وحسب تصريحات الوزير سالم الكعبي لإذاعة محلية، فإن عدد الزوار تراجع.", "سالم الكعبي")]
    public void A_view_or_statements_opened_without_a_verb_name_their_speaker(string paragraph, string expected) =>
        AttributionCases.AssertQuoted(paragraph, expected);

    [Theory]
    [InlineData("بالنسبة لكثير من الموظفين، تبدأ الرحلة اليومية إلى العمل قبل شروق الشمس.")]
    [InlineData("وفي تقدير الوزارة، بلغت الخسائر مليون دولار.")]
    public void A_view_opener_without_fa_inna_after_no_person_names_no_one(string paragraph) =>
        AttributionCases.AssertQuoted(paragraph, "-");

    [Fact]
    public void A_towns_mayor_is_a_title_before_the_name_set_off_by_commas() =>
        AttributionCases.AssertQuoted("وقال عمدة أطار، سيدي ولد اعلي، لإذاعة محلية، إن عدد زوار المدينة تراجع.", "سيدي ولد اعلي");

    [Fact]
    public void The_one_we_spoke_to_goes_on_with_the_speaker_just_heard() =>
        AttributionCases.AssertQuoted("قال المزارع سالم الكعبي إن النخيل عطش.\nويضيف محدثنا أن أجرة العامل ارتفعت.", "سالم الكعبي|سالم الكعبي");

    [Fact]
    public void Going_as_far_as_a_view_is_holding_it() =>
        AttributionCases.AssertQuoted(
            "ويذهب المهندس المائي عبد الرحمن ولد الطالب، الذي أشرف على دراسة للمخزون الجوفي، إلى أن منسوب المياه انخفض.",
            "عبد الرحمن ولد الطالب");

    [Fact]
    public void Money_going_to_someone_is_no_view() =>
        AttributionCases.AssertQuoted("وتبلغ قيمة الصادرات مليون دولار، يذهب أكثر من نصفها إلى الأسواق الأوروبية.", "-");

    [Fact]
    public void A_bare_name_with_its_asides_before_the_verb_is_the_speaker() =>
        AttributionCases.AssertQuoted(
            "محمدو ولد أحمد فال، البالغ من العمر اثنين وسبعين عامًا، والذي يملك مئة نخلة في واحة تونكاد، يقول إن أبناءه هاجروا.",
            "محمدو ولد أحمد فال");

    [Fact]
    public void A_body_opening_the_sentence_with_a_relative_aside_is_no_name() =>
        AttributionCases.AssertQuoted(
            "وتتولى شركة العاصمة الإدارية للتنمية العمرانية، التي تملك الدولة حصصها، تطوير المدينة، وتقول إنها تمول المشروع من بيع الأراضي.",
            "-");

    [Fact]
    public void A_mauritanian_given_name_with_its_waw_is_a_name() =>
        AttributionCases.AssertQuoted("قال محمدو سالم إن أبناءه هاجروا إلى نواكشوط.", "محمدو سالم");

    [Theory]
    [InlineData("\"لم يعد أحد يشتري البلح بالقفة\"، تقول بائعة تجلس منذ الفجر في ركن من سوق أطار القديم تحت مظلة من القماش.")]
    [InlineData("\"سنعود إلى القيطنة ما دام في النخلة تمر\"، قالت لـ\"موجز\" زائرة من نواكشوط كانت تحمّل سيارتها بأكياس التمر.")]
    public void A_person_drawn_in_a_portrait_without_a_name_is_no_one(string paragraph) =>
        AttributionCases.AssertQuoted(paragraph, "-");

    [Fact]
    public void An_office_title_in_construct_with_a_noun_still_heads_its_holders_name() =>
        AttributionCases.AssertQuoted("وأكد قائد تجمع الدرك الوطني في إينشيري العقيد إبراهيم ولد اعلي أن وحداته أوقفت المهربين.", "إبراهيم ولد اعلي");

    [Fact]
    public void A_title_and_its_field_point_back_to_the_speaker_whose_role_holds_both() =>
        AttributionCases.AssertQuoted(
            "بالنسبة إلى الخبير الاقتصادي إسلمو ولد اعلي، فإن القيطنة دورة نقدية.\nويرى الخبير الاقتصادي أن كراء النخلة ارتفع.",
            "إسلمو ولد اعلي|إسلمو ولد اعلي");

    [Fact]
    public void A_title_and_a_field_no_speaker_holds_is_someone_unnamed() =>
        AttributionCases.AssertQuoted("قال المزارع سالم الكعبي إن النخيل عطش.\nوقال الخبير الاقتصادي إن كراء النخلة ارتفع.", "سالم الكعبي|-");

    [Fact]
    public void What_a_speaker_does_not_hide_before_that_is_what_they_say() =>
        AttributionCases.AssertQuoted("قال المرشد سالم الكعبي إن الواحة عطشى.\nولا يخفي الكعبي أن الرحلات تراجعت.", "سالم الكعبي|سالم الكعبي");

    [Fact]
    public void What_is_hidden_from_no_one_is_no_ones_statement() =>
        AttributionCases.AssertQuoted("ولا يخفي على أحد أن الأزمة عميقة.", "-");

    [Theory]
    [InlineData("وتقول مستوردة مواد البناء حنان الفيتوري، التي تدير شركة عائلية في مصراتة، إنها تستورد ستين حاوية.", "حنان الفيتوري")]
    [InlineData("ويرى مقيّم جودة القهوة الكولومبي أندريس غوميز، الذي زار فيفاء ثلاث مرات، أن أفضل الدفعات نالت جوائز.", "أندريس غوميز")]
    public void An_importer_or_a_grader_is_a_title_before_the_name(string paragraph, string expected) =>
        AttributionCases.AssertQuoted(paragraph, expected);

    [Fact]
    public void An_amount_estimated_with_ba_is_no_name() =>
        AttributionCases.AssertQuoted("وتدرس الوزارة مد خط سكة حديد بكلفة تقدر بمليار ومئتي مليون دينار، على أن يبدأ العمل العام المقبل.", "-");
}
