using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Parser defects found by listing the speakers of every dev and blind briefing (eleventh round): a body named after a
/// person («جامعة الملك عبد العزيز»، «جامعة حمد بن خليفة») holds no speaker, a woman founder «مؤسِّسة …» is a title
/// and not the body «مؤسسة», a titled name with the verb's object after it and no «أن» is the speaker, a region
/// glued before a foreign name is no part of it, groups named by a plural occupation are no one, and an age and
/// a degree in apposition after a name are no name. Each plural pattern that names no one has a spec of its own, beside
/// the names it must leave alone. Each case is one section: paragraphs separated by a newline, the
/// speakers of each by «|».
/// </summary>
public class SpeakerAttributionOfNamesakeInstitutionsAndGroupsTests
{
    [Theory]
    [InlineData("وقالت الباحثة في معهد البيئة التابع لجامعة حمد بن خليفة، الدكتورة لولوة المسند، إن الماء يأتي أولًا.", "لولوة المسند")]
    [InlineData("قال الاقتصادي عبد العزيز القحطاني إن الفنادق تحتاج إلى سياح.\n\"الشعاب قادرة على التحمل\"، كما تقول الدكتورة هيفاء الشهري، أستاذة علوم البحار في جامعة الملك عبد العزيز بجدة.", "عبد العزيز القحطاني|هيفاء الشهري")]
    [InlineData("وقال أستاذ الاقتصاد في جامعة محمد الخامس، يوسف الكتاني، إن الجفاف طويل.", "يوسف الكتاني")]
    public void A_body_named_after_a_person_holds_no_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وتقول مؤسِّسة مزرعة «ورقة» للزراعة المائية، مريم الكواري، إن مزرعتها تنتج الخس.", "مريم الكواري")]
    [InlineData("وتبيع المزرعة الخس للمطاعم.\nوتقول مؤسِّسة مزرعة «ورقة» للزراعة المائية، مريم الكواري، إن مزرعتها تنتج الخس.", "-|مريم الكواري")]
    [InlineData("وقالت مؤسسة الشركة، هند السالم، إن التمويل شحيح.", "هند السالم")]
    [InlineData("وقالت مؤسسة قطر في بيان إن المنح ستزيد.", "مؤسسة قطر")]
    public void A_woman_founder_is_a_title_beside_the_body(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وانتقد عضو مجلس الشورى ناصر الخليفي غياب أي هدف واضح للأعلاف، ودعا الحكومة إلى خطة منفصلة.", "ناصر الخليفي")]
    [InlineData("أعلن رئيس المؤسسة الوطنية للنفط صلاح الدين بن عمران حالة القوة القاهرة على صادرات ميناءي السدرة ورأس لانوف، موضحًا أن الخسائر كبيرة.", "صلاح الدين بن عمران")]
    public void A_titled_name_before_the_verbs_object_is_the_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("غير أن ممثل الوكالة الدولية للطاقة في شمال أفريقيا ماركو بيليني يرى أن المشاريع ما زالت دراسات.", "ماركو بيليني")]
    [InlineData("وقال مدير البرنامج في غرب آسيا جون سميث إن التمويل تأخر.", "جون سميث")]
    public void A_region_before_a_foreign_name_is_no_part_of_it(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("ويقول سائقون في المعبر إن الحركة تراجعت بنحو الربع.", "-")]
    [InlineData("ويقول نازحون في المخيم إن المساعدات تأخرت.", "-")]
    [InlineData("وقال الرئيس الفرنسي إيمانويل ماكرون إن الحوار ضروري.", "إيمانويل ماكرون")]
    public void A_masculine_plural_of_the_active_participle_is_no_one_but_a_name_opening_with_mim_is_someone(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("في المقابل، يؤكد مصدّرو الفواكه أن قطاعهم يوفر آلاف الوظائف.", "-")]
    [InlineData("ويشكو مربو الدواجن من أن الشركات الكبرى تستحوذ على العقود.", "-")]
    public void A_participles_plural_before_its_complement_is_no_one(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وتقول ربات بيوت في الحي إن الأسعار ارتفعت.", "-")]
    [InlineData("وتقول عاملات في المصنع إن الأجور تأخرت.", "-")]
    [InlineData("وتقول ممرضات في المستشفى إن المناوبات طويلة.", "-")]
    [InlineData("وقال الباحث سامي عرفات إن الأرقام دقيقة.", "سامي عرفات")]
    public void A_feminine_plural_occupation_is_no_one_but_a_name_ending_in_at_is_someone(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("أما جاره سالم الهاجري، فترك زراعة الخضار واتجه إلى تربية الأبقار. يقول المربي الذي يملك ستين رأسًا إن الأعلاف تلتهم دخله.", "سالم الهاجري")]
    [InlineData("قال الوزير سالم العبيدي إن الخطة جاهزة.\nأما ابنه علي المناعي، فاختار طريقًا آخر. يقول الشاب البالغ من العمر أربعة وعشرين عامًا إنه ترك وظيفته.", "سالم العبيدي|علي المناعي")]
    [InlineData("أما زميلتها هدى سالم، فتعمل في المصنع منذ عشر سنوات. تقول العاملة إن الأجور لم ترتفع.", "هدى سالم")]
    [InlineData("أما المزارعون، فيشتكون من الجفاف. يقول أحدهم إن الموسم ضاع.", "-")]
    public void A_person_set_apart_with_amma_is_who_a_later_occupation_quotes(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("يقول المرشد الجبلي خليل أبو سمرة، من أبناء القرية التي هجرها أهلها، إن الطريق أغلق.", "خليل أبو سمرة")]
    [InlineData("\"كانت السوق أرخص\"، يقول الحاج سعيد بن ناصر العامري، الذي يبيع العسل منذ ثلاثين عامًا.", "سعيد بن ناصر العامري")]
    [InlineData("قال المدير حسن الكندي إن المشروع تأخر.\nوأشار الكندي، في السياق ذاته، إلى أن التمويل وصل.", "حسن الكندي|حسن الكندي")]
    [InlineData("وفي تقرير نشرته الجامعة، خلصت الدكتورة سلمى الراشدي، أستاذة الجيولوجيا، إلى أن المياه الجوفية تتراجع.\nوعادت الباحثة لتحذّر من أن الآبار تجف.", "سلمى الراشدي|سلمى الراشدي")]
    [InlineData("وخلصت الدراسة إلى أن المياه تتراجع.", "-")]
    public void Occupations_asides_and_conclusions_name_their_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("يقول الشاب يوسف مختاري، البالغ سبعة وعشرين عامًا وخريج معهد الكهرباء، إن الورشات شغّلت العمال.", "يوسف مختاري")]
    public void An_age_and_a_degree_after_a_name_are_no_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);
}
