using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Parser defects found by listing the speakers of every dev and blind briefing (eleventh round): a body named after a
/// person («جامعة الملك عبد العزيز»، «جامعة حمد بن خليفة») holds no speaker, a woman founder «مؤسِّسة …» is a title
/// and not the body «مؤسسة», a titled name with the verb's object after it and no «أن» is the speaker, a region
/// glued before a foreign name is no part of it, groups named by a plural occupation are no one, and an age and
/// a degree in apposition after a name are no name. Each case is one section: paragraphs separated by a newline, the
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
    [InlineData("في المقابل، يؤكد مصدّرو الفواكه أن قطاعهم يوفر آلاف الوظائف.", "-")]
    [InlineData("ويشكو مربو الدواجن من أن الشركات الكبرى تستحوذ على العقود.", "-")]
    public void A_group_named_by_a_plural_occupation_is_no_one(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("يقول الشاب يوسف مختاري، البالغ سبعة وعشرين عامًا وخريج معهد الكهرباء، إن الورشات شغّلت العمال.", "يوسف مختاري")]
    public void An_age_and_a_degree_after_a_name_are_no_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);
}
