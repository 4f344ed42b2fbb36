using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A fourth round of attribution specifications: new paragraphs in the styles of the Gulf, Maghreb, Levantine and
/// Egyptian press and of the international agencies, written with their speakers before the attributor ran on them.
/// Women and foreign names, princely and religious honorifics, roles with an institution and a place, spokespeople,
/// the verbs of every house style («أوضح، أشار، لفت، نوّه، شدد، حذّر، اعتبر، رأى، أكد، أبرز»), quotes in «» and "",
/// quote-first, «في حين»، «من جهته / من جانبها»، «وتابع»، «ولفتت»; collective and anonymous sources remain no one.
/// 38 of the 46 passed before the change. Each case is one section: paragraphs separated by a newline, the speakers of
/// each by «|», several in one paragraph joined by «+», «-» for none.
/// </summary>
public class SpeakerAttributionInNewsStylesTests
{
    private static void AssertQuoted(string paragraphs, string expected)
    {
        var attribution = new SpeakerAttributor().Analyse(paragraphs.Split('\n').Select(t => ((string?)"قسم", t)).ToList());

        Assert.Equal(expected.Split('|'), attribution.Quoted.Select(q => q.Count == 0 ? "-" : string.Join('+', q)));
    }

    [Theory]
    [InlineData("وأوضح وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان أن تحالف أوبك+ سيبقي على مستويات الإنتاج الحالية حتى نهاية الربع الأول.", "عبدالعزيز بن سلمان")]
    [InlineData("ولفتت وكيلة وزارة التربية والتعليم للشؤون التعليمية الدكتورة نورة المطيري إلى أن نسبة الغياب تراجعت هذا الفصل.", "نورة المطيري")]
    [InlineData("ونوّه رئيس مجلس إدارة غرفة تجارة وصناعة عُمان رضا بن جمعة آل صالح بأهمية الاتفاقية لتنويع مصادر الدخل.", "رضا بن جمعة آل صالح")]
    [InlineData("وشدد الشيخ سيف بن زايد آل نهيان، نائب رئيس مجلس الوزراء وزير الداخلية، على أن أمن الوطن خط أحمر.", "سيف بن زايد آل نهيان")]
    [InlineData("من جانبها، أكدت المديرة التنفيذية لهيئة البيئة في أبوظبي شيخة الظاهري أن مستويات التلوث انخفضت بنسبة ملحوظة.", "شيخة الظاهري")]
    [InlineData("وقال الرئيس التنفيذي لبنك قطر الوطني عبدالله مبارك آل خليفة لـ\"الشرق\" إن الأرباح ارتفعت بنسبة سبعة في المئة.", "عبدالله مبارك آل خليفة")]
    [InlineData("وأكدت مديرة صندوق النقد الدولي كريستالينا غورغييفا، في مقابلة مع قناة \"سي إن بي سي\"، أن الاقتصاد العالمي أظهر صمودًا.", "كريستالينا غورغييفا")]
    [InlineData("وقال عضو مجلس الشورى السعودي فهد بن جمعة إن الاقتصاد غير النفطي ينمو بوتيرة سريعة.", "فهد بن جمعة")]
    public void Gulf_press_names_with_princely_titles_honorifics_and_glued_compounds_are_read_whole(string paragraphs, string expected) =>
        AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وأبرز وزير الفلاحة والصيد البحري أحمد البواري أن الموسم الفلاحي سيعرف تحسنًا بفضل التساقطات الأخيرة.", "أحمد البواري")]
    [InlineData("وقال البنك الدولي في تقرير صدر الثلاثاء إن الاقتصاد المغربي سينمو بنسبة 3.2 في المئة.", "البنك الدولي")]
    [InlineData("وأشار الخبير الاقتصادي الجزائري عبد الرحمن مبتول إلى أن احتياطي الصرف يغطي ستة عشر شهرًا من الواردات.", "عبد الرحمن مبتول")]
    [InlineData("وصرّح الناطق الرسمي باسم الحكومة مصطفى بايتاس، في ندوة صحفية عقب المجلس الحكومي، بأن الحكومة ماضية في إصلاح صندوق المقاصة.", "مصطفى بايتاس")]
    [InlineData("واعتبرت رئيسة الاتحاد الوطني للمرأة التونسية راضية الجربي أن القانون الجديد خطوة إلى الأمام.", "راضية الجربي")]
    [InlineData("\"الجفاف لم يترك لنا شيئًا\"، يقول الفلاح الحسين أيت بلعيد من إقليم الحوز.", "الحسين أيت بلعيد")]
    [InlineData("ويرى أستاذ العلوم السياسية بجامعة محمد الخامس عبد الحفيظ أدمينو أن الانتخابات المقبلة ستشهد عزوفًا واسعًا.", "عبد الحفيظ أدمينو")]
    public void Maghreb_press_verbs_institutions_and_given_names_with_the_article_are_read(string paragraphs, string expected) =>
        AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("ولفت عضو كتلة الجمهورية القوية النائب غسان حاصباني إلى أن الحكومة تتأخر في إقرار الإصلاحات.", "غسان حاصباني")]
    [InlineData("من جهته، حذّر مدير عام مؤسسة كهرباء لبنان كمال حايك من انقطاع شامل للتيار إذا لم تصل شحنة الفيول.", "كمال حايك")]
    [InlineData("وقال مدير الدفاع المدني السوري رائد الصالح لـ\"الجزيرة نت\" إن فرق الإنقاذ انتشلت عشرات الجثث من تحت الأنقاض.", "رائد الصالح")]
    [InlineData("واعتبر رئيس الوزراء الفلسطيني محمد مصطفى، خلال لقائه وفدًا أوروبيًا في رام الله، أن الاحتلال يعرقل خطط الإعمار.", "محمد مصطفى")]
    [InlineData("وأكدت الناطقة باسم وكالة الأونروا جولييت توما أن المساعدات لم تدخل منذ شهر.\nوتابعت: \"لا يمكن أن نعيد بناء المدارس والحصار قائم\".\nولفتت توما إلى أن نصف السكان نزحوا أكثر من مرة.", "جولييت توما|جولييت توما|جولييت توما")]
    [InlineData("قالت وزيرة الشؤون الاجتماعية حنين السيد إن برنامج الدعم النقدي سيشمل مئة ألف أسرة.\nونوّهت الوزيرة بالدور الذي تؤديه الجمعيات الأهلية في توزيع المساعدات.", "حنين السيد|حنين السيد")]
    public void Levant_press_roles_bloc_membership_and_asides_stay_out_of_the_name(string paragraphs, string expected) =>
        AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وأوضح المتحدث الرسمي باسم مجلس الوزراء المستشار محمد الحمصاني أن الحكومة ستطرح أراضي للبيع بالدولار.", "محمد الحمصاني")]
    [InlineData("وقال الدكتور حسام عبد الغفار، المتحدث باسم وزارة الصحة والسكان، إن حملة التطعيم ستستمر حتى نهاية الشهر.", "حسام عبد الغفار")]
    [InlineData("وأشارت الدكتورة هالة السعيد، وزيرة التخطيط والتنمية الاقتصادية، إلى أن معدل النمو سيتجاوز أربعة في المئة.", "هالة السعيد")]
    [InlineData("فيما رأى الخبير الاقتصادي مدحت نافع أن أي تعويم جديد للجنيه سيرفع الأسعار مرة أخرى.", "مدحت نافع")]
    public void Egyptian_press_counsellors_doctors_and_apposed_roles_are_read(string paragraphs, string expected) =>
        AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وقال المتحدث باسم الخارجية الأمريكية ماثيو ميلر إن واشنطن تراقب الوضع عن كثب.", "ماثيو ميلر")]
    [InlineData("وحذّرت المديرة التنفيذية لبرنامج الأغذية العالمي سيندي ماكين من أن المجاعة باتت وشيكة في شمال البلاد.", "سيندي ماكين")]
    [InlineData("ورأى الباحث في معهد واشنطن لسياسة الشرق الأدنى ديفيد شينكر أن العقوبات لم تحقق أهدافها.", "ديفيد شينكر")]
    [InlineData("وقالت وزيرة الخارجية الألمانية أنالينا بيربوك للصحفيين إن برلين ستزيد مساعداتها الإنسانية.", "أنالينا بيربوك")]
    [InlineData("وأعربت المفوضة الأوروبية لشؤون المتوسط دوبرافكا شويتسا عن قلقها من تدهور الأوضاع.", "دوبرافكا شويتسا")]
    [InlineData("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف فوري لإطلاق النار.", "أنطونيو غوتيريش")]
    [InlineData("وقال مدير مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في السودان عثمان بلبيسي إن المجاعة تتسع.", "عثمان بلبيسي")]
    [InlineData("وترى المحامية الحقوقية عزة سليمان أن قانون الأحوال الشخصية الجديد يظلم النساء.\nوتشير سليمان إلى أن المحاكم مكتظة بقضايا النفقة.", "عزة سليمان|عزة سليمان")]
    public void Foreign_names_and_international_officials_keep_their_whole_name_and_not_whom_they_spoke_to(string paragraphs, string expected) =>
        AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("\"نحن أمام أسوأ موسم منذ عقود\"، قال رئيس اتحاد المزارعين حسين الخطيب.", "حسين الخطيب")]
    [InlineData("وقال وزير التجارة خالد العنزي: «لن نرفع الأسعار هذا العام».", "خالد العنزي")]
    [InlineData("\"الأسواق تنتظر إشارة من البنك المركزي\"، تقول المحللة في بنك أبوظبي التجاري مونيكا مالك.\nوتضيف أن خفض الفائدة بات مرجحًا.", "مونيكا مالك|مونيكا مالك")]
    public void Quotes_in_either_mark_before_or_after_the_verb_are_attributed(string paragraphs, string expected) =>
        AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("في حين اعتبرت النائبة بولا يعقوبيان أن الموازنة لا تحمل أي رؤية اقتصادية.", "بولا يعقوبيان")]
    [InlineData("من جهتها، قالت ممثلة منظمة الصحة العالمية في اليمن أديلهايد مارشانغ إن الكوليرا تنتشر في عشر محافظات.", "أديلهايد مارشانغ")]
    [InlineData("وقالت رنا غنوم، الباحثة في منظمة هيومن رايتس ووتش، إن السلطات احتجزت عشرات الناشطين.", "رنا غنوم")]
    public void A_paragraph_opening_with_in_contrast_or_for_her_part_names_its_speaker(string paragraphs, string expected) =>
        AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("ويرى محللون أن الاتفاق لن يصمد طويلًا.", "-")]
    [InlineData("وقالت مصادر مطلعة لـ\"العربية\" إن المفاوضات ستستأنف الأسبوع المقبل.", "-")]
    [InlineData("وأفاد شهود عيان بأن القصف استهدف حيًا سكنيًا.", "-")]
    [InlineData("وذكرت تقارير إعلامية أن الوفد غادر الدوحة.", "-")]
    [InlineData("وقال مصدر حكومي، طلب عدم الكشف عن هويته، إن القرار اتخذ قبل أسبوع.", "-")]
    [InlineData("وقالت الخبيرة الاقتصادية علياء المهدي إن الديون تتراكم.\nويرى مراقبون أن الحكومة ستلجأ إلى صندوق النقد.\nوأضافت المصادر أن القرض قد يصل إلى ثلاثة مليارات دولار.", "علياء المهدي|-|-")]
    [InlineData("وقال وزير الاقتصاد الأردني يوسف الشمالي إن التضخم تحت السيطرة.\nوبيّن الشمالي أن أسعار السلع الأساسية مستقرة.\nواستطرد قائلًا إن الحكومة لن ترفع الضرائب.", "يوسف الشمالي|يوسف الشمالي|يوسف الشمالي")]
    public void Collective_and_anonymous_sources_remain_no_one(string paragraphs, string expected) =>
        AssertQuoted(paragraphs, expected);
}
