using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Constructions the nineteenth round's Iraqi date exports briefing (and the Aqaba and marshes briefings before it) left
/// unread: the complaint verb's eighth form («واشتكى»), whom a surname said it to after a quote, a doubled root after
/// «طالب … بـ», a verb opening a later sentence of the paragraph, the newsroom asking by a pronoun, a title's people
/// adjective pointing back past a foreigner, and a given name also written inside «عبد الحسين».
/// </summary>
public class SpeakerAttributionOfComplaintsCourtsAndAskedBackTests
{
    [Theory]
    [InlineData("وقال مدير المعبر، فراس الدرويش، إن الحركة عادت.\nواشتكى الدرويش من أن الرسوم أعلى مما تفرضه سوريا.", "فراس الدرويش|فراس الدرويش")]
    [InlineData("واشتكى كاظم العيداني، الذي يملك بستانًا في شط العرب، من أن التجار يشترون منه بأقل من نصف السعر.", "كاظم العيداني")]
    public void The_eighth_form_of_complaining_quotes_its_subject(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وطالب عضو مجلس الشورى، سليمان بن مبارك الجابري، بإنشاء صندوق خاص لدعم المزارعين.\nوفي جلسة للمجلس الأسبوع الماضي، سأل الجابري عن مصير برنامج مماثل أُطلق قبل عشر سنوات.", "سليمان بن مبارك الجابري|سليمان بن مبارك الجابري")]
    [InlineData("وسألت النائبة عن العاصمة، ريم الحداد، عن موعد افتتاح المستشفى.", "ريم الحداد")]
    public void A_question_put_in_a_session_is_said_by_its_asker(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void A_surname_after_the_quote_then_whom_it_was_said_to_is_the_speaker_met() =>
        AttributionCases.AssertSpeakers(
            "من جهتها، أكدت رئيسة السلطة، لينا المجالي، أن السلطة خفضت الرسوم.\n«لا نريد أن نربح من الرسوم»، قالت المجالي للصحفيين، مضيفة أن السلطة تدرس إنشاء ساحة.",
            "لينا المجالي|لينا المجالي");

    [Theory]
    [InlineData("وحذّر علي التميمي من أن الشحنات قد تخسر السوق.\nوطالب علي التميمي بخط شحن مبرّد مباشر من ميناء أم قصر.", "علي التميمي|علي التميمي")]
    [InlineData("وطالب رئيس الجمعية علي التميمي بخط شحن مبرّد مباشر من ميناء أم قصر.", "علي التميمي")]
    public void A_doubled_root_after_the_name_is_what_was_demanded(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وفي البصرة، قضت محكمة البداءة المختصة بالدعاوى التجارية بإلزام شركة شحن بتعويض مصدّر. وقالت المحكمة في قرارها إن الناقل مسؤول عن البضاعة.", "محكمة البداءة")]
    [InlineData("قال وزير المالية أحمد سعيد إن العجز سيتراجع.\nوارتفعت الأسعار في الأسواق بنسبة عشرة في المئة. وقال الوزير إن الحكومة ستتدخل.", "أحمد سعيد|أحمد سعيد")]
    public void A_verb_opening_a_later_sentence_speaks_for_the_paragraph(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void An_answer_after_the_newsroom_asked_by_a_pronoun_is_the_interviewee() =>
        AttributionCases.AssertSpeakers(
            "وفي مقابلة مع الموجز، سألنا الباحثة في مركز أبحاث النخيل، رنا الحسناوي، عن سر الطفرة، فأجابت بأن الطلب الآسيوي هو المحرك.\n"
            + "وعن مستقبل النخيل، قالت الحسناوي: «سنفقد نصف البساتين».\n"
            + "ولمّا سألناها هل تكفي الفسائل الجديدة، ردّت بأن الفسيلة تحتاج إلى سبع سنوات.",
            "رنا الحسناوي|رنا الحسناوي|رنا الحسناوي");

    [Fact]
    public void A_title_with_a_people_adjective_points_back_past_a_speaker_of_another_people() =>
        AttributionCases.AssertSpeakers(
            "وقال المستشار التجاري في السفارة العراقية بنيودلهي، مهند العزاوي، إن المستوردين الهنود يفضّلون الزهدي.\n"
            + "ويقول راجيف مالهوترا، مدير شركة لاستيراد التمور في مومباي، إن شركته ضاعفت مشترياتها.\n"
            + "ويرى المسؤول العراقي أن حل مشكلة التعبئة يمرّ عبر مصانع جديدة.",
            "مهند العزاوي|راجيف مالهوترا|مهند العزاوي");

    [Fact]
    public void A_given_name_written_with_the_article_inside_a_compound_name_is_still_a_name() =>
        AttributionCases.AssertSpeakers(
            "ويقول جبار عبد الحسين، وهو مربي جاموس من قرية قرب الجبايش، إن نصف جاموسه نفق.\n"
            + "وقال مدير مركز إنعاش الأهوار في وزارة الموارد المائية، حسين الزبيدي، إن المركز يعمل.",
            "جبار عبد الحسين|حسين الزبيدي");
}
