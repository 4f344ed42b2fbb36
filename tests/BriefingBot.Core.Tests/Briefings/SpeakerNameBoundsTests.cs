using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Where a speaker's name or role ends when no comma or «أن» closes it: before the occasion of the statement («في تصريح
/// صحفي»، «في مقابلة تلفزيونية») and before the object of a verb that judges something («وصفت … خطة الوزارة بأنها»،
/// «انتقد … قرار الحكومة»). Each case is one section: paragraphs separated by a newline, the speakers of each by «|».
/// </summary>
public class SpeakerNameBoundsTests
{
    [Theory]
    [InlineData("أكد وزير الصحة العامة في تصريح صحفي أن الوزارة أطلقت منصة إلكترونية.", "وزير الصحة العامة")]
    [InlineData("وقال المحلل السياسي فادي الحسيني في مقابلة تلفزيونية إن الأزمة ستطول.", "فادي الحسيني")]
    [InlineData("وأوضحت الخبيرة المالية ليلى الزين في حديث إذاعي أن المصارف لن تعيد الودائع.", "ليلى الزين")]
    [InlineData("وقال رئيس الحكومة في مؤتمر صحفي إن الانتخابات ستجري في موعدها.", "رئيس الحكومة")]
    public void The_occasion_of_a_statement_is_not_part_of_the_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("في المقابل، وصفت النائبة هالة بنت سليمان عيتاني خطة الوزارة بأنها \"حبر على ورق\".", "هالة بنت سليمان عيتاني")]
    [InlineData("وانتقد الخبير الاقتصادي سمير حداد قرار الحكومة، قائلًا إن توقيته سيئ.", "سمير حداد")]
    [InlineData("واعتبر الوزير السابق جورج قرم خطوة المصرف المركزي متأخرة جدًا.", "جورج قرم")]
    public void The_object_of_a_verb_of_judgement_is_not_part_of_the_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("ورأت المحللة السياسية في مركز الدراسات الأفريقية، د. أماني الطويل، أن الحل سياسي أولًا.\nوتختم الطويل بأن المجتمع الدولي يملك أدوات ضغط.", "أماني الطويل|أماني الطويل")]
    [InlineData("وقال د. سامر الحلبي إن الإصلاح تأخر.", "سامر الحلبي")]
    [InlineData("وأوضح م. خالد العمري أن المشروع سينتهي العام المقبل.", "خالد العمري")]
    public void The_full_stop_of_an_abbreviated_title_ends_no_sentence(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وبحسب عضو لجنة المعادن في المجلس التشريعي السابق، الطيب إبراهيم محمد خير، فإن الدولة فقدت السيطرة على المواقع.", "الطيب إبراهيم محمد خير")]
    [InlineData("وقال الخبير الاقتصادي الفاتح عثمان إن الجنيه سيواصل التراجع.", "الفاتح عثمان")]
    public void A_given_name_written_with_the_article_opens_the_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وقال معالي وزير الدولة لشؤون الإسكان، عبد اللطيف المشاري، للصحفيين إن الحكومة ستوزع القسائم.", "عبد اللطيف المشاري")]
    [InlineData("وأشاد سمو الأمير فيصل بن عبد الرحمن، رئيس مجلس إدارة إحدى شركات التطوير، بالتجربة السعودية.", "فيصل بن عبد الرحمن")]
    [InlineData("وأكد سعادة السفير خالد المطيري أن العلاقات متينة.", "خالد المطيري")]
    [InlineData("وكتب المفكر أنطون سعادة أن الأمة مجتمع واحد.", "أنطون سعادة")]
    [InlineData("ويرى أستاذ الاقتصاد بجامعة الكويت د. عباس المجرن أن المشكلة في احتكار الأراضي.", "عباس المجرن")]
    public void Honorifics_and_an_abbreviated_title_after_a_role_stand_before_the_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وأشاد سمو الأمير فيصل بن عبد الرحمن، رئيس مجلس إدارة إحدى شركات التطوير، بالتجربة السعودية، معتبرًا إياها \"نموذجًا يمكن نقله\".", "فيصل بن عبد الرحمن")]
    [InlineData("وقال معالي وزير الدولة لشؤون الإسكان، عبد اللطيف المشاري، للصحفيين عقب جلسة مجلس الأمة إن الحكومة ستوزع القسائم.", "عبد اللطيف المشاري")]
    [InlineData("وقال وزير الدولة لشؤون الإسكان، عبد اللطيف المشاري، للصحفيين عقب جلسة مجلس الأمة إن الحكومة ستوزع القسائم.", "عبد اللطيف المشاري")]
    public void What_follows_a_closed_apposition_is_no_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وحسب تعبير رئيسة جمعية منتجي الحوامض، فاطمة الزهراء العلوي، فإن الصادرات ستتراجع.", "فاطمة الزهراء العلوي")]
    [InlineData("وبحسب قول الخبير الاقتصادي سمير حداد، فإن الدين لا يحتمل.", "سمير حداد")]
    [InlineData("وفي السياق ذاته، أوضح المكلف بالتواصل في المكتب الوطني للكهرباء، يوسف الإدريسي، أن تقليص الضغط إجراء مؤقت.", "يوسف الإدريسي")]
    public void The_way_it_was_put_and_a_charge_held_stand_before_the_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("من جانبه، دافع رئيس مجلس الوزراء مصطفى مدبولي عن القرار، قائلًا إن الحكومة تحملت أعباء تفوق طاقتها.\nوأضاف مدبولي أن برنامج الدعم سيزيد مخصصاته.", "مصطفى مدبولي|مصطفى مدبولي")]
    public void Who_defends_a_decision_saying_something_is_its_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("ويقول الباحث في معهد الشرق الأوسط بواشنطن جليل حرشاوي إن الصفقة مؤقتة.", "جليل حرشاوي")]
    [InlineData("وقالت الأستاذة في جامعة السوربون بباريس ليلى الزين إن الحل بعيد.", "ليلى الزين")]
    public void A_city_under_a_preposition_closes_the_role_before_the_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("ويقول أحد وجهاء المنطقة، الشيخ محمد الطاهر أبو بكر، إن الجنوب يصدّر النفط ويستورد الفقر.", "محمد الطاهر أبو بكر")]
    [InlineData("وتقول إحدى المتظاهرات، سعاد الفيتوري، إن الرواتب تأخرت.", "سعاد الفيتوري")]
    public void One_of_a_group_named_in_apposition_is_the_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("قدّر رئيس المؤسسة الوطنية للنفط، المهندس فرحات بن قدارة، الخسائر بأكثر من 120 مليون دولار يوميًا. وقال في مؤتمر صحفي: \"النفط ليس ورقة للمساومة\".\nوأضاف بن قدارة أن المؤسسة خفضت الإمدادات.", "فرحات بن قدارة|فرحات بن قدارة")]
    public void Who_estimates_a_figure_is_its_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("من جانبه، انتقد النائب مهلهل المضف ما سماه \"تضخم بند الرواتب\"، معتبرًا أن الحكومة تطلب من الناس شد الحزام.", "مهلهل المضف")]
    [InlineData("وهاجمت النائبة جنان بوشهري ما وصفته بـ\"الهدر\" في الجهات المستقلة.", "جنان بوشهري")]
    public void What_a_speaker_called_something_is_no_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("يخشى كثير من المواطنين أن تنتهي الإصلاحات بتقليص العلاوات. ويقول أبو فيصل، وهو موظف متقاعد: \"لا نثق بالأرقام\".", "أبو فيصل")]
    [InlineData("ويرى معظم المحللين أن العجز سيستمر.", "-")]
    public void Many_of_a_group_are_no_one(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("ويطالب رئيس غرفة صناعة حلب بإعفاء المصانع من الضرائب، مشيرًا إلى أن ألف مصنع عادت إلى العمل.", "رئيس غرفة صناعة حلب")]
    [InlineData("وقال رئيس غرفة صناعة حلب فارس الشهابي إن المصانع عادت.", "فارس الشهابي")]
    public void A_city_ending_a_roles_chain_is_no_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("قال وزير الزراعة والري الصومالي أحمد معلم فقي إن المراعي جفت قبل موعدها.\nوأضاف فقي أن الحكومة أطلقت برنامجًا لشراء الماشية.", "أحمد معلم فقي|أحمد معلم فقي")]
    [InlineData("وتقول الطبيبة فاطمة شيخ علي، التي تعمل في مركز تغذية، إن عدد الأطفال تضاعف.\nوتحذر شيخ علي من أن الموسم المقبل قد يدفع المناطق إلى المجاعة.", "فاطمة شيخ علي|فاطمة شيخ علي")]
    [InlineData("وقال محمد علي مدير مكتب الأمم المتحدة في مقديشو إن المساعدات تأخرت.", "محمد علي")]
    public void A_title_word_between_a_given_name_and_the_last_name_is_part_of_the_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);
}
