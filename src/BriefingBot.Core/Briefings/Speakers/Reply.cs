namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>«وردّ عليه النائب وليد صعب قائلًا إن»، «واتفق معه الخبير …، إذ قال إن»: who replies follows the pronoun.</summary>
internal sealed class Reply : IAttributionRule
{
    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        var folded = words[v].Folded;
        found = null;
        if (!ReportingVerbs.IsReplying(folded) || v + 2 >= words.Count || !ReportingVerbs.ObjectOfReply(folded, words[v + 1].Folded))
        {
            return false;
        }

        var reply = new SubjectReader(words, v + 2, paragraph.CommonNouns, folded).Read();
        found = reply.Kind is AttributionKind.Named or AttributionKind.Surname or AttributionKind.TitleOnly && !(first && reply.Unclosed) ? reply : null;
        return true;
    }
}
