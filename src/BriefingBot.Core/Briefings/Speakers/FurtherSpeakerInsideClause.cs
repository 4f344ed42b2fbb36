namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// A further speaker's verb opens a clause of its own («…، بينما رأى»، «. وردّ عليه»): inside a clause a verb's form is
/// too often another word («وبين» is «and between»), so there only a titled subject of its own before a bare verb counts
/// («…، غير أن الخبير الاقتصادي هاني توفيق رأى أن»).
/// </summary>
internal sealed class FurtherSpeakerInsideClause : IAttributionRule
{
    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        if (first || ClauseHead.Opens(words, v))
        {
            found = null;
            return false;
        }

        found = ReportingVerbs.IsReportingVerb(words[v].Folded) && v + 1 < words.Count && words[v + 1].IsComplementiser
            ? FrontedSubject.Before(words, v, paragraph.CommonNouns, words[v].Folded)
            : null;
        return true;
    }
}
