using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Finds who each paragraph quotes. A reporting verb followed by a name («يقول الخبير … أندريه بولياكوف إن»)
/// names the speaker; a paragraph that opens with a bare reporting verb («ويضيف أن …») continues the
/// previous speaker within the same section. Collective sources («مراقبون»، «مصادر») end the run unnamed.
/// </summary>
public sealed class SpeakerAttributor
{
    /// <summary>Words that introduce the reported content; the name stands right before one of them.</summary>
    private static readonly HashSet<string> Complementisers = new(StringComparer.Ordinal)
    {
        "ان", "بان", "لان", "الي", "عن", "ب", "في", "خلال", "لـ", "ل", "انه", "انها", "انهم", "بانه", "بانها",
    };

    /// <summary>Words that may sit between the verb and the name without being part of it.</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "في", "من", "لدي", "لدى", "بـ", "ب", "عن", "مع", "و", "على", "علي",
    };

    /// <summary>Nouns that take the next word as their complement («مركز ستراتفور»), so that word is no name.</summary>
    private static readonly HashSet<string> InstitutionNouns = new(StringComparer.Ordinal)
    {
        "مركز", "معهد", "جامعه", "موسسه", "صحيفه", "وكاله", "مجله", "قناه", "وزاره", "مجلس", "حزب", "منظمه", "تصريح", "حديث", "مقابله", "مقال", "شوون", "كليه", "بنك", "صندوق",
    };

    /// <summary>Collective or anonymous sources: attributed, but to nobody in particular.</summary>
    private static readonly HashSet<string> CollectiveSources = new(StringComparer.Ordinal)
    {
        "مراقبون", "مراقبين", "محللون", "محللين", "مصادر", "خبراء", "مسوولون", "مسوولين", "دبلوماسيون", "تقارير", "اوساط", "متابعون", "باحثون", "البعض", "بعضهم", "كثيرون", "مختصون", "خبير", "محلل", "مصدر", "تقرير",
    };

    private static readonly HashSet<string> Adjectives = new(StringComparer.Ordinal)
    {
        "خاص", "خاصه", "صحفي", "صحفيه", "سابق", "سابقه", "اخر", "اخري", "مطول", "مطوله", "اليوم", "امس", "ايضا", "كذلك",
    };

    private const int Window = 16;

    public IReadOnlyList<string?> Attribute(IReadOnlyList<(string? Section, string Text)> paragraphs)
    {
        var result = new string?[paragraphs.Count];
        var known = new List<string>();
        string? current = null;
        string? currentSection = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (section, text) = paragraphs[i];
            if (!Equals(section, currentSection))
            {
                current = null;
                currentSection = section;
            }

            var found = FindAttribution(text);
            switch (found.Kind)
            {
                case AttributionKind.Named:
                    current = Canonical(found.Name!, known);
                    result[i] = current;
                    break;
                case AttributionKind.Continuation:
                    result[i] = current;
                    break;
                case AttributionKind.Collective:
                    current = null;
                    break;
                default:
                    // A paragraph without a reporting verb is narration: it breaks the speaker's run.
                    current = null;
                    break;
            }
        }

        return result;
    }

    /// <summary>Maps a later short mention («بولياكوف») to the full name first seen («أندريه بولياكوف»).</summary>
    private static string Canonical(string name, List<string> known)
    {
        var folded = ArabicText.FoldedWords(name);
        foreach (var k in known)
        {
            var kf = ArabicText.FoldedWords(k);
            if (folded.All(w => kf.Contains(w)) || kf.All(w => folded.Contains(w)))
            {
                return kf.Count >= folded.Count ? k : Replace(known, k, name);
            }
        }

        known.Add(name);
        return name;
    }

    private static string Replace(List<string> known, string old, string longer)
    {
        known[known.IndexOf(old)] = longer;
        return longer;
    }

    internal static Attribution FindAttribution(string text)
    {
        var words = Words(text);
        for (var v = 0; v < words.Count; v++)
        {
            if (!ReportingVerbs.IsReportingVerb(words[v].Folded))
            {
                continue;
            }

            var attribution = ReadSubject(words, v + 1);
            if (attribution.Kind != AttributionKind.None)
            {
                // A bare verb only continues the previous speaker when it opens the paragraph.
                if (attribution.Kind == AttributionKind.Continuation && v > 0)
                {
                    continue;
                }

                return attribution;
            }
        }

        return Attribution.None;
    }

    private static Attribution ReadSubject(List<Word> words, int from)
    {
        if (from >= words.Count)
        {
            return Attribution.None;
        }

        if (Complementisers.Contains(words[from].Folded))
        {
            return new Attribution(AttributionKind.Continuation, null);
        }

        var run = new List<Word>();
        List<Word>? lastRun = null;
        var skipNext = false;
        for (var i = from; i < words.Count && i < from + Window; i++)
        {
            var w = words[i];
            if (CollectiveSources.Contains(w.Folded) && run.Count == 0 && lastRun is null)
            {
                return new Attribution(AttributionKind.Collective, null);
            }

            var endsClause = w.EndsClause;
            if (Complementisers.Contains(w.Folded) && !(w.Folded == "في" && lastRun is null && run.Count == 0))
            {
                if (run.Count > 0)
                {
                    lastRun = run;
                }

                break;
            }

            if (skipNext)
            {
                skipNext = false;
                if (!endsClause)
                {
                    continue;
                }
            }
            else if (IsNameWord(w))
            {
                run.Add(w);
            }
            else
            {
                if (run.Count > 0)
                {
                    lastRun = run;
                    run = [];
                }

                skipNext = InstitutionNouns.Contains(w.Folded) || InstitutionNouns.Contains(StripArticle(w.Folded));
            }

            if (endsClause)
            {
                if (run.Count > 0)
                {
                    lastRun = run;
                }

                break;
            }
        }

        if (lastRun is null || lastRun.Count == 0)
        {
            return Attribution.None;
        }

        var name = lastRun.Count > 4 ? lastRun[^4..] : lastRun;
        return new Attribution(AttributionKind.Named, string.Join(' ', name.Select(n => n.Surface)));
    }

    private static bool IsNameWord(Word w) =>
        w.Folded.Length is >= 2 and <= BriefingLimits.MaxSpeakerWordLength
        && !w.Folded.StartsWith("ال", StringComparison.Ordinal)
        && !Connectors.Contains(w.Folded)
        && !Adjectives.Contains(w.Folded)
        && !InstitutionNouns.Contains(w.Folded)
        && !CollectiveSources.Contains(w.Folded)
        && !ReportingVerbs.IsReportingVerb(w.Folded)
        && w.Folded.All(c => ArabicText.IsArabicLetter(c) || char.IsLetter(c));

    private static string StripArticle(string folded) =>
        folded.StartsWith("ال", StringComparison.Ordinal) ? folded[2..] : folded;

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        foreach (var token in text.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var surface = token.Trim('«', '»', '"', '“', '”', '(', ')', '[', ']', '\'', '،', ',', '.', ':', '؛', ';', '!', '?', '؟', '–', '-', '—');
            if (surface.Length == 0)
            {
                continue;
            }

            var last = token[^1];
            var endsClause = last is '،' or ',' or '.' or ':' or '؛' or ';' or '!' or '?' or '؟' || token.Contains('“') || token.Contains('«');
            words.Add(new Word(ArabicText.StripMarks(surface), ArabicText.Fold(surface), endsClause));
        }

        return words;
    }

    private sealed record Word(string Surface, string Folded, bool EndsClause);

    internal enum AttributionKind
    {
        None,
        Named,
        Continuation,
        Collective,
    }

    internal sealed record Attribution(AttributionKind Kind, string? Name)
    {
        public static readonly Attribution None = new(AttributionKind.None, null);
    }
}
