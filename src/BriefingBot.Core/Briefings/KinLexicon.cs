using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// The kin words, one row a kin, each with the forms its readers need: a question's kin before a name
/// (<see cref="IsBeforeAName"/>), whether it asks of a woman or a man (<see cref="AsksOfAWoman"/>, <see cref="AsksOfAMan"/>),
/// of the family or not (<see cref="IsOutsideTheFamily"/>), chat's «ولد / بنت» (<see cref="IsChildInChat"/>), a question
/// asking a relative's name and the stems news writes that relative by (<see cref="WrittenStemsOf"/>), the relation a
/// report's kin noun beside a name gives (<see cref="RelationOf"/>), the parser's kin of someone with the possessive pronoun
/// (<see cref="IsWithPronoun"/>), and the words telling which of the kin («الأكبر»، «الصغرى»: <see cref="RankOf"/>). All folded.
/// </summary>
internal static class KinLexicon
{
    /// <summary>
    /// One kin (sons, siblings, neighbours …), folded.
    /// </summary>
    /// <param name="BeforeAName">
    /// As a question puts it before a name («ابنة أم خالد»، «والد الدلال الدرعي»، «جارة الحاج …»): the question asks of the
    /// kin, not the person named.
    /// </param>
    /// <param name="Asked">As a question asks the relative's name by, without the article («شو اسم بنت حليمة الساهل؟»).</param>
    /// <param name="Written">
    /// The stems news writes this kin by, bare or before a pronoun: a feminine «ة» as «ت» before a pronoun («ابنتها»),
    /// «أبنائها» folded «ابنايها». Read for the relative a question asks the name of (<paramref name="Asked"/>) and, in a
    /// row with a <see cref="Relation"/>, for the kin a report gives beside a name.
    /// </param>
    /// <param name="WithPronoun">With a possessive pronoun, before the name of someone introduced through another («وقال ابنه ياسين بوزيد»).</param>
    private sealed record Kin(string[] BeforeAName, string[] Asked, string[] Written, string[] WithPronoun)
    {
        /// <summary>The kin nouns a question asks of a woman by («بنت»، «أخت»، «زوجة»): only women of the family answer.</summary>
        public string[] OfAWoman { get; init; } = [];

        /// <summary>The kin nouns a question asks of a man by («ابن»، «ابنها»، «والد»، «زوجها»): only men of the family answer.</summary>
        public string[] OfAMan { get; init; } = [];

        /// <summary>
        /// A son or daughter as chat puts them before a name («ولد الأسطى حسين»), which the Maghreb and the Gulf also
        /// write as a name particle («يحيى ولد الطالب»): kin only where the name does not carry it.
        /// </summary>
        public string[] ChildInChat { get; init; } = [];

        /// <summary>False for neighbours, colleagues and friends: asked of as kin are, but never of the family.</summary>
        public bool OfTheFamily { get; init; } = true;

        /// <summary>
        /// The relation a report's kin noun of this row gives (<see cref="RelationOf"/>): sons and daughters are both
        /// <see cref="KinRelation.Child"/>, so «ابنة» in a question finds «ابنه» of a report. Null for kin the reports are not
        /// read for.
        /// </summary>
        public KinRelation? Relation { get; init; }
    }

