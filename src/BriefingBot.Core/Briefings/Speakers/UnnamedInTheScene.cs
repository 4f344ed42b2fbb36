namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Rule «kin or one of a group set in a scene, heard later»: «وإلى جوار الهيكل، يجلس ابن أخته، وهو شاب في الخامسة
/// والعشرين …، على صندوق … . ويقول إن»، «وعند طاولة الحساب، تجلس ابنته الكبرى، وهي في الثانية والثلاثين …. وتقول إن»،
/// «ويقف أحد السائقين، وهو شاب …، إلى جانب حافلته …. ويقول إنه». A feature sets a person in a scene by what they are to
/// someone already told of, or as one of a group, never by a name, then lets them speak in a later sentence by a bare
/// verb. The narrated verb, the kin or «أحد / إحدى» phrase closed by its comma and the aside «وهو / وهي» agreeing with
/// both verbs say a person is narrated; that phrase, as written, is who speaks.
/// </summary>
internal static class UnnamedInTheScene
{
    /// <summary>«أحد»، «إحدى» before a plural with the article: one of a group («أحد السائقين»).</summary>
    private static readonly HashSet<string> OneOf = new(StringComparer.Ordinal) { "احد", "احدي" };

    /// <summary>
    /// The kin or one-of-a-group phrase narrated as the subject of a verb heading the paragraph, or heading it after a lead-in
    /// of place closed by a comma, before word <paramref name="limit"/>; null when the narration names no one so, or someone
    /// else stands between it and <paramref name="limit"/>.
    /// </summary>
    public static Attribution? Before(Paragraph paragraph, int limit, bool feminine)
    {
        var words = paragraph.Words;
        var h = HeadOfTheScene(words);
        if (h is not { } head || head + 3 >= limit || NameInNarration.NarratedVerb(words, head) != head
            || NameInNarration.VerbGender(words[head].Folded) != feminine || Phrase(words, head + 1) is not { } end)
        {
            return null;
        }

        // The aside says what the person is and, by its pronoun, agrees with both verbs.
        var aside = words[end + 1].Folded;
        // What the aside says of them («وهي … ومعلمة رياضيات سابقة،») names no one else.
        var after = DescriptiveAside.Closing(words, end + 1) is { } closing ? closing + 1 : end + 1;
        if (aside != (feminine ? "وهي" : "وهو") || !NameInNarration.NoOneElseBefore(words, after, limit))
        {
            return null;
        }

        var name = string.Join(' ', words.Skip(head + 1).Take(end - head).Select(w => w.Surface)).TrimEnd('،', ',');
        // «يناديه العمال "الباشمهندس"» in the aside: the name they go by later, theirs.
        return new Attribution(AttributionKind.Named, name)
        {
            Feminine = feminine,
            GenderShown = true,
            Alias = NicknameGiven.GivenInTheAsideBetween(words, end + 1, limit, feminine),
        };
    }

    /// <summary>
    /// Where the narrated verb stands: the paragraph's first word, or the first after a lead-in of place opened by a
    /// preposition and closed by the paragraph's first comma («وإلى جوار الهيكل،») or by the verb itself («وإلى طاولة
    /// المطبخ تجلس …»); null otherwise.
    /// </summary>
    private static int? HeadOfTheScene(List<Word> words)
    {
        const int MaxLeadInWords = 8;
        var opener = words[0].Folded.Length > 2 && words[0].Folded[0] == 'و' ? words[0].Surface[1..] : words[0].Surface;
        if (!SpeakerLexicon.IsPreposition(opener))
        {
            return 0;
        }

        for (var k = 0; k < words.Count - 1 && k < MaxLeadInWords; k++)
        {
            if (words[k].EndsClause)
            {
                return words[k].EndsWithComma ? k + 1 : null;
            }

            if (k > 0 && NameInNarration.AfterPlaceOpener(words, k))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// The last word of the subject phrase at <paramref name="s"/>, closed by a comma: a kin noun with its pronoun, perhaps
    /// with an adjective («ابنته الكبرى»), a kin noun before one with its pronoun («ابن أخته»), or «أحد / إحدى» and a plural
    /// with the article («أحد السائقين»); null when no such phrase stands there.
    /// </summary>
    private static int? Phrase(List<Word> words, int s)
    {
        var first = words[s];
        if (SpeakerLexicon.IsKinOfSomeone(first.Folded))
        {
            return first.EndsWithComma ? s
                : !first.EndsClause && SubjectWords.HasArticle(words[s + 1]) && words[s + 1].EndsWithComma && !SpeakerLexicon.IsGivenName(words[s + 1].Folded) ? s + 1
                : null;
        }

        if (first.EndsClause || !words[s + 1].EndsWithComma)
        {
            return null;
        }

        var kinOfKin = KinLexicon.IsBeforeAName(first.Folded) && SpeakerLexicon.IsKinOfSomeone(words[s + 1].Folded);
        var oneOfAGroup = OneOf.Contains(first.Folded) && SubjectWords.HasArticle(words[s + 1]);
        return kinOfKin || oneOfAGroup ? s + 1 : null;
    }
}
