using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// What a speaker is, when the report says it after the name and its comma without a title the lexicon knows: a definite
/// noun in apposition («سعيد بوزيد، المرشد السياحي على الطريق بين مراكش والصويرة،») or a relative clause («كاظم
/// العيداني، الذي يملك بستانًا في قضاء شط العرب،»). A reader asks for such a person by the noun («ماذا قال صاحب
/// البستان؟»، «ماذا قالت العاملة في التعاونية؟»), so a clause's verb is recorded as its doer («يملك» is «مالك»، «تعمل» is
/// «عاملة») before the rest of the clause.
/// </summary>
internal static class ApposedDescription
{
    private const int MaxWords = 10;

    /// <summary>The description after the name that ends before word <paramref name="nameEnd"/>, or null.</summary>
    public static string? After(List<Word> words, int nameEnd)
    {
        if (nameEnd <= 0 || nameEnd + 1 >= words.Count || !words[nameEnd - 1].EndsWithComma)
        {
            return null;
        }

        var head = words[nameEnd].Folded;
        if (head is "الذي" or "التي")
        {
            return Doer(words[nameEnd + 1], feminine: head == "التي") is { } doer && Closed(words, nameEnd + 2) is { } rest
                ? string.Join(' ', rest.Prepend(doer))
                : null;
        }

        // A definite noun opens an apposition; a weekday («، الأربعاء،»), an alias («، المعروف بـ…») or a relative
        // pronoun other than the two above opens none.
        if (!SpeakerLexicon.HasArticle(head) || head.Length < 5 || SpeakerLexicon.IsTimeWord(head) || SpeakerLexicon.IsAliasWord(head)
            || head.StartsWith("الل", StringComparison.Ordinal) || head is "الذين" || words[nameEnd].EndsSentence)
        {
            return null;
        }

        return Closed(words, nameEnd) is { Count: > 0 } apposed ? string.Join(' ', apposed) : null;
    }

    /// <summary>The words from <paramref name="from"/> up to the comma that closes the aside, or null when none closes it soon.</summary>
    private static List<string>? Closed(List<Word> words, int from)
    {
        var run = new List<string>();
        for (var k = from; k < words.Count && run.Count < MaxWords; k++)
        {
            if (words[k].IsComplementiser)
            {
                return null;
            }

            run.Add(words[k].HasTanween ? WithoutTanweenAlif(words[k].Surface) : words[k].Surface);
            if (words[k].EndsClause)
            {
                return words[k].EndsWithComma || words[k].EndsWithColon ? run : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The doer of a sound three-letter verb of the first form, present («يملك»، «تعمل») or past («زرع»، «نزحت»), on the
    /// pattern فاعل (feminine فاعلة); null for any other word, whose doer cannot be told from its letters.
    /// </summary>
    internal static string? Doer(Word verb, bool feminine)
    {
        var f = verb.Folded;
        string? root = f.Length == 4 && f[0] is 'ي' or 'ت' ? f[1..]
            : f.Length == 3 && !feminine ? f
            : f.Length == 4 && feminine && f[^1] == 'ت' ? f[..^1]
            : null;
        if (root is null || root.Any(c => c is 'ا' or 'و' or 'ي' or 'ى' or 'ء' or 'ه' or 'ة') || root.Distinct().Count() < 3
            || SpeakerLexicon.IsParticle(f) || verb.EndsClause)
        {
            return null;
        }

        return $"{root[0]}ا{root[1..]}{(feminine ? "ة" : string.Empty)}";
    }

    private static string WithoutTanweenAlif(string surface)
    {
        var bare = ArabicText.Fold(surface);
        return bare.Length > 3 && bare[^1] == 'ا' ? surface.TrimEnd('ً', 'ا', 'ً') : surface;
    }
}
