using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// The narration that opens an interview names whom it is with («وفي حوار أجرته النشرة مع رائدة الأعمال مريم …،
/// سألناها عن …»): the answers after it («ج: …») are that person's, though the paragraph itself quotes no one. So does
/// the newsroom's own verb of asking or meeting with its object («سألنا أستاذ الاقتصاد …، الدكتور عادل بوخطوة، عن …»،
/// «والتقينا رئيسة الغرفة سلمى …»): the bare «وقال لـ"الموجز"» after it is the answer.
/// </summary>
internal static class InterviewIntroduction
{
    /// <summary>Nouns of a conversation held with someone («حوار»، «مقابلة»، «لقاء»), folded.</summary>
    private static readonly HashSet<string> Conversations = new(StringComparer.Ordinal) { "حوار", "بحوار", "مقابله", "بمقابله", "لقاء", "بلقاء" };

    /// <summary>The newsroom asking, meeting or interviewing someone, first person plural, folded: the person is the object.</summary>
    private static readonly HashSet<string> WeAskedOrMet = new(StringComparer.Ordinal) { "سالنا", "وسالنا", "التقينا", "والتقينا", "حاورنا", "وحاورنا" };

    /// <summary>
    /// The newsroom asking with the person as a pronoun («ولمّا سألناها هل …، ردّت بأن»، «وسألناه عن …، فقال»), folded:
    /// the one asked is the speaker the interview is with, already met.
    /// </summary>
    private static readonly HashSet<string> WeAskedThem = new(StringComparer.Ordinal) { "سالناه", "سالناها", "وسالناه", "وسالناها", "فسالناه", "فسالناها" };

    /// <summary>The newsroom talking to someone, first person plural, folded: the person follows «إلى / مع».</summary>
    private static readonly HashSet<string> WeTalked = new(StringComparer.Ordinal) { "تحدثنا", "وتحدثنا", "تكلمنا", "وتكلمنا" };

    /// <summary>
    /// A medium asking, meeting or interviewing someone, third person, folded: the medium («"الموجز"»، «مراسلنا») follows,
    /// then the person.
    /// </summary>
    private static readonly HashSet<string> MediumAskedOrMet = new(StringComparer.Ordinal)
    {
        "التقت", "والتقت", "التقي", "والتقي", "حاورت", "وحاورت", "حاور", "وحاور", "قابلت", "وقابلت", "قابل", "وقابل",
        "سالت", "وسالت", "سال", "وسال",
    };

    /// <summary>The magazine's own reporter as the one who met someone («والتقى مراسلنا …»), folded.</summary>
    private static readonly HashSet<string> OurReporters = new(StringComparer.Ordinal) { "مراسلنا", "مراسلتنا", "موفدنا", "موفدتنا", "مندوبنا", "مندوبتنا" };

    /// <summary>How far after the noun «مع» may stand («حوار أجرته النشرة مع»).</summary>
    private const int MaxWordsToWith = 4;

    /// <summary>The longest quoted name of a medium («"الشرق الأوسط"»).</summary>
    private const int MaxMediumWords = 3;

    /// <summary>The person a paragraph of narration introduces as interviewed, or null.</summary>
    public static Attribution? Interviewee(Paragraph paragraph) => AskedInParagraph(paragraph) ?? InConversation(paragraph);