    // Before a name a question leaves out «جدة» (also Jeddah), «بنت / بن» (name particles of the Maghreb and the Gulf:
    // «فاطمة بنت الحسن») and «عم / خال», which chat puts before a man's own name as a title («عم حسن»). The name of a
    // relative is asked of children, siblings and grandchildren only: spouses are attributes of their own
    // (FactWords.Attributes), and parents are left out: «أمه» also reads as «أمة».
    private static readonly Kin[] Rows =
    [
        new(BeforeAName: ["ابن", "ابنه", "ابنها", "أبناء", "أولاد"],
            Asked: ["ابن", "ابنا", "ابناء", "اولاد", "ولاد", "ولد", "نجل", "انجال"],
            Written: ["ابن", "ابنا", "ابناء", "ابناو", "ابناي", "اولاد", "ولاد", "ولد", "نجل", "انجال"],
            WithPronoun: Possessed("ابن", "نجل"))
        { OfAMan = ["ابن", "ولد", "ابنها"], ChildInChat = ["ولد"], Relation = KinRelation.Child },

        // «ابنة» folds as «ابنه» (his son), so asks of no gender; «بنت» does.
        new(BeforeAName: ["ابنة", "بنات"],
            Asked: ["بنت", "ابنه", "بنات"],
            Written: ["بنت", "ابنه", "ابنت", "بنات"],
            WithPronoun: Possessed("ابنت"))
        { OfAWoman = ["بنت"], ChildInChat = ["بنت"], Relation = KinRelation.Child },
        new(BeforeAName: ["أخو", "أخت", "شقيق", "شقيقة", "شقيقه"],
            Asked: ["اخ", "اخت", "اخوه", "اخوان", "اخوات", "شقيق", "شقيقه", "اشقاء"],
            Written: ["اخ", "اخو", "اخا", "اخي", "اخت", "اخوه", "اخوت", "اخوان", "اخوات", "شقيق", "شقيقه", "شقيقت", "اشقاء"],
            WithPronoun: Possessed("شقيق", "شقيقت", "اخو", "اخي", "اخت"))
        { OfAWoman = ["أخت"], OfAMan = ["أخو", "شقيق"], Relation = KinRelation.Sibling },
        new(BeforeAName: ["حفيد", "حفيدة", "حفيده"],
            Asked: ["حفيد", "حفيده", "احفاد"],
            Written: ["حفيد", "حفيده", "حفيدت", "احفاد"],
            WithPronoun: Possessed("حفيد", "حفيدت"))
        { OfAMan = ["حفيد"], Relation = KinRelation.Grandchild },
        new(BeforeAName: ["والد", "والدة", "والده", "والدها"], Asked: [], Written: ["والد", "والدت"], WithPronoun: Possessed("والد", "والدت"))
        { OfAMan = ["والد", "والدها"], Relation = KinRelation.Parent },

        // «زوجه» is as often «زوجة» folded, and «زوجتها» is rare: a spouse with a pronoun is «زوجته» or «زوجها».
        new(BeforeAName: ["زوج", "زوجة", "زوجه", "زوجها", "أرملة"], Asked: [], Written: ["زوج", "زوجت", "ارمل", "ارملت"], WithPronoun: ["زوجته", "زوجها"])
        { OfAWoman = ["زوجة", "أرملة"], OfAMan = ["زوج", "زوجها"], Relation = KinRelation.Spouse },
        new(BeforeAName: ["جد"], Asked: [], Written: [], WithPronoun: Possessed("جد", "جدت")) { OfAMan = ["جد"] },
        new(BeforeAName: [], Asked: [], Written: [], WithPronoun: Possessed("عم", "عمت", "خال", "خالت")),

        // A neighbour is asked of as kin is; colleagues and friends introduce someone as kin do.
        new(BeforeAName: ["جار", "جارة"], Asked: [], Written: [], WithPronoun: Possessed("جار", "جارت")) { OfTheFamily = false },
        new(BeforeAName: [], Asked: [], Written: [], WithPronoun: Possessed("زميل", "زميلت", "صديق", "صديقت")) { OfTheFamily = false },
    ];

    private static readonly HashSet<string> BeforeAName = Rows.SelectMany(k => k.BeforeAName).Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> WithPronoun = Rows.SelectMany(k => k.WithPronoun).Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> OfAWoman = Rows.SelectMany(k => k.OfAWoman).Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> OfAMan = Rows.SelectMany(k => k.OfAMan).Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> ChildInChat = Rows.SelectMany(k => k.ChildInChat).Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> OutsideTheFamily = Rows.Where(k => !k.OfTheFamily).SelectMany(k => k.BeforeAName)
        .Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Which of the kin a word tells, one list for both readers: which word tells the elder is also a rank word.</summary>
    private static readonly Dictionary<string, KinRank> Ranks = new[]
    {
        ("كبير", KinRank.Elder), ("كبيرة", KinRank.Elder), ("أكبر", KinRank.Elder), ("كبرى", KinRank.Elder), ("بكر", KinRank.Elder),
        ("صغير", KinRank.Younger), ("صغيرة", KinRank.Younger), ("أصغر", KinRank.Younger), ("صغرى", KinRank.Younger),
        ("وسطى", KinRank.Other), ("أوسط", KinRank.Other), ("وحيد", KinRank.Other), ("وحيدة", KinRank.Other),
    }.ToDictionary(p => ArabicText.Fold(p.Item1), p => p.Item2, StringComparer.Ordinal);

    private static readonly Dictionary<string, IReadOnlyList<string>> WrittenByAsked = Rows
        .SelectMany(k => k.Asked.Select(asked => (asked, k.Written)))
        .ToDictionary(p => p.asked, p => (IReadOnlyList<string>)p.Written, StringComparer.Ordinal);

    /// <summary>Whether a folded question word is kin before a name («ابنة»، «والد»، «جارة»): the question asks of that kin.</summary>
    public static bool IsBeforeAName(string folded) => BeforeAName.Contains(folded);

    /// <summary>«أخته»، «زوجها»، «ابنه»: kin of someone already named, folded; the name after one begins with its given name.</summary>
    public static bool IsWithPronoun(string folded) => WithPronoun.Contains(folded);

    /// <summary>Whether a folded kin noun asks of a woman («بنت»، «أخت»، «زوجة»، «أرملة»).</summary>
    public static bool AsksOfAWoman(string folded) => OfAWoman.Contains(folded);

