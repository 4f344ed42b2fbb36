using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>A word of a paragraph as attribution reads it: as written (without marks), folded, and the punctuation around it.</summary>
internal sealed record Word(string Surface, string Folded, bool EndsClause, bool EndsWithComma, bool HasTanween, bool OpensQuote, bool ClosesQuote)
{
    /// <summary>«وتابع:»، «ويقول الحاج:»: what was said follows.</summary>
    public bool EndsWithColon { get; init; }

    /// <summary>A full stop, question or exclamation mark, or a semicolon ends the word.</summary>
    public bool EndsSentence { get; init; }

    /// <summary>The word stands between parentheses: an aside («ليلى (اسم مستعار)»، «سمير (52 عامًا)»), never part of a name.</summary>
    public bool InParentheses { get; init; }

    /// <summary>
    /// «لا / لو / لي» after «دي / دو / دا / ديل» in a foreign name («خوسيه مانويل دي لا فوينتي»): a word of the name, not
    /// a negation; and Dutch and German «فان / فون» before «دير / دن» inside one («يان فان دير مير»), not «فإن».
    /// </summary>
    public bool ForeignArticle { get; init; }

    /// <summary>
    /// The word was written with a shadda, a mark the surface loses: it alone tells «مصدّر» (an exporter) from «مصدر» (a
    /// source).
    /// </summary>
    public bool HasShadda { get; init; }

    /// <summary>
    /// The word's first letter, after a conjunction «و / ف», was written with a damma: «ورُوي»، «يُقال» — the passive, which the
    /// surface without marks cannot tell from «وروى».
    /// </summary>
    public bool MarkedPassive { get; init; }

    /// <summary>«أن / إن / فإن …» opening what was said; never «فان» inside a foreign name («يان فان دير مير»).</summary>
    public bool IsComplementiser => !ForeignArticle && SpeakerLexicon.IsComplementiser(Folded);

    /// <summary>
    /// Where the reporting verbs outside quotations stand, in order: a verb inside what is quoted, or carrying a quotation
    /// mark itself, reports nothing of the paragraph's speaker.
    /// </summary>
    public static IEnumerable<int> ReportingVerbsOutsideQuotations(List<Word> words)
    {
        var quoted = false;
        for (var v = 0; v < words.Count; v++)
        {
            quoted = (quoted || words[v].OpensQuote) && !words[v].ClosesQuote;
            if (!quoted && !words[v].OpensQuote && !words[v].ClosesQuote && ReportingVerbs.IsReportingVerb(words[v].Folded))
            {
                yield return v;
            }
        }
    }

