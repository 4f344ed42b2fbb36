namespace BriefingBot.Core.Search;

/// <summary>
/// The other words of a question word's family, as the light stemmer leaves them (folded, no article or attached
/// pronoun): a verb and its verbal noun («صوّت» / «التصويت»، «تجدد» / «تجديد»), its persons and tenses («يعلن» /
/// «تعلن»، «نفعت» / «نفع»، «خرجوا» / «خرج»), its participles («قاطع» / «المقاطعين»، «محصورة» / «تحصر») and the broken
/// plurals of a noun («مواعيد» / «موعد»، «وظائف» / «وظيفة»). The light stemmer keeps these apart, and a reader asking
/// in other words than the briefing's often uses another member of the family. Candidates only: most are not words,
/// and the searcher keeps those the index has (<see cref="QuestionTermExpander"/>), for a word it does not know.
/// </summary>
/// <remarks>
/// A word is read as a three-letter root in one of the common patterns of Arabic derivation (<see cref="Families"/>:
/// F, A and L stand for the root's letters), after dropping the prefixes of a present tense (standard and dialect:
/// «بي»، «كي»، «هي») and the endings of a past tense or a plural verb; the root is then spelt in the other patterns of
/// that pattern's family. Roots with
/// a weak or doubled letter are spelt as if sound, which misses some of their family but invents nothing the index
/// lacks.
/// </remarks>
internal static class DerivedForms
{
    /// <summary>
    /// Families of patterns that keep a word's sense: a verb form with its persons, verbal noun and participles, or a
    /// noun with its broken plurals. A word is spelt again only in the patterns of a family it can be read in: «بلغ»
    /// (reach) and «بالغ» (exaggerate) are different verb forms of one root, and unrelated in a reader's mind. The
    /// patterns are as the light stemmer leaves words (no «ة», no plural ending).
    /// </summary>
    private static readonly string[][] Families =
    [
        // Forms I, II and IV (their vowels are not written): persons, participles, verbal nouns (تفعيل، إفعال، فعول).
        ["FAL", "يFAL", "تFAL", "نFAL", "اFAL", "FاAL", "مFAوL", "مFAL", "تFAيL", "اFAاL", "FAوL", "FAيL"],
        // Form III.
        ["FاAL", "يFاAL", "تFاAL", "مFاAL"],
        // Forms V and VI.
        ["تFAL", "يتFAL", "متFAL", "تFاAL", "يتFاAL", "متFاAL"],
        // Form VII.
        ["انFAL", "ينFAL", "انFAاL", "منFAL"],
        // Form VIII.
        ["اFتAL", "يFتAL", "تFتAL", "اFتAاL", "مFتAL"],
        // Form X.
        ["استFAL", "يستFAL", "تستFAL", "استFAاL", "مستFAL"],
        // Nouns and their broken plurals.
        ["FAL", "اFAاL", "FAوL"],
        ["مFAL", "مFاAL", "مFاAيL"],
        ["مFAوL", "مFاAيL"],
        ["FAيL", "FAايL", "FALاء"],
        ["FاAL", "FواAL", "FAاL"],
    ];

    /// <summary>
    /// Nouns of a four-letter root (Q its fourth letter) and their broken plurals: فعلل / فعالل («فندق» / «فنادق»),
    /// فعلول / فعاليل («صندوق» / «صناديق»), and أفعول / أفاعيل of a three-letter root («أسبوع» / «أسابيع»، «أنبوب» / «أنابيب»).
    /// </summary>
    private static readonly string[][] QuadriliteralFamilies =
    [
        ["FALQ", "FAاLQ"],
        ["FALوQ", "FAاLيQ"],
        ["اFAوL", "اFاAيL"],
    ];

    /// <summary>How many of <see cref="Families"/>, from the first, are the families of a verb form.</summary>
    private const int VerbFamilies = 6;

    /// <summary>The families in the order they are read: a verb's persons and tenses first, form I's before the others.</summary>
    private static readonly int[] FormOneFirst = [.. Enumerable.Range(0, Families.Length)];

    /// <summary>
    /// فاعل is form III's past («شارك»، «قاطع»، «حاول») as well as form I's active participle; read as the participle, its
    /// family is form I's bare verb, as often a noun of another sense («شرك» of «شركة»، «حول»، «قبل»، «وفق»), and its spellings
    /// took the expander's few places before the verb's own («يشارك»، «مشاركة»). A reader asks with the verb: its own
    /// family is read first.
    /// </summary>
    private static readonly int[] FormThreeFirst = [1, 0, .. Enumerable.Range(2, Families.Length - 2)];

