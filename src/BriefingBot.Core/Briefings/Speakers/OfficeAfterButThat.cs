namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «غير أن متحدثًا باسم الهيئة العامة لحماية الشواطئ، طلب عدم ذكر اسمه، أوضح أن»، «إلا أن المتحدث باسم الوزارة أكد أن»: an
/// office holder not named, fronted after «غير أن / إلا أن / بيد أن» (in the accusative «متحدثًا» when indefinite), is the
/// speaker under that title as after «قال متحدث باسم …». A fronted subject was read only for a named person, so the
/// paragraph went to no one. One aside set off by commas may stand between the office and its verb; only an office counts.
/// </summary>
internal sealed class OfficeAfterButThat : IAttributionRule
{
    /// <summary>The most words from «أن» to the verb: the office, the body it speaks for, and an aside.</summary>
    private const int MaxSubjectWords = 20;

    private static readonly Word That = new("أن", "ان", EndsClause: false, EndsWithComma: false, HasTanween: false, OpensQuote: false, ClosesQuote: false);

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (v == 0 || words[v].Folded != "ان" || words[v - 1].Folded is not ("غير" or "الا" or "بيد") || v + 2 >= words.Count
            || !SpeakerLexicon.IsOfficeTitle(Indefinite(words[v + 1]).Folded) || VerbBeforeThat(words, v) is not (var verb, var subjectEnd))
        {
            return false;
        }

        // The subject read as after «قال»: the office in the nominative, up to its aside, then «أن».
        var clause = words.Take(subjectEnd).Append(That).ToList();
        clause[v + 1] = Indefinite(words[v + 1]);
        var subject = new SubjectReader(clause, v + 1, paragraph.CommonNouns, words[verb].Folded).Read();
        found = subject is { Kind: AttributionKind.Named, Office: true } ? subject : null;
        return found is not null;
    }

    /// <summary>«متحدثًا» as «متحدث»: the accusative alif of an indefinite title after «أن» is no part of it.</summary>
    private static Word Indefinite(Word w) =>
        w.Folded.Length > 3 && w.Folded[^1] == 'ا' && w.HasTanween ? w with { Surface = w.Surface.TrimEnd('ا', 'ً'), Folded = w.Folded[..^1] } : w;

    /// <summary>
    /// The first reporting verb after «أن», not joined by «و», with «أن / إن» right after it, and where the subject before it
    /// ends (at the comma that opens an aside, or at the verb); null when a sentence ends first or none stands within reach.
    /// </summary>
    private static (int Verb, int SubjectEnd)? VerbBeforeThat(List<Word> words, int v)
    {
        int? firstComma = null;
        var commas = 0;
        for (var k = v + 2; k < words.Count - 1 && k <= v + MaxSubjectWords; k++)
        {
            var w = words[k];
            // «، طلب عدم ذكر اسمه،»: a verb inside the aside is the aside's.
            if (ReportingVerbs.IsReportingVerb(w.Folded) && commas != 1)
            {
                return words[k + 1].IsComplementiser && !w.EndsClause ? (k, firstComma is { } c ? c + 1 : k) : null;
            }

            if (w.IsComplementiser || w.OpensQuote || w.EndsSentence)
            {
                return null;
            }

            if (w.EndsWithComma)
            {
                firstComma ??= k;
                commas++;
            }
        }

        return null;
    }
}
