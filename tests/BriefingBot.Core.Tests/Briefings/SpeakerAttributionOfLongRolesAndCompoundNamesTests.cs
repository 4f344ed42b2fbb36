using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Parser defects found by listing the speakers of the twelfth round's new dev briefing (no blind question or miss
/// read): an official's own speech closing the subject («وختم الوكيل المساعد حديثه بالقول»), a woman with a compound
/// given name introduced in narration and quoted by her surname or her given name alone, and a name set off by commas
/// after a role whose body carries a quoted name and a complement. Each case is one section: paragraphs separated by a
/// newline, the speakers of each by «|».
/// </summary>
public class SpeakerAttributionOfLongRolesAndCompoundNamesTests
{
    [Theory]
    [InlineData("قال الوكيل المساعد سيف المزروعي إن الحظر يحمي البحر.\nوختم الوكيل المساعد حديثه بالقول إن التقرير سيصدر العام المقبل.", "سيف المزروعي|سيف المزروعي")]
    [InlineData("قالت الوزيرة هند السالم إن الخطة جاهزة.\nوختمت الوزيرة كلمتها بالقول إن الدعم مستمر.", "هند السالم|هند السالم")]
    [InlineData("قال المدير حسن الكندي إن المشروع تأخر.\nوختم حديثه بالقول إن التمويل وصل.", "حسن الكندي|حسن الكندي")]
    [InlineData("\"أغلقت معاصر كثيرة\"، يقول المهندس سامر حداد، صاحب معصرة حديثة في بلدة عرابة.", "سامر حداد")]
    public void Their_own_speech_after_a_title_is_no_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("في مشغلها الصغير بإمارة عجمان، تقص نور الهدى عبد الرحمن قطع القماش وتحولها إلى حقائب. تقول عبد الرحمن إن الطلبات تضاعفت.", "نور الهدى عبد الرحمن")]
    [InlineData("في مشغلها الصغير بإمارة عجمان، تقص نور الهدى عبد الرحمن قطع القماش وتحولها إلى حقائب. تقول عبد الرحمن إن الطلبات تضاعفت.\nوتضيف نور الهدى أن القماش شحيح.", "نور الهدى عبد الرحمن|نور الهدى عبد الرحمن")]
    [InlineData("في ورشته قرب الميناء، يصلح صلاح الدين حمدان شباك الصيد. يقول حمدان إن البحر صار فقيرًا.", "صلاح الدين حمدان")]
    public void A_compound_given_name_met_in_narration_is_the_whole_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وقال مدير العمليات في سلسلة متاجر «الوفرة» للتجزئة، طارق المرزوقي، إن كلفة التغليف ارتفعت.", "طارق المرزوقي")]
    [InlineData("وقال مدير العمليات في سلسلة متاجر «الوفرة» للتجزئة، طارق المرزوقي، إن كلفة التغليف ارتفعت، في حين رأت رئيسة جمعية حماية المستهلك هند العتيبي أن التجار حمّلوا الزبون الكلفة.", "طارق المرزوقي")]
    [InlineData("وقال مدير العمليات في سلسلة متاجر الوفرة للتجزئة، طارق المرزوقي، إن كلفة التغليف ارتفعت.", "طارق المرزوقي")]
    [InlineData("وقال الوزير سالم العبيدي للصحفيين، عقب الاجتماع، إن الخطة جاهزة.", "سالم العبيدي")]
    [InlineData("وقالت الوزيرة هند السالم للصحفيين، الثلاثاء، إن الخطة جاهزة.", "هند السالم")]
    public void A_name_set_off_by_commas_after_a_quoted_body_is_the_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("في سوق المدينة، يقول المنتج الطيّب أبو زيد إن القنطار يباع بسعر أعلى.", "الطيب أبو زيد")]
    [InlineData("يقول التاجر الفاتح عبد الله إن الأسعار ارتفعت.", "الفاتح عبد الله")]
    [InlineData("في مخيّمه على أطراف الواحة، يقول الصقّار حمد الكعبي، البالغ من العمر 27 عامًا، إنه اشترى صقرين.", "حمد الكعبي")]
    [InlineData("يقول الصقّار حمد الكعبي إن الصقور غالية.", "حمد الكعبي")]
    [InlineData("ويرى المحللون خطر الأزمة الكبير، وإن الحل بعيد.", "-")]
    public void An_occupation_before_a_name_the_lexicon_does_not_list_is_what_the_person_is(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("قالت المديرة العامة للوكالة، الدكتورة سعاد المرابط، إن الخطة جاهزة.\nوفي ختام اللقاء، أعلنت المديرة العامة للوكالة عن صندوق دعم بقيمة مليون درهم لتمويل صهاريج لتخزين المياه.", "سعاد المرابط|سعاد المرابط")]
    [InlineData("قال وزير الزراعة عادل الراشد إن الخطة جاهزة.\nوأعلن الوزير عن برنامج جديد لتمويل المزارعين.", "عادل الراشد|عادل الراشد")]
    [InlineData("من جهته، أكد المشرف العام على مركز الإغاثة، الدكتور فيصل السالم، أن الجسر الجوي مستمر.", "فيصل السالم")]
    public void What_a_title_announces_with_an_is_no_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وفقًا لوزارة الزراعة المصرية، فإن الخطة جاهزة.", "وزارة الزراعة المصرية")]
    [InlineData("وفقًا لمنظمة الصحة العالمية، فإن الوباء ينحسر.", "منظمة الصحة العالمية")]
    [InlineData("ووفقًا لرئيسة الهيئة ماري خوري، لن ترتفع التعرفة.", "ماري خوري")]
    public void The_la_of_wifqan_is_no_part_of_a_bodys_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);
}