    /// <summary>A paragraph's words, each with the punctuation around it read off: a clause or sentence end, a quote opened or closed.</summary>
    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        var inParentheses = false;
        foreach (var token in text.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            inParentheses |= token[0] == '(';
            var aside = inParentheses;
            inParentheses &= !token.TrimEnd('،', ',', '.', ':', '؛', ';', '!', '?', '؟').EndsWith(')');
            var surface = token.Trim('«', '»', '"', '“', '”', '(', ')', '[', ']', '\'', '،', ',', '.', ':', '؛', ';', '!', '?', '؟', '–', '-', '—', '•', '▪', '●');
            if (surface.Length == 0)
            {
                continue;
            }

            if (Abbreviation(token) is { } title)
            {
                // «د. أماني الطويل»، «م. مبارك أردول»: the full stop shortens a title and ends nothing.
                words.Add(new Word(surface, title, EndsClause: false, EndsWithComma: false, HasTanween: false, OpensQuote: false, ClosesQuote: false) { InParentheses = aside });
                continue;
            }

            var last = token[^1];
            var comma = last is '،' or ',';
            var endsClause = comma || last is '.' or ':' or '؛' or ';' or '!' or '?' or '؟' || token.Contains('“') || token.Contains('«') || token.Contains('"');
            var tanween = surface.Contains('\u064B', StringComparison.Ordinal) || surface.Contains('\u064C', StringComparison.Ordinal) || surface.Contains('\u064D', StringComparison.Ordinal);
            var opensQuote = token[0] is '"' or '«' or '“';
            var closesQuote = token.TrimEnd('،', ',', '.', ':', '؛', ';', '!', '?', '؟') is { Length: > 1 } t && t[^1] is '"' or '»' or '”';
            var medium = opensQuote && closesQuote && words.Count > 0 && words[^1].Folded == "الي" && !words[^1].EndsClause;
            if (medium)
            {
                // «في بيان أرسلته إلى "موجز"، أن»: one quoted word a statement was sent to is a medium's name, no quotation.
                (opensQuote, closesQuote) = (false, false);
                endsClause = comma || last is '.' or ':' or '؛' or ';' or '!' or '?' or '؟';
            }

            var bare = token.TrimEnd('"', '”', '»');
            var colon = bare.Length > 0 && bare[^1] == ':';
            var sentence = bare.Length > 0 && bare[^1] is '.' or '!' or '?' or '؟' or '؛' or ';';
            var folded = ArabicText.Fold(surface);
            words.Add(new Word(ArabicText.StripMarks(surface), folded, endsClause, comma && (medium || !token.Contains('"') && !token.Contains('”')), tanween, opensQuote, closesQuote)
            {
                EndsWithColon = colon,
                EndsSentence = sentence,
                HasShadda = surface.Contains('\u0651', StringComparison.Ordinal),
                MarkedPassive = DammaOnFirstLetter(surface),
                InParentheses = aside,
                ForeignArticle = folded is "لا" or "لو" or "لي" or "لوس" or "لاس" && words.Count > 0 && !words[^1].EndsClause && words[^1].Folded is "دي" or "دو" or "دا" or "ديل",
            });
        }

        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (IsForeignVan(words, i))
            {
                words[i] = words[i] with { ForeignArticle = true };
            }
        }

        return words;
    }

    private static bool DammaOnFirstLetter(string surface)
    {
        var first = surface.Length > 2 && surface[0] is 'و' or 'ف' && surface[1] != '\u064F' ? 1 : 0;
        return surface.Length > first + 1 && surface[first + 1] == '\u064F';
    }

    /// <summary>The particles that follow «فان / فون» in Dutch and German names («فان دير»، «فان دن»، «فون دير»).</summary>
    private static readonly HashSet<string> AfterVan = new(StringComparer.Ordinal) { "دير", "در", "دن", "دي", "ده", "تن" };

    /// <summary>
    /// «فان» written without the hamza of «فإن», after a word with no article and nothing closing it, before «دير / دن …»:
    /// a particle of the name («يان فان دير مير»). «وبحسب الوزير فان عدد …» is «فإن». So is «فان / فون» before a single
    /// word that closes the name, at a comma or right before «أن» («ماركو فان دام،»، «وأوضح فان دام أن»، «لويس فان خال،»):
    /// «فإن» opens a clause that goes on, it is not closed one word later.
    /// </summary>
    private static bool IsForeignVan(List<Word> words, int i)
    {
        var (before, van, next) = (words[i - 1], words[i], words[i + 1]);
        if (van.Surface is not ("فان" or "فون") || van.EndsClause || before.EndsClause || before.Folded.StartsWith("ال", StringComparison.Ordinal) || next.OpensQuote)
        {
            return false;
        }

        return AfterVan.Contains(next.Folded)
            || !next.Folded.StartsWith("ال", StringComparison.Ordinal) && !next.HasTanween && !next.ClosesQuote
                && (next.EndsWithComma || !next.EndsClause && i + 2 < words.Count && words[i + 2].Folded is "ان" or "انه" or "انها" && !words[i + 2].Surface.StartsWith('آ'));
    }

    /// <summary>The title a one-letter abbreviation stands for («د.» doctor, «م.» engineer, «أ.» professor), folded; null for any other token.</summary>
    private static string? Abbreviation(string token) => token switch
    {
        "د." => "دكتور",
        "م." => "مهندس",
        "أ." or "ا." or "أ.د." or "ا.د." => "استاذ",
        _ => null,
    };
}
