using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// `KinLexicon` holds the kin words its readers once kept in lists of their own (SpeakerQuestion's kin nouns, its women's
/// and men's kin, its neighbours and chat's «ولد / بنت», KinNameCheck's families, SpeakerLexicon's kin of someone): each
/// reader sees the very words its own list held.
/// </summary>
public class KinLexiconTests
{
    private static readonly string[] Probes = [.. KinBeforeAName, .. KinWithPronoun, .. Stemmed.Keys, .. NotKin, .. WomenKin, .. MenKin, .. Neighbours, .. ChildParticles];

    /// <summary>SpeakerQuestion's kin nouns before a name, as they were.</summary>
    private static string[] KinBeforeAName =>
        ["ابن", "ابنة", "ابنه", "ابنها", "والد", "والدة", "والده", "والدها", "أخو", "أخت", "شقيق", "شقيقة", "شقيقه", "زوج", "زوجة", "زوجه", "زوجها", "حفيد", "حفيدة", "حفيده", "أرملة", "أبناء", "بنات", "أولاد", "جد", "جار", "جارة"];

    /// <summary>SpeakerQuestion's kin nouns asking of a woman, as they were.</summary>
    private static string[] WomenKin => ["بنت", "أخت", "زوجة", "أرملة"];

    /// <summary>SpeakerQuestion's kin nouns asking of a man, as they were.</summary>
    private static string[] MenKin => ["ابن", "ولد", "والد", "أخو", "شقيق", "زوج", "زوجها", "ابنها", "والدها", "حفيد", "جد"];

    /// <summary>SpeakerQuestion's neighbours, asked of as kin are but never of the family, as they were.</summary>
    private static string[] Neighbours => ["جار", "جارة"];

    /// <summary>SpeakerQuestion's «ولد / بنت» of chat, as they were.</summary>
    private static string[] ChildParticles => ["ولد", "بنت"];

    /// <summary>SpeakerLexicon's kin with a pronoun, as they were.</summary>
    private static string[] KinWithPronoun =>
    [
        "ابنه", "ابنها", "ابنته", "ابنتها", "نجله", "نجلها", "شقيقه", "شقيقها", "شقيقته", "شقيقتها", "اخوه", "اخته", "اخيه",
        "زوجته", "زوجها", "والده", "والدها", "والدته", "والدتها", "جده", "جدته", "حفيده", "حفيدته",
        "اخوها", "اخيها", "اختها", "جدها", "جدتها", "حفيدها", "حفيدتها", "عمه", "عمها", "خاله", "خالها", "عمته", "عمتها",
        "خالته", "خالتها",
        "جاره", "جارها", "جارته", "جارتها", "زميله", "زميلها", "زميلته", "زميلتها", "صديقه", "صديقها", "صديقته", "صديقتها",
    ];

    /// <summary>
    /// KinNameCheck's families, as they were: each word a question asks a relative's name by, with the stems news writes them by;
    /// «اخا» (the accusative «أخاه») since the kin the reports give (KinLexicon.RelationOf) reads the same stems.
    /// </summary>
    private static Dictionary<string, string[]> Stemmed
    {
        get
        {
            (string[] Asked, string[] Stems)[] families =
            [
                (["ابن", "ابنا", "ابناء", "اولاد", "ولاد", "ولد", "نجل", "انجال"], ["ابن", "ابنا", "ابناء", "ابناو", "ابناي", "اولاد", "ولاد", "ولد", "نجل", "انجال"]),
                (["بنت", "ابنه", "بنات"], ["بنت", "ابنه", "ابنت", "بنات"]),
                (["اخ", "اخت", "اخوه", "اخوان", "اخوات", "شقيق", "شقيقه", "اشقاء"], ["اخ", "اخو", "اخا", "اخي", "اخت", "اخوه", "اخوت", "اخوان", "اخوات", "شقيق", "شقيقه", "شقيقت", "اشقاء"]),
                (["حفيد", "حفيده", "احفاد"], ["حفيد", "حفيده", "حفيدت", "احفاد"]),
            ];
            return families.SelectMany(f => f.Asked.Select(a => (a, f.Stems))).ToDictionary(p => p.a, p => p.Stems, StringComparer.Ordinal);
        }
    }

