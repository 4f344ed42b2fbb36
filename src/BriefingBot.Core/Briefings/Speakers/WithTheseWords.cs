using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «"لم نعد نتحدث عن موسم سيئ". بهذه العبارة افتتح المندوب … منير الخماخم ندوته»: after a quote, «بهذه العبارة /
/// الكلمات / الجملة» and a verb of any kind («افتتح»، «ختم»، «لخّص»، «استقبلنا») name who said it, as a reporting verb
/// would. The press writes this whatever the verb; only the verbs that report by themselves were read before.
/// </summary>
internal sealed class WithTheseWords : IAttributionRule
{
    /// <summary>What «بهذه / بهذا» points back to: the words just quoted.</summary>
    private static readonly HashSet<string> Utterances = new(StringComparer.Ordinal)
    {
        "العباره", "العبارات", "الكلمات", "الكلمه", "الجمله", "الجمل", "الكلام",
    };

    /// <summary>
    /// «الرجل»، «المرأة»: a person named by what they are, the one the quote before was given to, never a name («يلخص الرجل
    /// حال بستانه» is no one called «حال بستانه»). True for a woman.
    /// </summary>
    private static readonly Dictionary<string, bool> ThePerson = new(StringComparer.Ordinal)
    {
        ["الرجل"] = false,
        ["الشاب"] = false,
        ["العجوز"] = false,
        ["المراه"] = true,
        ["السيده"] = true,
        ["الشابه"] = true,
    };

    /// <summary>
    /// Whether a paragraph opens with «بهذه العبارة / الكلمات …»: it names who said the quotation the paragraph before it
    /// is made of («"المدينة العتيقة ليست معرضًا مفتوحًا"» / «بهذه العبارة تختصر نادية الصنهاجي …»).
    /// </summary>
    public static bool OpensParagraph(string text) =>
        ArabicText.FoldedWords(text) is [var these, var words, ..] && these is "بهذه" or "وبهذه" or "بهذا" or "وبهذا" && Utterances.Contains(words);

    /// <summary>Whether word <paramref name="k"/> closes «بهذه العبارة / الكلمات»: the word after it is the verb, never a name.</summary>
    public static bool ClosesPointingBack(List<Word> words, int k) =>
        k >= 1 && Utterances.Contains(words[k].Folded) && words[k - 1].Folded is "بهذه" or "وبهذه" or "بهذا" or "وبهذا";

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (v == 2 && first && v + 1 < words.Count && words[0].Folded is "بهذه" or "وبهذه" or "بهذا" or "وبهذا" && Utterances.Contains(words[1].Folded)
            && ThePerson.TryGetValue(words[v + 1].Folded, out var feminine))
        {
            // «بهذه العبارة يلخص الرجل حال بستانه» after a quote-only paragraph: the man is the one just quoted.
            found = new Attribution(AttributionKind.Continuation, null) { Feminine = feminine, GenderShown = true };
            return true;
        }

        // «"…"، بهذه الكلمات يلخص …»، or opening the paragraph right after a quotation of its own («"…".» / «بهذه العبارة تختصر …»).
        var afterQuote = v >= 3 && words[v - 3].ClosesQuote || v == 2 && first;
        if (v < 2 || v + 1 >= words.Count || !afterQuote
            || words[v - 2].Folded is not ("بهذه" or "وبهذه" or "بهذا" or "وبهذا") || !Utterances.Contains(words[v - 1].Folded))
        {
            return false;
        }

        var subject = new SubjectReader(words, v + 1, paragraph.CommonNouns, words[v].Folded, QuoteFirst: true).Read();
        if (subject.Kind != AttributionKind.Named)
        {
            subject = NameClosedByComma(words, v + 1, words[v].Folded) ?? subject;
        }

        if (subject.Kind != AttributionKind.Named)
        {
            return false;
        }

        found = subject;
        return true;
    }

    /// <summary>
    /// «بهذه الكلمات يلخص عبد الرحيم آيت الطالب، وهو صائغ …، حال السوق»: after the words just quoted, the verb's subject
    /// comes first, so name words right after it, closed by a comma, are who said them, titled or not; null otherwise.
    /// </summary>
    private static Attribution? NameClosedByComma(List<Word> words, int from, string verb)
    {
        for (var k = from; k < words.Count && k - from < BriefingLimits.MaxSpeakerWords; k++)
        {
            var w = words[k];
            if (!SubjectWords.IsPlainName(w) || SpeakerLexicon.IsTitle(w.Folded) || SpeakerLexicon.IsPreposition(w.Surface) || w.OpensQuote
                || k == from && SubjectWords.HasArticle(w))
            {
                return null;
            }

            if (w.EndsWithComma)
            {
                return k > from
                    ? new Attribution(AttributionKind.Named, string.Join(' ', words.Skip(from).Take(k - from + 1).Select(x => x.Surface)))
                    {
                        Feminine = ReportingVerbs.IsFeminine(verb),
                        GenderShown = true,
                    }
                    : null;
            }

            if (w.EndsClause)
            {
                return null;
            }
        }

        return null;
    }
}
