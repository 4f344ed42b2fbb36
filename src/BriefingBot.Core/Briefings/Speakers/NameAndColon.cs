using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// A transcript's turn: a paragraph opening with a name and a colon («الحسيني: لا أحد يريد الحرب»، «منى الشريف: …»). A
/// heading-like opening («الخلاصة:»، «ملاحظة مهمة:») has the same shape, so the name must be someone already quoted, or a
/// name of two words or more that an earlier paragraph of the section wrote («وجمعت الندوة الباحثة منى الشريف …»).
/// A vox-pop or a panel gives each voice a line of its own, the person with a role and a colon before the quotation
/// («- نجاة القماطي، معلّمة في مدرسة بمصراتة: "…"»، «المحللة السياسية فاطمة الحاسي: "…"»): a titled name read there
/// is the speaker, met before or not; a label before a quotation («الخلاصة: "…"»، «شعار المحتجين: "…"») has no role and
/// name, and stays no one.
/// </summary>
internal sealed class NameAndColon : IAttributionRule
{
    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (v != 0)
        {
            return false;
        }

        if (NameEnd(words) is not { } colon)
        {
            found = PersonBeforeQuotation(paragraph);
            return found is not null;
        }

        var name = string.Join(' ', words.Take(colon + 1).Select(w => w.Surface));
        if (colon == 0)
        {
            found = new Attribution(AttributionKind.Surname, name);
            return true;
        }

        var written = paragraph.MentionedEarlier(string.Join(' ', words.Take(colon + 1).Select(w => w.Folded)));
        // «عمر الككلي: "…"»: a given name the lexicon knows opening a name of two words or more, the quotation right after
        // the colon, is a vox-pop's voice met for the first time.
        var voice = SpeakerLexicon.IsGivenName(words[0].Folded) && colon + 1 < words.Count && words[colon + 1].OpensQuote;
        found = new Attribution(AttributionKind.Named, name) { Unclosed = !written && !voice };
        return true;
    }

    /// <summary>The longest opening, with a role, before the colon that introduces a quotation («سائق أجرة في مصراتة:»).</summary>
    private const int MaxWordsBeforeQuotation = 16;

    /// <summary>A titled person or a name with its role in apposition, then a colon right before a quotation; else null.</summary>
    private static Attribution? PersonBeforeQuotation(Paragraph paragraph)
    {
        var words = paragraph.Words;
        var colon = words.FindIndex(w => w.EndsWithColon || w.EndsSentence || w.OpensQuote || w.ClosesQuote);
        // «ولا يكاد زائر يسأل عن سعر الطقم حتى تعيده …: "…"»: a paragraph opened by a particle of the verb is narration.
        if (colon < 1 || SubjectReader.IsVerbParticle(words[0].Folded) || colon > MaxWordsBeforeQuotation || colon + 1 >= words.Count || !words[colon].EndsWithColon || !words[colon + 1].OpensQuote)
        {
            return null;
        }

        // Read as the subject of a verb that shows no gender («بحسب …»): the title does.
        var subject = SubjectUpTo.Read(paragraph, 0, colon + 1, verb: null);
        return subject is { Kind: AttributionKind.Named, Role: not null, Office: false, Unclosed: false, Name: { } name } && ArabicText.FoldedWords(name).Count >= 2
            ? subject
            : null;
    }

    /// <summary>The word that ends the name with its colon, when the paragraph opens with name words only up to it and says something after it.</summary>
    private static int? NameEnd(List<Word> words)
    {
        for (var k = 0; k < words.Count - 1 && k < BriefingLimits.MaxSpeakerWords; k++)
        {
            var w = words[k];
            var nameWord = SubjectWords.IsPlainName(w) || SubjectWords.HasArticle(w) && !SpeakerLexicon.IsTitle(w.Folded) || SpeakerLexicon.IsParticle(w.Folded);
            // «ويبتسم وهو يطوي القماش: "…"»: a personal pronoun opens a clause of circumstance; no name holds one.
            if (!nameWord || SpeakerLexicon.IsTitle(w.Folded) || w.OpensQuote || GluedPreposition(w.Folded) || w.Folded is "وهو" or "وهي" or "هو" or "هي")
            {
                return null;
            }

            if (w.EndsWithColon)
            {
                return k;
            }

            if (w.EndsClause)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A preposition glued to the article is no name word («بالعبرية:»، «للمرة»): the colon gives a gloss, not a speaker.</summary>
    private static bool GluedPreposition(string folded) =>
        folded.Length > 4 && (folded.StartsWith("لل", StringComparison.Ordinal) || folded[0] is 'ب' or 'ك' or 'ف' && folded.AsSpan(1).StartsWith("ال", StringComparison.Ordinal));
}
