namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «ومضى قائلًا إن»، «وأنهى حديثه بالقول إن»: a verb of going on with «قائلًا / بالقول» continues the speaker. So does a
/// verb of what the speaker does as they speak, with no subject but the pronoun of a clause of circumstance, closed by a
/// colon before the quotation: «ويضحك وهو يشير إلى الدواسة: "…"»، «وتبتسم وهي تطوي القماش: "…"». Feature writing shows
/// the person at work between two of their sentences; what follows the colon is still theirs.
/// </summary>
internal sealed class GoingOnSaying : IAttributionRule
{
    /// <summary>The longest clause of circumstance stepped over before the colon («وهو يشير إلى نافذة زرقاء رسمها فوق باب جاره»).</summary>
    private const int MaxCircumstanceWords = 12;

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (!ClauseHead.OnlyLeadInsBefore(words, v))
        {
            return false;
        }

        if (SaysAfter(words, v))
        {
            found = new Attribution(AttributionKind.Continuation, null);
            return true;
        }

        if (first && WhileDoingBeforeQuote(words, v) is { } feminine)
        {
            found = new Attribution(AttributionKind.Continuation, null) { Feminine = feminine, GenderShown = true };
            return true;
        }

        return false;
    }

    /// <summary>
    /// «ويضحك وهو يشير …: "…"»: a present verb with «و» (or after «ثم»), «وهو / وهي» right after it, and within the clause
    /// a colon followed by a quotation; the gender of the pronoun, or null when the paragraph does not open so.
    /// </summary>
    private static bool? WhileDoingBeforeQuote(List<Word> words, int v)
    {
        var f = words[v].Folded;
        var present = f.Length >= 4 && f[0] is 'و' or 'ف' && f[1] is 'ي' or 'ت' || v > 0 && f.Length >= 3 && f[0] is 'ي' or 'ت';
        if (!present || words[v].EndsClause || SpeakerLexicon.HasArticle(f) || v + 2 >= words.Count || words[v + 1].Folded is not ("وهو" or "وهي"))
        {
            return null;
        }

        for (var k = v + 1; k < words.Count - 1 && k <= v + 1 + MaxCircumstanceWords; k++)
        {
            if (words[k].OpensQuote || words[k].EndsSentence || words[k].IsComplementiser)
            {
                return null;
            }

            if (words[k].EndsWithColon)
            {
                return words[k + 1].OpensQuote ? words[v + 1].Folded == "وهي" : null;
            }
        }

        return null;
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
