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

    /// <summary>The newsroom talking to someone, first person plural, folded: the person follows «إلى / مع».</summary>
    private static readonly HashSet<string> WeTalked = new(StringComparer.Ordinal) { "تحدثنا", "وتحدثنا", "تكلمنا", "وتكلمنا" };

    /// <summary>How far after the noun «مع» may stand («حوار أجرته النشرة مع»).</summary>
    private const int MaxWordsToWith = 4;

    /// <summary>The person a paragraph of narration introduces as interviewed, or null.</summary>
    public static Attribution? Interviewee(Paragraph paragraph)
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
        return Named(read) ?? FromGivenName(paragraph, from);
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
