using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Rule «a doer named by the verb of what they do»: «ماذا قالت بائعة القشر في قرية النيد؟» asks by the noun of a trade
/// («بائعة») of someone the briefing describes by its verb («أم نواف، التي تبيع قشر البن»), «صانع الآلات» of «يصنع رضوان
/// مقدّم آلات العود». A briefing says what a person does in the present tense, beside their name; people ask by the
/// doer's noun. Only the active participle of the simple verb (فاعل: four letters, «ا» second) and of a derived one
/// (مفعّل: «م» first) is read, and only into
/// its present tense, masculine and feminine: a past tense («عمل»، «قدم») is as often a noun. A hollow root is spelt with
/// its «ي», as the participle writes it («بائع» → «يبيع»); a root the pattern misspells («قائد» → «يقيد») yields a word
/// no passage names the person by, and changes nothing.
/// </summary>
internal static class DoerVerbs
{
    /// <summary>The present verbs of the doer's noun <paramref name="folded"/> («البايعه» → «يبيع»، «تبيع»); empty for another word.</summary>
    public static IReadOnlyList<string> Of(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var noun = folded.Length >= 6 && folded.StartsWith("ال", StringComparison.Ordinal) ? folded[2..] : folded;
        if (noun.Length == 5 && noun[^1] is 'ه' or 'ة')
        {
            noun = noun[..^1];
        }

        if (noun.Length != 4 || noun[0] == 'ا' || noun[3] == 'ا')
        {
            return [];
        }

        // Rule «the doer of a derived verb»: «مدرب الهجن» of «المزروعي، المضمر الذي يدرب الهجن»، «مربي» of «يربي»،
        // «مرشدة» of «ترشد»: the participle of a derived verb (مفعّل، مفعل: «م» and the root's three letters) is read into
        // its present as «فاعل» is. Not a given name of that shape («محمد»).
        if (noun[0] == 'م' && noun[1] != 'ا' && noun[2] != 'ا' && !SpeakerLexicon.IsGivenName(noun))
        {
            return ["ي" + noun[1..], "ت" + noun[1..]];
        }

        // Rule «the intensive doer's noun» (فعّال): «بياع الأقمشة»، «الخياطة» are how chat names a trade, the shadda folded
        // away («بيّاع» → «بياع»): «ا» third, the root's letters around it, read as «فاعل» is («يبيع الحاج عمر الأيوبي الأقمشة»).
        var root = noun[1] == 'ا' && noun[2] != 'ا' ? string.Concat(noun[0], noun[2], noun[3])
            : noun[2] == 'ا' && noun[1] != 'ا' ? string.Concat(noun[0], noun[1], noun[3])
            : null;
        return root is null ? [] : ["ي" + root, "ت" + root];
    }

    /// <summary>
    /// Rule «a doer named by the simple verb or the craft»: the words besides <see cref="Of"/> a report names a doer by. The
    /// participle of the third form is how a reader names a trade whose report says the simple verb («مزارع النخيل» of «الذي
    /// يزرع النخيل»); the craft's verbal noun (فعالة) is how a report says a lifelong trade («صانع الزوارق» of «يعمل … في صناعة
    /// الزوارق»); a four-letter root's doer (مفعلل) is named by its verbal noun («مهندس الحاسوب» of «خريج هندسة الحاسوب»).
    /// Empty for another word.
    /// </summary>
    public static IReadOnlyList<string> Akin(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var noun = folded.Length >= 6 && folded.StartsWith("ال", StringComparison.Ordinal) ? folded[2..] : folded;
        if (noun.Length is 5 or 6 && noun[^1] is 'ه' or 'ة')
        {
            noun = noun[..^1];
        }

        if (SpeakerLexicon.IsGivenName(noun))
        {
            return [];
        }

        // مفاعل: «م»، a root letter, «ا», two root letters («مزارع»، «مشارك»).
        if (noun.Length == 5 && noun[0] == 'م' && noun[2] == 'ا' && noun[1] != 'ا' && noun[3] != 'ا' && noun[4] != 'ا')
        {
            var root = string.Concat(noun[1], noun[3], noun[4]);
            return ["ي" + root, "ت" + root, Craft(root)];
        }

        // مفعلل: «م» and four root letters («مهندس»، «مبرمج»).
        if (noun.Length == 5 && noun[0] == 'م' && !noun.Contains('ا', StringComparison.Ordinal))
        {
            return [noun[1..] + "ة"];
        }

        // فاعل: the craft of the simple verb («صانع» → «صناعة»، «صايغ» → «صياغة»).
        return noun.Length == 4 && noun[1] == 'ا' && noun[0] != 'ا' && noun[2] != 'ا' && noun[3] != 'ا'
            ? [Craft(string.Concat(noun[0], noun[2], noun[3]))]
            : [];
    }

    /// <summary>The verbal noun of a craft (فعالة) of a three-letter root: «صنع» → «صناعة»، «زرع» → «زراعة».</summary>
    private static string Craft(string root) => string.Concat(root[0], root[1], 'ا', root[2], 'ة');
}
