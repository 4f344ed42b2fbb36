using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Rule «kin pointed back to»: feature writing brings in a relative of the person it follows by the kin word before the
/// name («يقاطعه حفيده ياسين، وهو …، ليقول إن»، «وتعلّق ابنتها سعاد، وهي ممرضة …، بأن») and then quotes them by the kin
/// word alone («ويرى الحفيد أن»، «وتعلّق ابنتها بأن»). The kin word is no name and no title, so without this the
/// passage is nobody's; two relatives brought in by the same kin word are no one.
/// </summary>
internal static class KinPointedBack
{
    /// <summary>
    /// The kin words with the article that stand for a relative alone («الحفيد»، «الابنة»), by the stem they share with
    /// the kin word and its pronoun («حفيده»، «ابنتها»).
    /// </summary>
    private static readonly HashSet<string> Stems = new(StringComparer.Ordinal)
    {
        "ابن", "ابنت", "نجل", "حفيد", "حفيدت", "شقيق", "شقيقت", "زوج", "زوجت", "والد", "والدت", "جد", "جدت",
    };

    /// <summary>«يقاطعه / تقاطعها»: the relative cuts in on the person just heard, to speak.</summary>
    private static readonly HashSet<string> CuttingIn = new(StringComparer.Ordinal) { "يقاطعه", "يقاطعها", "تقاطعه", "تقاطعها" };

    /// <summary>
    /// «وتعلّق ابنتها بأن»: a reporting verb opening the paragraph, a kin word with its pronoun right after it, and what was
    /// said; the kin word as a mention to point back, or null.
    /// </summary>
    public static Attribution? Mention(Paragraph paragraph)
    {
        var words = paragraph.Words;
        return words.Count >= 3 && ReportingVerbs.IsReportingVerb(words[0].Folded) && !words[0].EndsClause
            && SpeakerLexicon.IsKinOfSomeone(words[1].Folded) && !words[1].EndsClause && words[2].IsComplementiser
                ? new Attribution(AttributionKind.Surname, words[1].Surface) { Feminine = ReportingVerbs.IsFeminine(words[0].Folded), GenderShown = true }
                : null;
    }

    /// <summary>
    /// «يقاطعه حفيده ياسين، وهو في الثانية والعشرين …، ليقول إن»: the relative who cuts in, named after the kin word and
    /// closed by a comma, is the paragraph's speaker, with the aside after the name as the role; null otherwise.
    /// </summary>
    public static Attribution? CutsIn(Paragraph paragraph)
    {
        var words = paragraph.Words;
        var verb = words.Count > 0 && words[0].Folded is { Length: > 6 } joined && joined[0] == 'و' ? joined[1..] : words.Count > 0 ? words[0].Folded : string.Empty;
        if (words.Count < 4 || !CuttingIn.Contains(verb) || words[0].EndsClause || !SpeakerLexicon.IsKinOfSomeone(words[1].Folded) || words[1].EndsClause
            || NameAfter(words, 1) is not { } end)
        {
            return null;
        }

        var role = DescriptiveAside.Closing(words, end + 1) is { } asideEnd
            ? string.Join(' ', words.Skip(end + 2).Take(asideEnd - end - 1).Select(w => w.Surface))
            : null;
        return new Attribution(AttributionKind.Named, Name(words, 2, end)) { Role = role, Feminine = IsFeminine(Stem(words[1].Folded)), GenderShown = true };
    }

    /// <summary>
    /// The relative a kin word points back to («ابنتها»، «الحفيد»): the one person the paragraphs before brought in by a kin
    /// word of the same stem before their name, or null when none or two were.
    /// </summary>
    public static Attribution? Named(Attribution found, IReadOnlyList<(string? Section, string Text)> paragraphs, int at)
    {
        if (found is not { Kind: AttributionKind.Surname or AttributionKind.TitleOnly, Name: { } mention } || ArabicText.FoldedWords(mention) is not [var word]
            || MentionStem(word) is not { } stem)
        {
            return null;
        }

        string? chosen = null;
        for (var p = 0; p < at; p++)
        {
            var words = Word.Split(paragraphs[p].Text);
            var quoted = false;
            for (var k = 0; k + 1 < words.Count; k++)
            {
                quoted = (quoted || words[k].OpensQuote) && !words[k].ClosesQuote;
                if (quoted || words[k].EndsClause || !SpeakerLexicon.IsKinOfSomeone(words[k].Folded) || Stem(words[k].Folded) != stem || NameAfter(words, k) is not { } end)
                {
                    continue;
                }

                var name = Name(words, k + 1, end);
                if (chosen is not null && chosen != name)
                {
                    return null;
                }

                chosen = name;
            }
        }

        return chosen is null ? null : new Attribution(AttributionKind.Named, chosen) { Feminine = IsFeminine(stem), GenderShown = true };
    }