    /// <summary>
    /// The person the paragraph says the newsroom asked, met or talked to with a verb of its own («سألنا …»، «التقت
    /// "الموجز" …»، «تحدثنا إلى …»), or null: a bare verb in the same paragraph («…، وقالت لنا إنها …»، «فأجاب:») is
    /// theirs, whoever spoke before.
    /// </summary>
    public static Attribution? AskedInParagraph(Paragraph paragraph)
    {
        var words = paragraph.Words;
        for (var k = 0; k < words.Count - 1; k++)
        {
            if (WeAskedOrMet.Contains(words[k].Folded) && !words[k].EndsClause && AskedOrMet(paragraph, k + 1) is { } asked)
            {
                return asked;
            }

            // «تحدثنا إلى الخبير …»، «وتحدثنا مع …»: the person follows the preposition.
            if (WeTalked.Contains(words[k].Folded) && !words[k].EndsClause && k + 2 < words.Count && words[k + 1].Folded is "الي" or "مع"
                && AskedOrMet(paragraph, k + 2) is { } talkedTo)
            {
                return talkedTo;
            }

            // «التقت "الموجز" المهندسة …»، «والتقى مراسلنا المزارع …»: the medium is the subject, the person its object.
            if (MediumAskedOrMet.Contains(words[k].Folded) && !words[k].EndsClause && AfterMedium(words, k + 1) is { } person
                && person < words.Count - 1 && AskedOrMet(paragraph, person) is { } met)
            {
                return met;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the newsroom asked someone by a pronoun before word <paramref name="v"/> («ولمّا سألناها …، ردّت بأن»): a bare
    /// verb of answering after it is the speaker already met, though it stands inside the paragraph.
    /// </summary>
    public static bool AskedByPronounBefore(List<Word> words, int v) =>
        Enumerable.Range(0, Math.Min(v, words.Count)).Any(k => WeAskedThem.Contains(words[k].Folded));

    /// <summary>The word after the medium that opens at <paramref name="from"/> (a short quoted name or «مراسلنا»), or null.</summary>
    private static int? AfterMedium(List<Word> words, int from)
    {
        if (OurReporters.Contains(words[from].Folded))
        {
            return words[from].EndsClause ? null : from + 1;
        }

        if (!words[from].OpensQuote)
        {
            return null;
        }

        for (var k = from; k < words.Count && k < from + MaxMediumWords; k++)
        {
            if (words[k].ClosesQuote)
            {
                return words[k].EndsWithComma || words[k].EndsSentence ? null : k + 1;
            }
        }

        return null;
    }

    /// <summary>The person a conversation noun's «مع» names («وفي حوار أجرته النشرة مع …»), or null.</summary>
    private static Attribution? InConversation(Paragraph paragraph)
    {
        var words = paragraph.Words;
        for (var k = 0; k < words.Count - 1; k++)
        {
            if (!Conversations.Contains(words[k].Folded))
            {
                continue;
            }

            for (var m = k + 1; m < words.Count - 1 && m <= k + MaxWordsToWith && !words[m - 1].EndsClause; m++)
            {
                if (words[m].Folded != "مع")
                {
                    continue;
                }

                return Named(new SubjectReader(words, m + 1, paragraph.CommonNouns, Verb: null).Read()) ?? FromGivenName(paragraph, m + 1);
            }
        }

        return null;
    }

    /// <summary>The object of «سألنا / التقينا»: up to the «عن» of what was asked about, which is no part of the role.</summary>
    private static Attribution? AskedOrMet(Paragraph paragraph, int from)
    {
        var about = paragraph.Words.FindIndex(from, w => w.Surface == "عن");
        var read = about > from ? SubjectUpTo.Read(paragraph, from, about, verb: null) : new SubjectReader(paragraph.Words, from, paragraph.CommonNouns, Verb: null).Read();
        if (about <= from && Named(read) is { Name: { } name } && WhereMet(paragraph.Words, from, name) is { } place)
        {
            // «التقت "الموجز" المهندسة … رهف العبادي في مقهى بوسط عمّان»: where they were met is no part of the role.
            read = SubjectUpTo.Read(paragraph, from, place, verb: null);
        }

        return Named(read) ?? FromGivenName(paragraph, from);
    }

    /// <summary>The preposition right after the name that says where or when the person was met, or null.</summary>
    private static int? WhereMet(List<Word> words, int from, string name)
    {
        var last = name.Split(' ')[^1];
        for (var k = from; k < words.Count - 1; k++)
        {
            if (words[k].EndsClause)
            {
                return null;
            }

            if (words[k].Surface == last)
            {
                return SpeakerLexicon.IsPreposition(words[k + 1].Surface) ? k + 1 : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A role the subject reader does not take for one («رائدة الأعمال العمانية مريم …،»): the name is a run from one of
    /// its given names up to the comma that closes it, the first such run that reads as a name, and the words before it
    /// are the role.
    /// </summary>
    private static Attribution? FromGivenName(Paragraph paragraph, int from)
    {
        var words = paragraph.Words;
        for (var k = from; k < words.Count - 1 && !words[k].EndsClause; k++)
        {
            if (SpeakerLexicon.IsGivenName(words[k].Folded))
            {
                var comma = words.FindIndex(k, w => w.EndsClause);
                if (comma > k && words[comma].EndsWithComma && Named(SubjectUpTo.Read(paragraph, k, comma + 1, "قال")) is { } named)
                {
                    return k > from ? named with { Role = string.Join(' ', words.Skip(from).Take(k - from).Select(w => w.Surface)) } : named;
                }
            }
        }

        return null;
    }

    private static Attribution? Named(Attribution read) =>
        read is { Kind: AttributionKind.Named, Office: false, Name: { } name } && ArabicText.FoldedWords(name).Count >= 2 ? read with { Unclosed = false } : null;
}
