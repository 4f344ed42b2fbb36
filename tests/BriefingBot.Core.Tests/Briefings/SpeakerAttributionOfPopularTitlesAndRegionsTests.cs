using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Constructions the twenty-seventh round's Sidi Ifni briefing (and the Moroccan briefings before it) left unread or
/// misread: the name of a Maghreb region after «جهة», which runs to several words and was taken for a speaker («سطات»،
/// «بجهة سوس ماسة»); the popular titles «الحاج»، «العم»، «الريس» before a name; a role with the pronoun of the body
/// just named («رئيستها»); a witness who remembers («ويتذكر … أن»); an indefinite «محلل» in construct with its field
/// before the name.
/// </summary>
public class SpeakerAttributionOfPopularTitlesAndRegionsTests
{
    [Theory]
    [InlineData("وقالت المديرية الجهوية للفلاحة بجهة الدار البيضاء سطات في بيان إن الأصناف المقاومة بدأت تثمر.", "المديرية الجهوية")]
    [InlineData("أعلنت المديرية الجهوية للفلاحة بجهة سوس ماسة يوم الثلاثاء أن إنتاج الزعفران تراجع.", "المديرية الجهوية")]
    [InlineData("وأوضح والي جهة مراكش آسفي أن الإدارة فتحت شبابيك للطعون.", "والي جهة مراكش آسفي")]
    public void A_regions_name_after_jiha_is_a_place_not_the_speakers_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void A_name_after_a_regions_name_is_still_the_speaker() =>
        AttributionCases.AssertSpeakers("وقال والي جهة الدار البيضاء سطات محمد امهيدية إن الأشغال ستنتهي قبل الصيف.", "محمد امهيدية");

    [Theory]
    [InlineData("يروي بائع الهندية الحاج إبراهيم أوبلا أن الصندوق صار يباع بمئة.\nويروي الحاج أوبلا أن الشاحنات كانت تغادر السوق كل صباح.", "إبراهيم أوبلا|إبراهيم أوبلا")]
    [InlineData("«كان الصبار سياج الدوار وعلف الماشية»، يقول العم لحسن بوعزة، وهو فلاح في الثمانين من عمره.", "لحسن بوعزة")]
    [InlineData("ويقول الريس محمد أمزال إن فرقته تقتلع الصبار المصاب.", "محمد أمزال")]
    public void A_popular_title_before_a_name_is_no_part_of_it(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void The_need_for_something_is_no_pilgrims_title() =>
        AttributionCases.AssertSpeakers("وقال وزير المالية إن الحاجة إلى التمويل كبيرة.", "وزير المالية");

    [Theory]
    [InlineData("وفي مقر تعاونية \"تافوكت\" بجماعة مير اللفت، تقول رئيستها فاطمة آيت لحسن إن الإنتاج تراجع.\nوتؤكد آيت لحسن أن ثماني نساء بقين.", "فاطمة آيت لحسن|فاطمة آيت لحسن")]
    [InlineData("وفي الشركة، يقول مديرها سامر الحداد إن العمال رحلوا.", "سامر الحداد")]
    public void A_role_with_the_pronoun_of_the_body_just_named_is_no_part_of_the_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void A_governorate_is_no_governor_with_a_pronoun() =>
        AttributionCases.AssertSpeakers("أعلنت غرفة تجارة وصناعة محافظة الخليل يوم الاثنين أن عدد المصانع انخفض.", "غرفة تجارة وصناعة محافظة الخليل");

    [Theory]
    [InlineData("يروي بائع الهندية إبراهيم أوبلا أن الصندوق صار يباع بمئة.\nويتذكر أوبلا أن الشاحنات كانت تغادر السوق كل صباح.", "إبراهيم أوبلا|إبراهيم أوبلا")]
    [InlineData("وتتذكر المعلمة سعاد النعيمي أن المدرسة كانت تضم ثلاثمئة تلميذ.", "سعاد النعيمي")]
    public void A_witness_who_remembers_is_quoted_as_one_who_narrates(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("ويرى محلل أسواق الأسمدة في مؤسسة استشارية بدبي، كريم الصفدي، أن الأسعار قفزت.", "كريم الصفدي")]
    [InlineData("ونقلت وكالة رويترز عن مسؤول تنفيذي في أحد المصارف قوله إن المديرين غادروا.", "-")]
    [InlineData("وقال محلل إن الأسعار قفزت.", "-")]
    public void An_indefinite_analyst_in_construct_with_his_field_is_the_title_of_the_name_after_it(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);
}