    /// <summary>
    /// Patterns of a verb's family that are as often a noun of another sense, so a word read in them is not taken for a
    /// verb form: the verbal nouns فعول، فعيل، إفعال (also broken plurals and adjectives: «أموال»، «حكومية»), the participles
    /// مفعل، مفعول (also nouns of place and thing: «المملكة»، «مجلس»، «مشروع») and مفاعل (also a broken plural: «ملاعب»).
    /// </summary>
    private static readonly string[] NounLikePatterns = ["FAوL", "FAيL", "اFAاL", "مFAL", "مFAوL", "مFاAL"];

    /// <summary>فعيل: an adjective («جديد» for «تجدد»، «كبير») far more often than a verb's verbal noun, so not spelt for a verb.</summary>
    private const string AdjectivePattern = "FAيL";

    /// <summary>Present-tense prefixes, standard and dialect (Egyptian and Levantine «بي»، Moroccan «كي»، Egyptian future «هي»), longest first.</summary>
    private static readonly string[] PresentPrefixes = ["بي", "بت", "بن", "كي", "كت", "كن", "تي", "هي", "هت", "حي", "حت", "ي", "ت", "ن"];

    /// <summary>Endings a light stemmer keeps: a past tense's «ت» (or a «ة» before a pronoun), a plural verb's «و» (its alef is folded away).</summary>
    private static readonly string[] Endings = ["ت", "و"];

    /// <summary>At most this many readings (a root in a pattern) of one word: each is spelt in its family's patterns, one lookup apiece.</summary>
    private const int MaxReadings = 8;

    /// <summary>The fewest letters of a stem with a family: a root's three.</summary>
    private const int MinStem = 3;

    /// <summary>The most letters of a stem with a family: longer is no one word.</summary>
    private const int MaxStem = 9;

    /// <summary>
    /// The family of <paramref name="stem"/>: other spellings to look up, the nearest readings first. Empty for words of
    /// fewer than three letters, of letters other than Arabic, or too long to be one word.
    /// </summary>
    public static IReadOnlyList<string> Of(string stem) => Of(stem, verbsOnly: false);

    /// <summary>
    /// The family of <paramref name="stem"/> for a word written with the article («النواب»): a noun or a verbal noun, never
    /// a present tense, so it is not read as one («نواب» is not «we …» of a root «واب»: its family is «نائب»).
    /// </summary>
    public static IReadOnlyList<string> OfNoun(string stem) => Of(stem, verbsOnly: false, definite: true);

    /// <summary>
    /// The family of <paramref name="stem"/> read as a verb form only: its persons and tenses, verbal noun and
    /// participles («ينقص» / «نقص»، «تجدد» / «تجديد»، «قاطع» / «مقاطعة»), not a noun's broken plurals nor an adjective
    /// (<see cref="AdjectivePattern"/>), and nothing for a word that reads as a verb only in a pattern nouns share
    /// (<see cref="NounLikePatterns"/>). For a word the index
    /// knows, whose family stands in for it where a passage lacks it: a wrong family would add noise, not recall.
    /// </summary>
    public static IReadOnlyList<string> OfVerb(string stem) => Of(stem, verbsOnly: true);

    /// <summary>
    /// The broken plurals of <paramref name="stem"/> read as a noun, or its singular read as a broken plural: «أسماك» /
    /// «السمك»، «مراكز» / «مركز»، «الركاب» / «راكب»، «فنادق» / «فندق»، «صناديق» / «صندوق». Only the noun families and the
    /// four-letter roots' (<see cref="QuadriliteralFamilies"/>), never a verb's persons: for a word the index knows, whose
    /// singular or plural stands in for it where a passage has the other number.
    /// </summary>
    public static IReadOnlyList<string> OfPlural(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        if (!IsOneArabicWord(stem))
        {
            return [];
        }

        var forms = new List<string>();
        foreach (var family in Families.Skip(VerbFamilies).Concat(QuadriliteralFamilies))
        {
            foreach (var pattern in family)
            {
                if (pattern.Length != stem.Length || Read(pattern, stem) is not { } root)
                {
                    continue;
                }

                AddSpellings(forms, family, root, stem, other => other[0] == 'F' && other[1] == 'ا' && root.Length == 3);
            }
        }

        return forms;
    }

