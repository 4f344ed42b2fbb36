namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>«ومضى قائلًا إن»، «وأنهى حديثه بالقول إن»: a verb of going on with «قائلًا / بالقول» continues the speaker.</summary>
internal sealed class GoingOnSaying : IAttributionRule
{
    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (!ClauseHead.OnlyLeadInsBefore(words, v) || !SaysAfter(words, v))
        {
            return false;
        }

        found = new Attribution(AttributionKind.Continuation, null);
        return true;
    }

    /// <summary>A word with «و» or «ف» opening the paragraph, followed (perhaps after «حديثه») by «قائلًا» or «بالقول».</summary>
    private static bool SaysAfter(List<Word> words, int v)
    {
        var f = words[v].Folded;
        if (f.Length < 3 || f[0] is not ('و' or 'ف') || SpeakerLexicon.IsCollective(f))
        {
            return false;
        }

        return v + 1 < words.Count && ReportingVerbs.IsSaying(words[v + 1].Folded)
            || v + 2 < words.Count && SpeakerLexicon.StartsContinuation(words[v + 1].Folded) && ReportingVerbs.IsSaying(words[v + 2].Folded);
    }
}
