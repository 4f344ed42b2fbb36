using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// People the press quotes by their occupation or by a shorter reference: «رائدة الأعمال …» as a role, «حسب ما صرّح به
/// …» as a source (and the surname alone before whom it was said to, «الذوادي لـ"الموجز"»), a name set off by commas
/// before the colon of a quote, «الرجل / السيدة / الشاب» pointing back to who was just quoted, a title alone after a
/// quote closed by the full stop, and a person narration names by title before a bare verb («وتولّت وكيلة الوزارة …،
/// الدكتورة منى العلوي، شرح …، فأوضحت أن») or in the paragraph before a shorter name («يبيع المزارع حسين عبد الكريم
/// …» then «يقول عبد الكريم إن»). Each case is one section: paragraphs separated
/// by a newline, the speakers of each by «|».
/// </summary>
public class SpeakerAttributionOfOccupationsAndNarratedPeopleTests
{
    [Theory]
    [InlineData("وحسب ما صرّح به مدير الإدارة العامة للمرور، العقيد خليفة البنعلي، فإن المخالفات تجاوزت أربعة آلاف مخالفة.", "خليفة البنعلي")]
    [InlineData("قالت المهندسة نورة الذوادي إن الشرط واقعي.\nوحسب ما صرّحت به الذوادي لـ\"الموجز\"، فإن شركتها تستعد لجولة تمويل.", "نورة الذوادي|نورة الذوادي")]
    [InlineData("ووفق ما أدلت به وزيرة الصحة هالة زايد للصحفيين، فإن اللقاح سيصل الشهر المقبل.", "هالة زايد")]
    public void What_someone_declared_after_hasab_ma_is_theirs(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وترى رائدة الأعمال البحرينية نورة الذوادي، مؤسسة تطبيق «مشوار» المحلي، أن الشرط واقعي.\nولم تخفِ رائدة الأعمال قلقها من أن الرسوم \"قد تُخرج الشركات الصغيرة\".", "نورة الذوادي|نورة الذوادي")]
    [InlineData("وقالت رائدة الأعمال السعودية هيفاء العمري إن التمويل شحيح.", "هيفاء العمري")]
    public void An_entrepreneur_is_a_role(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("يقول سائق الأجرة جاسم المناعي إن دخله تراجع إلى النصف.\nويضيف الرجل الذي يعمل خلف المقود منذ ثلاثين عامًا: \"كنا نطالب بالعدالة\".", "جاسم المناعي|جاسم المناعي")]
    [InlineData("تقول الطبيبة سعاد حمدان إن المستشفى بلا كهرباء.\nوتضيف السيدة التي تعمل في المستشفى منذ عشرين عامًا أن الأدوية نفدت.", "سعاد حمدان|سعاد حمدان")]
    public void The_man_or_the_woman_points_back_to_who_was_just_quoted(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وقال رئيس جمعية سائقي سيارات الأجرة، يوسف الدوسري: \"لسنا ضد التطبيقات\".", "يوسف الدوسري")]
    public void A_name_set_off_by_commas_before_a_colon_is_the_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("قال وزير العمل سالم العبيدي إن الشروط واضحة.\nيقول الشاب البالغ من العمر أربعة وعشرين عامًا إنه ترك وظيفته.", "سالم العبيدي|-")]
    public void A_number_written_out_after_a_title_is_no_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وتولّت وكيلة الوزارة لشؤون النقل البري، الدكتورة منى العلوي، شرح التفاصيل الفنية، فأوضحت أن التطبيقات ملزمة بتركيب زر طوارئ.", "منى العلوي")]
    [InlineData("قال الوزير سالم العبيدي إن الخطة جاهزة.\nوبعد لقائه السفير الفرنسي جان مارتان، أكد أن التعاون مستمر.", "سالم العبيدي|سالم العبيدي")]
    [InlineData("قال المدير عمر العمودي إن الطلب يتزايد.\nلكن المهندسة البيئية الأردنية لينا أبو غزالة تشكك في هذه الوعود، وتقول إن المركز يستهلك المياه.", "عمر العمودي|لينا أبو غزالة")]
    public void A_person_narration_names_before_a_bare_verb_is_who_it_quotes(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("في قرية الهملة، يبيع المزارع حسين عبد الكريم الطماطم من مزرعته الصغيرة.\nيقول عبد الكريم إن التطبيق \"أنقذ المزرعة\".\n\"إذا صارت العمولة ثلاثين في المئة، ما يبقى لي شي\"، يقول المزارع البحريني.", "-|حسين عبد الكريم|حسين عبد الكريم")]
    [InlineData("أما ابنه علي المناعي، فاختار طريقًا آخر.\n\"أبي يرى في التطبيق عدوًا\"، يقول الشاب علي، مضيفًا أن القروض ستساعده.", "-|علي المناعي")]
    public void A_person_the_paragraph_before_narrates_is_who_a_shorter_name_quotes(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("تقول الوزيرة هالة زايد إن الخطة جاهزة.\n\"العمولة مرتفعة\"، تقول الوزيرة.", "هالة زايد|هالة زايد")]
    [InlineData("يقول المزارع حسين عبد الكريم إن التطبيق أنقذ المزرعة.\n\"ما يبقى لي شي\"، يقول المزارع البحريني.", "حسين عبد الكريم|حسين عبد الكريم")]
    public void A_title_alone_after_a_quote_ends_at_the_full_stop(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("من جهتها، قالت الألمانية كلارا براون، الشريكة في شركة استشارات أوروبية متخصصة في التنظيم المالي، إن السوق صغيرة.", "كلارا براون")]
    [InlineData("\"لم نتوقع هذه السرعة\"، يقول الإيطالي ماركو روسي، مدير المصنع، مضيفًا أن العمال تدربوا محليًا.", "ماركو روسي")]
    [InlineData("\"نحتاج إلى مورد منتظم\"، يقول الهندي سانجاي كومار، مدير المشتريات في شركة أسمدة هندية تستورد الحامض الفسفوري المغربي، مضيفًا أن الأسعار ارتفعت.", "سانجاي كومار")]
    public void A_foreigner_named_after_a_peoples_adjective_is_the_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وأعلنت وزارة الصحة المغربية الثلاثاء أن الحملة ستبدأ الشهر المقبل.", "وزارة الصحة المغربية")]
    [InlineData("أقرّ مجلس الوزراء البحريني الأحد لائحة جديدة تنظّم عمل التطبيقات، تشترط أن يكون السائقون من المواطنين.", "مجلس الوزراء البحريني")]
    [InlineData("أعلنت شركة فسفاط قفصة الحكومية يوم الاثنين أن إنتاجها ارتفع.", "شركة فسفاط قفصة الحكومية")]
    public void The_day_a_body_acted_on_is_no_part_of_its_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);
}