    /// <summary>Whether a folded kin noun asks of a man («ابن»، «ولد»، «والد»، «أخو»، «زوجها»).</summary>
    public static bool AsksOfAMan(string folded) => OfAMan.Contains(folded);

    /// <summary>Whether a folded «ولد / بنت» may ask of a child in chat («ولد الأسطى حسين»), where no name carries it as its particle.</summary>
    public static bool IsChildInChat(string folded) => ChildInChat.Contains(folded);

    /// <summary>Whether a folded kin noun before a name asks of someone outside the family («جار»، «جارة»).</summary>
    public static bool IsOutsideTheFamily(string folded) => OutsideTheFamily.Contains(folded);

    /// <summary>
    /// The stems news writes the relative by whose name a question asks with <paramref name="asked"/> (folded, without the
    /// article: «بنت» → «بنت»، «ابنه»، «ابنت»، «بنات»), or null when the question asks no relative's name by that word.
    /// </summary>
    public static IReadOnlyList<string>? WrittenStemsOf(string asked) => WrittenByAsked.GetValueOrDefault(asked);

    /// <summary>
    /// The relation (child, sibling, grandchild, parent, spouse) a bare report word (folded, no prefixes) gives as a kin noun,
    /// and whether it carries a pronoun («ابنه»، «حفيدها»); «ابنه» is also «ابنة» folded, so a word ending in «ه» is read both
    /// ways by the caller. Null for another word.
    /// </summary>
    public static (KinRelation Relation, bool WithPronoun)? RelationOf(string bare)
    {
        foreach (var (relation, written) in Rows.Where(r => r.Relation is not null).Select(r => (r.Relation.GetValueOrDefault(), r.Written)))
        {
            foreach (var stem in written)
            {
                if (bare == stem)
                {
                    return (relation, bare.EndsWith('ه'));
                }

                if (bare.Length > stem.Length && bare.StartsWith(stem, StringComparison.Ordinal) && bare[stem.Length..] is "ه" or "ها")
                {
                    return (relation, true);
                }
            }
        }

        return null;
    }

    /// <summary>Which of the kin a bare folded word tells («كبير»، «البكر» bare, «صغرى»، «وحيد»), or null for another word.</summary>
    public static KinRank? RankOf(string bare) => Ranks.TryGetValue(bare, out var rank) ? rank : null;

    /// <summary>Every folded word <see cref="IsBeforeAName"/> holds.</summary>
    public static IReadOnlySet<string> AllBeforeAName => BeforeAName;

    /// <summary>Every folded word <see cref="IsWithPronoun"/> holds.</summary>
    public static IReadOnlySet<string> AllWithPronoun => WithPronoun;

    /// <summary>Every folded word <see cref="AsksOfAWoman"/> holds.</summary>
    public static IReadOnlySet<string> AllOfAWoman => OfAWoman;

    /// <summary>Every folded word <see cref="AsksOfAMan"/> holds.</summary>
    public static IReadOnlySet<string> AllOfAMan => OfAMan;

    /// <summary>Every folded word <see cref="IsChildInChat"/> holds.</summary>
    public static IReadOnlySet<string> AllChildInChat => ChildInChat;

    /// <summary>Every folded word <see cref="IsOutsideTheFamily"/> holds.</summary>
    public static IReadOnlySet<string> AllOutsideTheFamily => OutsideTheFamily;

    /// <summary>Every word <see cref="WrittenStemsOf"/> knows, with its stems.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> AllAsked => WrittenByAsked;

    /// <summary>Each stem with «ه» and «ها» after it: «ابنه»، «ابنها»; a feminine stem ends in «ت» («ابنته»).</summary>
    private static string[] Possessed(params string[] stems) => [.. stems.SelectMany(s => new[] { s + "ه", s + "ها" })];
}

/// <summary>Which of the kin a word tells: the elder («الأكبر»، «البكر»), the younger («الصغرى»), or neither («الوسطى»، «الوحيد»).</summary>
internal enum KinRank
{
    Elder,
    Younger,
    Other,
}

/// <summary>
/// The relation a report's kin noun gives, whatever the kin's gender or number: «ابنه» and «ابنتها» are both a child,
/// so a question's «بنت» finds a report's «ابنه».
/// </summary>
internal enum KinRelation
{
    /// <summary>A son or daughter («ابن»، «ابنة»، «نجل»).</summary>
    Child,

    /// <summary>A brother or sister («أخ»، «شقيقة»).</summary>
    Sibling,

    /// <summary>A grandson or granddaughter («حفيد»).</summary>
    Grandchild,

    /// <summary>A father or mother («والد»، «والدة»).</summary>
    Parent,

    /// <summary>A husband, wife or widow («زوج»، «زوجة»، «أرملة»).</summary>
    Spouse,
}
