using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A verb's object written right after the speaker («وتقترح البوسعيدية فرض رسم»، «ويطالب … المطيري بوضع سقف»، «تحدث …
/// عن …»), and an interview whose interviewee the narration introduces before the «س: / ج:» turns. Each case is one
/// section: paragraphs separated by a newline, the speakers of each by «|».
/// </summary>
public class SpeakerAttributionOfVerbObjectsAndInterviewsTests
{
    [Theory]
    [InlineData("قالت النائبة منى الراشدية إن القانون عادل.\nوتقترح الراشدية فرض رسم على الأراضي البيضاء.", "منى الراشدية|منى الراشدية")]
    [InlineData("قال الخبير سامي الناير إن الدين مرتفع.\nويطالب الناير بخفض الإنفاق الحكومي.", "سامي الناير|سامي الناير")]
    [InlineData("قالت الخبيرة ليلى الحداد إن السوق هادئ.\nوتنصح الحداد المستثمرين بالتريث.", "ليلى الحداد|ليلى الحداد")]
    [InlineData("قالت الدكتورة شيخة الصباح إن الدين منخفض.\nوتقترح الصباح إنشاء هيئة مستقلة لإدارة الدين.", "شيخة الصباح|شيخة الصباح")]
    public void A_surname_already_met_before_the_verbs_object_is_that_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("قال الوزير أحمد الكعبي إن العجز تراجع.\nوتقترح الحكومة فرض ضريبة جديدة.", "أحمد الكعبي|-")]
    [InlineData("ويقترح المشروع إنشاء هيئة مستقلة.", "-")]
    public void A_noun_no_speaker_was_named_by_before_the_verbs_object_is_no_one(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("ويطالب النائب السابق سالم العنزي بوضع حد للهدر.", "سالم العنزي")]
    [InlineData("ويطالب الناشط فهد العازمي بنشر تقرير سنوي عن الإنفاق.", "فهد العازمي")]
    public void A_verbal_noun_under_ba_after_the_name_is_the_verbs_object_not_the_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Fact]
    public void A_verbal_noun_under_ba_after_an_apposed_name_is_no_part_of_the_role()
    {
        var profile = Assert.Single(AttributionCases.Analyse("ويطالب عضو المجلس عن ولاية السيب، إبراهيم البلوشي، بنشر تقرير سنوي مفصل عن الإنفاق.").Profiles);

        Assert.Equal("إبراهيم البلوشي", profile.Name);
        Assert.Equal("عضو المجلس عن ولاية السيب", profile.Role);
    }

    [Theory]
    [InlineData("\"الاقتراض أرخص من بيع الأصول\"، قال المتحدث الرسمي باسم الحكومة فهد الرشيدي، في ختام اجتماع مجلس الوزراء الأسبوعي.", "المتحدث الرسمي باسم الحكومة")]
    [InlineData("وقالت وزيرة المالية، هند العتيبي، في لقاء مع رؤساء تحرير الصحف، إن الحكومة لن تقترض للرواتب.", "وزيرة المالية")]
    public void The_occasion_told_after_the_name_is_no_part_of_the_role(string paragraph, string role) =>
        Assert.Equal(role, Assert.Single(AttributionCases.Analyse(paragraph).Profiles).Role);

    [Fact]
    public void An_interviewee_introduced_after_a_role_keeps_the_role()
    {
        var profile = Assert.Single(AttributionCases.Analyse("وفي حوار أجرته الصحيفة مع رائد الأعمال سعيد المعمري، مؤسس شركة ناشئة، سألناه عن الضريبة.\nس: هل ستدفع الضريبة؟\nج: لا، دخلي أقل من الحد.").Profiles);

        Assert.Equal("سعيد المعمري", profile.Name);
        Assert.Equal("رائد الأعمال", profile.Role);
    }

    [Theory]
    [InlineData("وفي مقابلة مع قناة محلية، تحدث الخبير النفطي ناصر العجمي عن علاقة الموازنة بأسعار النفط.", "ناصر العجمي")]
    [InlineData("وأعرب وزير الخارجية فيصل الحمد عن قلقه من التصعيد.", "فيصل الحمد")]
    public void An_after_the_name_opens_what_the_speaker_spoke_of(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وفي حوار مع الباحثة سلمى العبري، سألناها عن مستقبل الضرائب.\nس: هل تتوقعين ضرائب جديدة؟\nج: نعم، خلال سنوات قليلة.", "-|-|سلمى العبري")]
    [InlineData("وفي حوار أجرته الصحيفة مع رائد الأعمال سعيد المعمري، مؤسس شركة ناشئة، سألناه عن الضريبة.\nس: هل ستدفع الضريبة؟\nج: لا، دخلي أقل من الحد.\nس: وما الذي يقلقك؟\nج: أن تتغير القواعد كل عام.", "-|-|سعيد المعمري|-|سعيد المعمري")]
    public void The_answers_of_an_interview_are_the_interviewee_the_narration_introduced(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);
}