    private static IReadOnlyList<string> Of(string stem, bool verbsOnly, bool definite = false)
    {
        ArgumentNullException.ThrowIfNull(stem);
        if (!IsOneArabicWord(stem))
        {
            return [];
        }

        var forms = new List<string>();
        if (!definite && ShortPresent(stem) is { } person)
        {
            forms.Add(person);
        }

        var roots = 0;
        foreach (var (core, afterPrefix) in Cores(stem, definite))
        {
            var order = !afterPrefix && core.Length == ActiveParticiple.Length && Read(ActiveParticiple, core) is not null ? FormThreeFirst : FormOneFirst;
            foreach (var (family, formI, participles, ofVerb) in order.Take(verbsOnly ? VerbFamilies : Families.Length).Select(i => (Families[i], i == 0, i >= VerbFamilies && Families[i][0] == ActiveParticiple, i < VerbFamilies)))
            {
                foreach (var pattern in family)
                {
                    if ((verbsOnly && NounLikePatterns.Contains(pattern)) || (definite && IsPresentTense(pattern, formI)) || (afterPrefix && !IsVerbStem(pattern, formI, participles))
                        || pattern.Length != core.Length || Read(pattern, core) is not { } root || roots++ >= MaxReadings)
                    {
                        continue;
                    }

                    AddSpellings(forms, family.Where(other => !(verbsOnly && other == AdjectivePattern)), root, stem, _ => participles);

                    forms.AddRange(PastWithEndings(family, ofVerb, root, verbsOnly).Where(f => f != stem && !forms.Contains(f)).ToList());
                }
            }
        }

        return forms;
    }

    /// <summary>
    /// Adds the root spelt in each of <paramref name="patterns"/>, but the word itself and what is there already; a hollow
    /// root's weak middle letter both ways (<see cref="HollowSpellings"/>) in the patterns <paramref name="hollow"/> picks.
    /// </summary>
    private static void AddSpellings(List<string> forms, IEnumerable<string> patterns, string root, string stem, Func<string, bool> hollow)
    {
        foreach (var pattern in patterns)
        {
            foreach (var form in hollow(pattern) ? HollowSpellings(pattern, root) : [Spell(pattern, root)])
            {
                if (form != stem && !forms.Contains(form))
                {
                    forms.Add(form);
                }
            }
        }
    }

    /// <summary>
    /// A present tense of three letters is a root with a doubled or weak letter («يحد» of «حدّ»، «يقع» of «وقع»، «يعد»), too
    /// short to be read in a pattern; its «ي» and «ت» only agree with the subject's gender, and a reader asking «ما الدولة
    /// التي تحد العراق؟» reads a passage saying «يحده من الشمال». The other of the two, for a word beginning with one of
    /// them; «ن» (we) is left out, as three-letter nouns often begin with it («نهر»، «نصف»، «نوم»).
    /// </summary>
    private static string? ShortPresent(string stem) =>
        stem.Length == 3 && stem[0] is 'ي' or 'ت' ? (stem[0] == 'ي' ? 'ت' : 'ي') + stem[1..] : null;

    /// <summary>
    /// The word without a glued preposition or conjunction the analyser keeps on a short word («بمصر»، «فعدن»), then the
    /// word, then without a verb's ending, then without a present tense's prefix, then without both (not for a word
    /// written with the article, which is no present tense).
    /// </summary>
    private static IEnumerable<(string Core, bool AfterPrefix)> Cores(string stem, bool definite)
    {
        if (stem.Length >= 4 && stem[0] is 'ب' or 'ل' or 'ك' or 'ف' or 'و')
        {
            yield return (stem[1..], false);
        }

        var withoutEnding = Endings.Where(e => stem.Length >= 4 && stem.EndsWith(e, StringComparison.Ordinal)).Select(e => stem[..^e.Length]).ToList();
        var bases = new List<string> { stem };
        bases.AddRange(withoutEnding);
        foreach (var word in bases)
        {
            yield return (word, false);
        }

        foreach (var word in definite ? [] : bases)
        {
            var prefix = PresentPrefixes.FirstOrDefault(p => word.Length - p.Length >= 3 && word.StartsWith(p, StringComparison.Ordinal));
            if (prefix is not null)
            {
                yield return (word[prefix.Length..], true);
            }
        }
    }

