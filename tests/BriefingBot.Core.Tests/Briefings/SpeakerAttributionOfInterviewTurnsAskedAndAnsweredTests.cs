using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// An interview written in turns with no verb: the newsroom's question, unquoted, and the answer quoted bare after it in
/// the same paragraph. The answer is the interviewee's, as a paragraph that is one quotation goes on with its speaker;
/// a question followed by narration, or a quote that is not the whole rest, stays no one's.
/// </summary>
public class SpeakerAttributionOfInterviewTurnsAskedAndAnsweredTests
{
    private const string Introduction = "وفي حوار مع الموجز، سألنا الباحثة في اقتصاد الطاقة، هدى الساعدي، عن كلفة الحرق، فقالت إن العراق \"يحرق ثروته مرتين\".";

    [Fact]
    public void A_question_then_a_bare_quotation_is_the_interviewees_answer() =>
        AttributionCases.AssertSpeakers(
            Introduction + "\nكم يخسر العراق من حرق الغاز؟ «نحرق كل عام ما يعادل أربعة مليارات دولار».",
            "هدى الساعدي|هدى الساعدي");

    [Fact]
    public void A_question_then_narration_is_no_ones() =>
        AttributionCases.AssertSpeakers(
            Introduction + "\nكم يخسر العراق من حرق الغاز؟ تقدّر الحكومة الخسارة بمليار دولار.",
            "هدى الساعدي|-");

    [Fact]
    public void A_quoted_question_then_a_quotation_is_not_read_as_a_turn() =>
        AttributionCases.AssertSpeakers(
            Introduction + "\n«هل نخسر؟» سؤال يتردد، و«نعم» جواب الجميع.",
            "هدى الساعدي|-");
}
