using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A fifth round of attribution specifications, written before the attributor ran on them: people a report introduces
/// in narration and then quotes by a shorter name («وقفت المدرّسة المتقاعدة سعاد عيتاني … تقول عيتاني إن»), namesakes
/// told apart by the verb's gender, a continuation by surname with «قائلًا», a title with «على أن», «فبحسب …، فإن»,
/// and the alias a report gives in narration («الذي يلقبه رفاقه بـ«أبو كرامة»»). Each case is one section: paragraphs
/// separated by a newline, the speakers of each by «|», several in one paragraph joined by «+», «-» for none.
/// </summary>
public class SpeakerAttributionOfPeopleMetInNarrationTests
{
    [Theory]
    [InlineData("وقف المزارع خليل عواد أمام حقله المحروق. يقول عواد إن النار أتت على موسم كامل.", "خليل عواد")]
    [InlineData("أمام مبنى البلدية، وقفت الممرضة ليلى الزين تحمل صورة ابنها. تقول الزين إنها لم تره منذ عامين.", "ليلى الزين")]
    [InlineData("في القرية، يتذكر الصياد أحمد بوعلام العاصفة جيدًا. قال بوعلام، وهو يشير إلى المرفأ: «لم يبق لنا زورق واحد».", "أحمد بوعلام")]
    [InlineData("أما شقيقه يوسف عواد، وهو طبيب في المدينة، فيبدو أكثر تفاؤلًا: يقول يوسف إن الأرض ستعود خضراء.", "يوسف عواد")]
    [InlineData("أما المهندس كمال آيت سعيد، الذي عمل عشرين عامًا في المناجم قبل أن يتقاعد، فيرى أن المشكلة تقنية. «المناجم تشيخ»، يقول آيت سعيد.", "كمال آيت سعيد")]
    public void A_person_introduced_in_narration_and_quoted_by_a_shorter_name_keeps_the_full_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("قال المحلل سامي نصار إن الأسعار ستواصل الارتفاع.\nمن جهتها، قالت الناشطة ريما نصار إن الأسر فقدت مدخراتها.\nوأوضحت نصار أن الجمعية ستلجأ إلى القضاء.", "سامي نصار|ريما نصار|ريما نصار")]
    [InlineData("قال المحلل سامي نصار إن الأسعار ستواصل الارتفاع.\nمن جهتها، قالت الناشطة ريما نصار إن الأسر فقدت مدخراتها.\nوأضاف نصار أن البنوك لن تصمد.", "سامي نصار|ريما نصار|سامي نصار")]
    [InlineData("قالت الناشطة ريما نصار إن الأسر فقدت مدخراتها.\nوقال المحلل سامي نصار إن الأسعار ستواصل الارتفاع.\nوترى نصار أن القضاء هو الطريق الوحيد.", "ريما نصار|سامي نصار|ريما نصار")]
    [InlineData("قال المزارع أحمد بوعلام إن الماء أغلى من الغاز.\nأما ابنه ياسين بوعلام، وهو مهندس شاب، فيبدو أقل قطعًا: يقول ياسين إن الشباب يريدون عملًا.", "أحمد بوعلام|ياسين بوعلام")]
    [InlineData("قال المزارع أحمد بوعلام إن الماء أغلى من الغاز.\nوقال ابنه ياسين بوعلام إن الشباب يريدون عملًا.", "أحمد بوعلام|ياسين بوعلام")]
    public void Namesakes_are_told_apart_by_the_gender_of_the_verb_or_their_given_names(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("قال رئيس الغرفة التجارية محمد الشماع إن الركود طال كل القطاعات.\nواستطرد الشماع قائلًا إن المصارف أوقفت القروض.", "محمد الشماع|محمد الشماع")]
    [InlineData("قال وزير النقل فهد العلي إن القطار سيصل إلى المطار.\nوشدد الوزير على أن المشروع سيكتمل في موعده.", "فهد العلي|فهد العلي")]
    [InlineData("لا يبدو الحل قريبًا. فبحسب النائب جورج عقيص، عضو لجنة الإدارة، فإن الخلاف على الصلاحيات لم يُحسم.", "جورج عقيص")]
    public void Continuations_and_openers_of_the_levantine_and_maghreb_press_are_read(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("أما الناشط رامي الحلبي، الذي يلقبه أصدقاؤه بـ«أبو الثورة»، فقد اعتُقل ثلاث مرات. يقول الحلبي: «لن أتوقف».\nويؤكد أبو الثورة أنه سيعود إلى الساحة.", "رامي الحلبي|رامي الحلبي")]
    [InlineData("ويحذر اللواء المتقاعد سالم بن عمر، الملقب بـ«الصقر»، من هجمات جديدة.\nويرى الصقر أن الحدود بحاجة إلى جيش كامل.", "سالم بن عمر|سالم بن عمر")]
    public void A_person_quoted_by_the_alias_narration_gives_is_the_person_it_names(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وتروي أم أحمد، النازحة من حلب، أن البيت تهدم فوق رؤوس جيرانها.", "أم أحمد")]
    [InlineData("وروى الشاهد محمود عبد الله أن الانفجار وقع عند الفجر.", "محمود عبد الله")]
    [InlineData("ويحكي الطبيب سامر عيسى أن المستشفى استقبل مئة جريح في ليلة واحدة.", "سامر عيسى")]
    [InlineData("ويخشى المزارع سعيد حمدان أن يضيع الموسم كله.", "سعيد حمدان")]
    [InlineData("ويشكو الصياد علي منصور من غلاء الوقود.", "علي منصور")]
    [InlineData("قال الشيخ حسن يوسف إن المسجد بني قبل قرنين.\nورُوي أن السلطان صلى فيه مرة واحدة.", "حسن يوسف|-")]
    public void The_verbs_of_reportage_narrate_fear_and_complain_attribute(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وصرّح لـ«الموجز» مدير الشركة سامر خوري بأن الإنتاج توقف.", "سامر خوري")]
    [InlineData("وقال للصحفيين وزير الخارجية يوسف رجي إن العقوبات لن تتوسع.", "يوسف رجي")]
    [InlineData("وقالت لوكالة رويترز المديرة التنفيذية للصندوق نادين عيسى إن التمويل توقف.", "نادين عيسى")]
    [InlineData("تقول ليلى (اسم مستعار) إنها تخشى العودة إلى منزلها.", "ليلى")]
    [InlineData("وقال المزارع سمير (52 عامًا) إن الموسم ضاع.", "سمير")]
    public void Whom_it_was_said_to_or_an_aside_in_parentheses_is_no_part_of_the_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وبينما يصر الخبير سمير العربي على أن الحل في الخصخصة، يرد المهندس نبيل حداد بأن «الدولة وحدها تضمن الخدمة».", "سمير العربي+نبيل حداد")]
    [InlineData("قال وزير الصحة فراس الأبيض إن المستشفيات ممتلئة.\nوترد الوزيرة السابقة ريما حسن على منتقديها بأن الإصلاح لا يحتمل التأجيل.", "فراس الأبيض|ريما حسن")]
    [InlineData("قالت وزيرة الصحة ريما حسن إن المستشفيات ممتلئة.\nوترد الوزيرة على منتقديها بأن الإصلاح لا يحتمل التأجيل.", "ريما حسن|ريما حسن")]
    public void Two_people_set_against_each_other_and_a_reply_by_title_are_quoted(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);
}