    /// <summary>
    /// The kin a relative is to the one whose kin word brought them in: the grandfather of «حفيده», the father of «ابنه».
    /// Keyed by the mention's stem («جد»), valued by the stems of the words that bring in the other («حفيد»، «حفيدت»).
    /// </summary>
    private static readonly Dictionary<string, string[]> Converse = new(StringComparer.Ordinal)
    {
        ["جد"] = ["حفيد", "حفيدت"],
        ["جدت"] = ["حفيد", "حفيدت"],
        ["والد"] = ["ابن", "ابنت", "نجل"],
        ["والدت"] = ["ابن", "ابنت", "نجل"],
    };

    /// <summary>
    /// Rule «the converse kin points back»: «يقاطعه حفيده تركي، …» then «ويهز الجد رأسه، ثم يقول إن»: «الجد» is the one whose
    /// grandson was brought in, the person «حفيده»'s pronoun stood for. The index of the one paragraph that brought in such
    /// a relative, with the gender its pronoun gives the one it stood for (masculine for «حفيده», feminine for «حفيدها»); null
    /// when none or two did, or the mention is no such kin word («الجد» must agree: «الجدة» for «حفيدها»).
    /// </summary>
    public static (int Paragraph, bool Feminine)? ConverseBroughtIn(Attribution found, IReadOnlyList<(string? Section, string Text)> paragraphs, int at)
    {
        if (found is not { Kind: AttributionKind.Surname or AttributionKind.TitleOnly, Name: { } mention } || ArabicText.FoldedWords(mention) is not [var word]
            || !word.StartsWith("ال", StringComparison.Ordinal) || MentionStem(word) is not { } stem || !Converse.TryGetValue(stem, out var bringers))
        {
            return null;
        }

        (int Paragraph, bool Feminine)? chosen = null;
        for (var p = at - 1; p >= 0 && Equals(paragraphs[p].Section, paragraphs[at].Section); p--)
        {
            var words = Word.Split(paragraphs[p].Text);
            for (var k = 0; k + 1 < words.Count; k++)
            {
                var f = words[k].Folded;
                if (words[k].EndsClause || !SpeakerLexicon.IsKinOfSomeone(f) || !bringers.Contains(Stem(f)) || NameAfter(words, k) is null)
                {
                    continue;
                }

                var ofAWoman = f.EndsWith("ها", StringComparison.Ordinal);
                if (ofAWoman != IsFeminine(stem) || chosen is not null && chosen.Value.Paragraph != p)
                {
                    return null;
                }

                chosen = (p, ofAWoman);
            }
        }

        return chosen;
    }

    /// <summary>«الجد»، «الحفيدة»: a kin word with the article that stands for a relative alone.</summary>
    public static bool IsKinWithTheArticle(string folded) => folded.StartsWith("ال", StringComparison.Ordinal) && MentionStem(folded) is not null;

    /// <summary>The kin word's stem without its pronoun: «ابنتها» → «ابنت»، «حفيده» → «حفيد».</summary>
    private static string Stem(string folded) =>
        folded.EndsWith("ها", StringComparison.Ordinal) ? folded[..^2] : folded.EndsWith('ه') ? folded[..^1] : folded;

    /// <summary>
    /// The stem a mention stands for: a kin word with its pronoun («ابنتها»), or one of <see cref="Stems"/> with the article
    /// («الحفيد»، «الابنة» → «ابنت»); null for any other word.
    /// </summary>
    private static string? MentionStem(string folded)
    {
        if (SpeakerLexicon.IsKinOfSomeone(folded))
        {
            return Stem(folded);
        }

        if (!folded.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }

        var bare = folded[2..];
        var stem = bare.EndsWith('ه') ? bare[..^1] + "ت" : bare;
        return Stems.Contains(stem) ? stem : null;
    }

    /// <summary>A feminine relative's stem ends in the «ت» of «ابنتها»، «حفيدته»، «زوجته».</summary>
    private static bool IsFeminine(string stem) => stem.EndsWith('ت');

    /// <summary>The last word of a name right after the kin word at <paramref name="kin"/> that a comma closes, or null.</summary>
    private static int? NameAfter(List<Word> words, int kin)
    {
        for (var j = kin + 1; j < words.Count && j - kin <= BriefingLimits.MaxSpeakerWords; j++)
        {
            if (!SubjectWords.IsPlainName(words[j]) || words[j].OpensQuote)
            {
                return null;
            }

            if (words[j].EndsClause)
            {
                return words[j].EndsWithComma ? j : null;
            }
        }

        return null;
    }

    private static string Name(List<Word> words, int from, int to) =>
        string.Join(' ', words.Skip(from).Take(to - from + 1).Select(w => w.Surface));
}
