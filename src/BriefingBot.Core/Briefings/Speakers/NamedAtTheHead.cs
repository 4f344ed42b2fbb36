namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// A portrait: the paragraph opens with a person's name and what they are («سمير الحاج، مزارع من الجنوب في الأربعين من
/// عمره، عاد من ألمانيا …»), and a later sentence opens with a bare reporting verb («يقول: «…»»، «ويضيف أن …»): that
/// person is speaking.
/// </summary>
internal sealed class NamedAtTheHead : IAttributionRule
{
    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        var verb = words[v].Folded;
        if (!first || v < 3 || !words[v - 1].EndsSentence || !ReportingVerbs.IsReportingVerb(verb) || !Bare(words, v) || HeadName(words) is not { } head)
        {
            return false;
        }

        var name = string.Join(' ', words.Take(head).Select(w => w.Surface));
        found = new Attribution(AttributionKind.Named, name) { Role = words[head].Surface, Feminine = ReportingVerbs.IsFeminine(verb), GenderShown = true };
        return true;
    }

    /// <summary>The verb has no subject of its own: what was said follows it («يقول: …»، «ويضيف أن …»).</summary>
    private static bool Bare(List<Word> words, int v) =>
        words[v].EndsWithColon || v + 1 < words.Count && words[v + 1].IsComplementiser;

    /// <summary>How many words the name opening the paragraph has, when a comma closes it and a title or occupation follows; null otherwise.</summary>
    private static int? HeadName(List<Word> words)
    {
        for (var n = 2; n <= BriefingLimits.MaxSpeakerWords && n < words.Count; n++)
        {
            var w = words[n - 1];
            var nameWord = SubjectWords.IsPlainName(w) || SpeakerLexicon.IsParticle(w.Folded) || SubjectWords.HasArticle(w);
            if (!nameWord || w.InParentheses || SpeakerLexicon.IsTitle(w.Folded) || SpeakerLexicon.IsPreposition(w.Surface))
            {
                return null;
            }

            if (w.EndsClause)
            {
                return w.EndsWithComma && SpeakerLexicon.IsTitle(words[n].Folded) ? n : null;
            }
        }

        return null;
    }
}