    /// <summary>Words near kin that none of the lists held: a city, name particles, a chat title, parents asked by name.</summary>
    private static string[] NotKin => ["جدة", "بنت", "بن", "عم", "خال", "ام", "امه", "اب", "ابوه", "زوجتها", "نجلته", "قريب", "اقارب", "ابناؤه"];

    [Fact]
    public void A_question_reads_as_kin_before_a_name_exactly_the_words_it_did()
    {
        Assert.Equal(KinBeforeAName.Select(w => ArabicText.Fold(w)).Order(StringComparer.Ordinal).Distinct(), KinLexicon.AllBeforeAName.Order(StringComparer.Ordinal));
        foreach (var word in Probes.Select(w => ArabicText.Fold(w)).Distinct())
        {
            Assert.Equal(KinLexicon.AllBeforeAName.Contains(word), KinLexicon.IsBeforeAName(word));
        }
    }

    [Fact]
    public void The_parser_reads_as_kin_of_someone_exactly_the_words_it_did()
    {
        Assert.Equal(KinWithPronoun.Select(w => ArabicText.Fold(w)).Order(StringComparer.Ordinal).Distinct(), KinLexicon.AllWithPronoun.Order(StringComparer.Ordinal));
        foreach (var word in Probes.Select(w => ArabicText.Fold(w)).Distinct())
        {
            Assert.Equal(KinLexicon.AllWithPronoun.Contains(word), SpeakerLexicon.IsKinOfSomeone(word));
        }
    }

    [Fact]
    public void A_relative_is_asked_by_name_with_exactly_the_words_and_stems_it_was()
    {
        var expected = Stemmed;
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), KinLexicon.AllAsked.Keys.Order(StringComparer.Ordinal));
        foreach (var (asked, stems) in expected)
        {
            Assert.Equal(stems, KinLexicon.WrittenStemsOf(asked));
        }

        foreach (var word in NotKin.Where(w => !expected.ContainsKey(w)))
        {
            Assert.Null(KinLexicon.WrittenStemsOf(word));
        }
    }

    [Fact]
    public void A_question_asks_of_a_woman_or_a_man_by_exactly_the_kin_nouns_it_did()
    {
        AssertReads(WomenKin, KinLexicon.AllOfAWoman, KinLexicon.AsksOfAWoman);
        AssertReads(MenKin, KinLexicon.AllOfAMan, KinLexicon.AsksOfAMan);
    }

    [Fact]
    public void Only_neighbours_are_asked_of_outside_the_family()
    {
        AssertReads(Neighbours, KinLexicon.AllOutsideTheFamily, KinLexicon.IsOutsideTheFamily);
    }

    [Fact]
    public void Chat_asks_of_a_child_by_exactly_the_words_it_did()
    {
        AssertReads(ChildParticles, KinLexicon.AllChildInChat, KinLexicon.IsChildInChat);
    }

    [Fact]
    public void Kin_of_someone_is_never_a_name()
    {
        Assert.True(SpeakerLexicon.IsNonName(ArabicText.Fold("حفيدته")));
    }

    /// <summary>The reader's set is the old list folded, and the reader answers for every probe as the set holds it.</summary>
    private static void AssertReads(string[] oldList, IReadOnlySet<string> all, Func<string, bool> reads)
    {
        Assert.Equal(oldList.Select(w => ArabicText.Fold(w)).Distinct().Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
        foreach (var word in Probes.Select(w => ArabicText.Fold(w)).Distinct())
        {
            Assert.Equal(all.Contains(word), reads(word));
        }
    }
}
