using static BriefingBot.Core.Tests.Support.AttributionCases;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// The forms the sixteenth round's unseen briefings (Chad's refugee camps, Kuwaiti housing, Saudi women at work) showed
/// missing: a cause named by a person («ويُرجع الخبير … ذلك إلى»), a description after the name («، وهي معلمة …،») that
/// may run long before «إن» and is the speaker's role, a Dutch or German «فان / فون» before a one-word surname, and a
/// preposition with its pronoun that is never a subject. Each case is one section: paragraphs separated by a newline,
/// expected speakers by «|», «-» for a paragraph attributed to no one.
/// </summary>
public class SpeakerAttributionOfCausesAndDescribedSpeakersTests
{
    [Theory]
    [InlineData("ويرجع الخبير العقاري خالد المطيري هذا الارتفاع إلى أن الدولة تملك معظم الأراضي.", "خالد المطيري")]
    [InlineData("ويُرجع الخبير في الأمن الغذائي، آدم حسب الله، ذلك إلى تزامن خفض الحصص مع موسم الجفاف.", "آدم حسب الله")]
    [InlineData("وترجع الباحثة في مركز الدراسات، الدكتورة نورة العتيبي، معظم هذه الفجوة إلى أن النساء دخلن سوق العمل حديثًا.", "نورة العتيبي")]
    [InlineData("ويعزو أستاذ الاقتصاد سمير الحلبي ذلك إلى تراجع التحويلات.", "سمير الحلبي")]
    public void A_person_who_names_a_cause_is_the_speaker(string paragraph, string speaker) =>
        AssertSpeakers(paragraph, speaker);

    [Theory]
    [InlineData("فيما يعزو مجلس الجامعة التراجع الأخير إلى الهجرة وإلى الإضرابات المتكررة.", "-")]
    [InlineData("ويرجع تاريخ المبنى إلى القرن التاسع عشر.", "-")]
    [InlineData("ويعود الارتفاع إلى انتقال الطلاب، ويرجع ذلك إلى أن الأقساط صارت بالدولار.", "-")]
    public void A_body_or_a_thing_that_goes_back_to_a_cause_is_no_speaker(string paragraph, string speakers) =>
        AssertSpeakers(paragraph, speakers);

    [Theory]
    [InlineData("وتقول مريم الشمري، وهي معلمة تزوجت عام 2012 وما زالت تنتظر دورها مع زوجها وثلاثة أبناء، إنها تسكن شقة من غرفتين.", "مريم الشمري")]
    [InlineData("وتقول مريم الشمري، وهي معلمة تزوجت عام 2012 وما زالت تنتظر دورها مع زوجها وثلاثة أبناء، إنها تسكن شقة.\nوتضيف الشمري أن صديقاتها أجّلن الإنجاب.", "مريم الشمري|مريم الشمري")]
    public void A_long_description_after_the_name_still_reaches_its_that(string paragraphs, string speakers) =>
        AssertSpeakers(paragraphs, speakers);

    [Theory]
    [InlineData("وتقول نفيسة الطيب، وهي معلمة سودانية تدرّس في مخيم فرشنة منذ عامين، إن الفصل يضم مئة طفل.", "معلمة سودانية تدرس في مخيم فرشنة منذ عامين")]
    [InlineData("ويقول محمد الصالح، وهو مزارع من منطقة المكناسي، إن الموسم ضاع.", "مزارع من منطقة المكناسي")]
    public void The_description_after_the_name_is_the_role(string paragraph, string role) =>
        Assert.Equal(role, Assert.Single(Analyse(paragraph).Profiles).Role);

    [Theory]
    [InlineData("وتقول سعاد عيتاني، وهي في الثامنة والستين، إن المدرسة أغلقت.")]
    public void An_age_after_the_name_is_no_role(string paragraph) =>
        Assert.Null(Assert.Single(Analyse(paragraph).Profiles).Role);

    [Theory]
    [InlineData("وبحسب مدير البرنامج في تشاد، الهولندي ماركو فان دام، فإن المخزون لا يكفي.\nوأوضح فان دام أن الفرق بدأت توزيع النقود.", "ماركو فان دام|ماركو فان دام")]
    [InlineData("وقال المدرب الهولندي لويس فان خال، في مؤتمر صحفي، إن الفريق جاهز.", "لويس فان خال")]
    public void Van_before_a_one_word_surname_is_part_of_the_name(string paragraphs, string speakers) =>
        AssertSpeakers(paragraphs, speakers);

    [Theory]
    [InlineData("وخفض البرنامج الحصة إلى النصف، واستبعد منها نحو مئة ألف لاجئ صُنفوا \"أقل ضعفًا\".", "-")]
    public void A_preposition_with_its_pronoun_is_never_a_subject(string paragraph, string speakers) =>
        AssertSpeakers(paragraph, speakers);
}