    /// <summary>The root's letters where the pattern has F, A and L, when the word has the pattern's other letters.</summary>
    private static string? Read(string pattern, string word)
    {
        Span<char> root = stackalloc char[pattern.Contains('Q', StringComparison.Ordinal) ? 4 : 3];
        for (var i = 0; i < pattern.Length; i++)
        {
            var slot = pattern[i] switch { 'F' => 0, 'A' => 1, 'L' => 2, 'Q' => 3, _ => -1 };
            if (slot >= 0)
            {
                root[slot] = word[i];
            }
            else if (pattern[i] != word[i])
            {
                return null;
            }
        }

        return new string(root);
    }

    /// <summary>
    /// A hollow root's participle or its plural in a pattern: its middle letter is a hamza on «ي» in the active participle («نائب»، «سائق»)
    /// and «و» or «ي» in its broken plural («نوّاب»، «سوّاق»), whichever the word read had. Verbs keep the letter they have:
    /// «يزيد» and «زوّد» are other roots to a reader.
    /// </summary>
    private static IEnumerable<string> HollowSpellings(string pattern, string root)
    {
        if (root[1] is not ('و' or 'ي'))
        {
            return [Spell(pattern, root)];
        }

        if (pattern == ActiveParticiple)
        {
            return [Spell(pattern, $"{root[0]}ي{root[2]}")];
        }

        return [Spell(pattern, $"{root[0]}و{root[2]}"), Spell(pattern, $"{root[0]}ي{root[2]}")];
    }

    /// <summary>
    /// A present tense only: «يفعل»، «نفعل», Form I's «تفعل» (in Form V «تفعّل» is also a verbal noun), «تفتعل»، «تستفعل».
    /// </summary>
    private static bool IsPresentTense(string pattern, bool formI) =>
        pattern[0] is 'ي' or 'ن' || pattern is "تFتAL" or "تستFAL" || formI && pattern == "تFAL";

    /// <summary>
    /// What is left of a present tense without its prefix is a verb's stem: «يفعل» of form I, «يفاعل» of form III, «يتفعل»
    /// and «يتفاعل» of forms V and VI. Read in another pattern it takes a verb for a noun: «تذاكر» (tickets) without its
    /// «ت» read as the participle «ذاكر» of form I made its family «ذكر، يذكر» (mention).
    /// </summary>
    private static bool IsVerbStem(string pattern, bool formI, bool participles) =>
        !participles && (formI ? pattern == "FAL" : pattern is "FاAL" or "تFAL" or "تFاAL");

    /// <summary>
    /// A verb form's past tense with the endings the light stemmer keeps (<see cref="Endings"/>): a reader asks «من شارك؟» of
    /// a passage whose people «شاركوا» and a company that «شاركت», as a word with them is read back to the past. Spelt after
    /// the reading's family, so they take only the places its own words leave (the expander keeps a few); not for a word the
    /// index knows (<see cref="OfVerb"/>), where a family adds to passages without the word and «طالبت» (she demanded)
    /// would stand in for «طالب» (a student).
    /// </summary>
    private static IEnumerable<string> PastWithEndings(string[] family, bool ofVerb, string root, bool verbsOnly)
    {
        if (verbsOnly || !ofVerb)
        {
            return [];
        }

        var past = Spell(family[0], root);
        return Endings.Select(e => past + e);
    }

    /// <summary>فاعل, where a hollow root writes its middle letter as a hamza on «ي».</summary>
    private const string ActiveParticiple = "FاAL";

    private static string Spell(string pattern, string root) =>
        string.Create(pattern.Length, (pattern, root), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.pattern[i] switch
                {
                    'F' => state.root[0],
                    'A' => state.root[1],
                    'L' => state.root[2],
                    'Q' => state.root[3],
                    var c => c,
                };
            }
        });

    /// <summary>
    /// Whether a stem has a family to read: three to nine Arabic letters. Fewer is no root, more is no one word, and a
    /// letter of another script is no Arabic pattern.
    /// </summary>
    private static bool IsOneArabicWord(string stem) => stem.Length is >= MinStem and <= MaxStem && stem.All(IsArabicLetter);

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';
}
