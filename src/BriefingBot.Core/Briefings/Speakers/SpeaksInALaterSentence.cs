using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «في بيتها بمحلة الجمعية، تخيط نوال حسين، المعروفة بأم علي، سلالًا … . قالت إنها تعلمت ذلك من حماتها»، «تجلس شيخة
/// بنت سالم الكندية أمام دولاب … . تقول شيخة إن»، «ويتسلق عمر قاسمي … الجذوع … . ويقول إنه»: a feature narrates a person
/// in a sentence of its own, then lets them speak in a later sentence of the same paragraph, by a bare reporting verb or
/// by a shorter mention of the name. That verb has no subject of its own (or one only the narration explains), so it is
/// the person the narration named, when no one else is named between.
/// </summary>
internal static class SpeaksInALaterSentence
{
    /// <summary>
    /// The person narrated before the first sentence (not the paragraph's first) that opens with a reporting verb and
    /// «أن / إن», right away or after one word that mentions that person; null when there is no such sentence, it names
    /// someone else, or the narration names no one.
    /// </summary>
    public static Attribution? Introduced(Paragraph paragraph)
    {
        var words = paragraph.Words;
        var inQuote = false;
        for (var v = 1; v + 1 < words.Count; v++)
        {
            var before = words[v - 1];
            inQuote = (inQuote || before.OpensQuote) && !before.ClosesQuote;

            // A sentence inside a quotation is what someone said, not the narration's next sentence.
            if (inQuote || !before.EndsSentence)
            {
                continue;
            }

            if (!ReportingVerbs.IsReportingVerb(words[v].Folded))
            {
                // «يجلس رامي حجازي … . وقد ترك رامي دراسة الهندسة …، ويقول إنه»، «… . ويعرفه أهل السوق باسم "أبو خليل"، ويقول
                // إنه»: the later sentence goes on narrating and joins the reporting verb to it, still the narrated person's.
                if (SaysLaterInTheSentence.JoinedVerb(words, v) is { } joined)
                {
                    var saidBy = ReportingVerbs.IsFeminine(SaysLaterInTheSentence.Said(words[joined].Folded));
                    return NameInNarration.Before(paragraph, joined, saidBy) is { Name: not null } person ? person : null;
                }

                continue;
            }

            // «… . ويقول وهو يقفل القفل النحاسي: "…"»: the words brought in by a colon and a quotation, as by «أن».
            Word? mention = words[v + 1].IsComplementiser || SayingWhileDoing.QuotationOpened(words, v) is not null ? null
                : v + 2 < words.Count && words[v + 2].IsComplementiser && !words[v + 1].EndsClause ? words[v + 1]
                : null;
            if (mention is null && !words[v + 1].IsComplementiser && SayingWhileDoing.QuotationOpened(words, v) is null)
            {
                // «… . وقال الوزير سامر … إن»: the later sentence names its own subject.
                return null;
            }

            var feminine = ReportingVerbs.IsFeminine(words[v].Folded);

            // «أما المعلم المتقاعد كريم العاني، الذي …، فيحفظ أسماء النواعير كلها. قال العاني إن»: the surname the later
            // sentence quotes by is the fuller name the paragraph wrote before it, whatever construction narrated that name.
            if (mention is not null && WrittenInFullBefore(paragraph, mention, v, feminine) is { } full)
            {
                return full;
            }

            // «يجلس أبو سالم خلف جراره …»: a kunya after the narrated verb names the person as a full name does.
            // «تواصل تسعديت أوقاسي العمل في ورشة زوجها … . وتقول الأرملة إن»: a description of a person as the later
            // subject vouches that the words after the narrated verb are someone, a given name the lexicon need not list.
            var narrated = (mention is not null && DescribesAPerson(mention) ? NameInNarration.VouchedBefore(paragraph, v, feminine) : NameInNarration.Before(paragraph, v, feminine))
                ?? (SaysLaterInTheSentence.KunyaAfterVerb(words, v) is { } kunya && kunya.Feminine == feminine ? kunya : null)
                // «يجلس ابن أخته، وهو شاب …، على صندوق … . ويقول إن»: set in the scene by kin or as one of a group, no name.
                ?? (mention is null ? UnnamedInTheScene.Before(paragraph, v, feminine) : null);
            return narrated is { Name: { } name } && (mention is null || Mentions(name, mention)) ? narrated : null;
        }

        return null;
    }

    /// <summary>
    /// The fuller name of two words or more around the first mention of <paramref name="mention"/>'s word before word
    /// <paramref name="limit"/>, with the role written before it; null when the paragraph writes it nowhere fuller.
    /// </summary>
    private static Attribution? WrittenInFullBefore(Paragraph paragraph, Word mention, int limit, bool feminine)
    {
        var shorter = new Attribution(AttributionKind.Surname, mention.Surface) { Feminine = feminine, GenderShown = true };
        var wider = NarratedName.Widened(shorter, paragraph);
        if (wider.Name is not { } name || name == mention.Surface)
        {
            return null;
        }

        var folded = ArabicText.FoldedWords(name);
        var words = paragraph.Words;
        for (var j = 0; j + folded.Count <= limit; j++)
        {
            if (words.Skip(j).Take(folded.Count).Select(w => w.Folded).SequenceEqual(folded, StringComparer.Ordinal))
            {
                return wider;
            }
        }

        return null;
    }

    /// <summary>
    /// «العاني» of «كريم نايف العاني»، «شيخة» of «شيخة بنت سالم الكندية»: the word is one of the name's, with or without
    /// the article; or a word a portrait points back with at whoever it draws («يعمل ابنه جاسم … . ويقول الشاب إنه»), any
    /// description of a person («يرافقه حفيده عيسى … . قال الفتى إنه»، «تحتفظ الحاجة مريم عبدالله … . وتحكي العجوز أنها»).
    /// </summary>
    private static bool Mentions(string name, Word mention)
    {
        var said = WithoutArticle(mention.Folded);
        return ArabicText.FoldedWords(name).Any(w => WithoutArticle(w) == said)
            || SubjectWords.HasArticle(mention) && (SpeakerLexicon.IsGeneralReference(mention.Folded) || DescribedEarlier.IsPersonDescription(mention));
    }

    /// <summary>«الأرملة»، «الرجل»، «المصممة»: a description of a person with the article, no word of the name.</summary>
    private static bool DescribesAPerson(Word mention) =>
        SubjectWords.HasArticle(mention) && (SpeakerLexicon.IsGeneralReference(mention.Folded) || DescribedEarlier.IsPersonDescription(mention));

    private static string WithoutArticle(string folded) =>
        folded.Length > 4 && folded.StartsWith("ال", StringComparison.Ordinal) ? folded[2..] : folded;
}
