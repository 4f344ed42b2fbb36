namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// An interview laid out as turns: a paragraph opening «س:» or «سؤال:» is the interviewer's question, said by no one the
/// briefing quotes, and one opening «ج:» or «جواب:» is the interviewee's answer, who goes on speaking across the question.
/// </summary>
internal sealed class InterviewTurn : IAttributionRule
{
    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (v != 0 || !words[0].EndsWithColon)
        {
            return false;
        }

        switch (words[0].Folded)
        {
            case "س" or "سوال":
                found = new Attribution(AttributionKind.Question, null);
                return true;
            case "ج" or "جواب":
                found = new Attribution(AttributionKind.Continuation, null);
                return true;
            default:
                return false;
        }
    }
}
