using BriefingBot.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// Light suffix stemming: attached pronouns, dual and plural endings and the (folded) taa marbuta.
/// A taa marbuta that turned into «ت» before a pronoun («عاصمتها») is folded back, so it meets «عاصمة».
/// A final alef goes too («شمالا»، «أمريكا»). Every step removes trailing letters, so stemming only shortens
/// the term buffer; a few verbal nouns have their folded «ة» written back over the first letter of the ending they lose
/// («معاملات» → «معامله»), which shortens it too.
/// </summary>
/// <remarks>
/// The last filter of the chain, so the stem it hands on is still in the term buffer when it is asked for the other
/// reading: that reading is the same buffer cut shorter, at a position increment of 0, with nothing captured.
/// </remarks>
public sealed class ArabicSuffixFilter : TokenFilter
{
    private static readonly string[] Pronouns = ["هما", "كما", "كم", "كن", "هم", "هن", "ها", "نا", "ه", "ي", "ك"];
    private static readonly string[] Endings = ["ات", "ان", "ون", "ين", "يه", "يا", "ه", "ي"];
    private static readonly string[] SecondEndings = ["ان", "ي"];

    /// <summary>
    /// Words whose final «ه» is the root's, not a pronoun nor a folded «ة»: the currency «جنيه» and the verbal nouns and
    /// adjectives of roots ending in «ه» («توجيه»، «ترفيه»، «نزيه»). Read as endings they fell together with other words
    /// («الجنيه» with «الجني», the harvest; «تنويه» with «تنوي») and apart from their own plurals and adjectives
    /// («الجنيهات»، «الترفيهية» keep the «ه»). Folded spellings; no word with a «ة» there is spelt the same.
    /// </summary>
    private static readonly HashSet<string> RootFinalHa = new(StringComparer.Ordinal)
    {
        "جنيه", "توجيه", "تنبيه", "ترفيه", "تنويه", "تشويه", "تمويه", "تشبيه", "تنزيه", "نزيه", "وجيه", "فقيه", "شبيه", "كريه",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RootFinalHaLookup = RootFinalHa.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The gazetteer's places whose «ان» or «ين» is the name's, not a dual or plural ending («لبنان»، «السودان»، «البحرين»،
    /// «فلسطين»، «طهران»). Stripped, they fell together with other words («البحرين» with «البحر»، «لبنان» with «لبن»،
    /// «السودان» with «سود») and apart from their own adjective, which keeps the letters («اللبنانية»، «البحريني»), where
    /// «مصر» and «المصري» meet.
    /// </summary>
    private static readonly HashSet<string> PlacesInAnOrIn = Gazetteer.Places
        .Where(p => p.EndsWith("ان", StringComparison.Ordinal) || p.EndsWith("ين", StringComparison.Ordinal))
        .ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacesInAnOrInLookup = PlacesInAnOrIn.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Nouns whose final «ون» is the word's own, not the plural ending: the common nouns of that shape news writing uses
    /// («صابون»، «زيتون»، «قانون»، «مليون») and loanwords («تلفزيون»، «كربون»). Stripped, «الصابون» fell to «صاب» (the verb
    /// of hitting) apart from «الصابونة», «الزيتون» to «زيت» (oil of any kind), and «القانون» apart from «القانونية».
    /// Folded spellings. The verbal nouns and participles of roots in «ن» go by their shape (<see cref="IsRootFinalNun"/>).
    /// </summary>
    private static readonly HashSet<string> RootFinalUn = new(StringComparer.Ordinal)
    {
        "صابون", "زيتون", "قانون", "مليون", "كانون", "ليمون", "طاحون", "ماعون", "طاعون", "فرعون", "صالون", "كربون", "عربون",
        "حلزون", "تلفزيون", "بنطلون",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RootFinalUnLookup = RootFinalUn.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int NoOtherReading = -1;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private int _otherLength = NoOtherReading;

    public ArabicSuffixFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_otherLength != NoOtherReading)
        {
            _term.Length = _otherLength;
            _position.PositionIncrement = 0;
            _otherLength = NoOtherReading;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (VerbalNounStem(_term.Buffer.AsSpan(0, _term.Length)) is > 0 and var verbalNoun)
        {
            // The stem's own letters, then the folded «ة» written where the word had «ة», «ات» or a «ت» before a pronoun.
            _term.Buffer[verbalNoun] = 'ه';
            _term.Length = verbalNoun + 1;
            return true;
        }

        var (length, other) = Stems(_term.Buffer.AsSpan(0, _term.Length));
        _term.Length = length;
        if (other != NoOtherReading)
        {
            // Only ever shorter than the stem, so the buffer still holds it.
            _otherLength = other;
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _otherLength = NoOtherReading;
    }

    /// <summary>The length of the stem: how many leading letters of <paramref name="word"/> it keeps.</summary>
    internal static int Stem(ReadOnlySpan<char> word) => Stems(word).Length;

    /// <summary>
    /// The stem and, where a «ت» before a pronoun may be the word's own letter or a taa marbuta, the length of the other
    /// reading (always shorter; <see cref="NoOtherReading"/> when there is none).
    /// </summary>
    private static (int Length, int Other) Stems(ReadOnlySpan<char> word)
    {
        var stem = StemOne(word, out var other);
        if (other != NoOtherReading)
        {
            return (stem, other);
        }

        if (stem >= 4 && word.Length == stem + 1 && word[^1] == 'ه' && word[stem - 1] == 'ت')
        {
            // «كلمته» is «كلمة» + «ه» as often as «ثابته» is «ثابتة»: both readings are kept.
            return (stem, stem - 1);
        }

        return (stem, NoOtherReading);
    }

    private static int StemOne(ReadOnlySpan<char> word, out int other)
    {
        other = NoOtherReading;
        var length = word.Length;
        if (length < 4 || !char.IsLetter(word[0]) || word[0] < '\u0600')
        {
            return length;
        }

        var pronounStripped = false;
        foreach (var pronoun in Pronouns)
        {
            if (pronoun.Length > 1 && length - pronoun.Length >= 3 && word[..length].EndsWith(pronoun, StringComparison.Ordinal))
            {
                length -= pronoun.Length;

                // «ـات» before a pronoun is the sound feminine plural when a stem of three letters is left
                // («تصريحاته» = «تصريحات»); shorter, it is a taa marbuta after alef («حياتها» = «حياة»).
                if (length >= 5 && word[length - 2] == 'ا' && word[length - 1] == 'ت')
                {
                    return StripAdjectiveEnding(word[..(length - 2)]);
                }

                if (length >= 4 && word[length - 1] == 'ت')
                {
                    return length - 1;
                }

                pronounStripped = true;
                break;
            }
        }

        // «ه» is also a pronoun: on «ـات» it leaves the plural («تصريحاته» = «تصريحات»), or, with two letters before
        // the alef, a taa marbuta («وفاته» = «وفاة»); «ذاته» keeps its «ذات».
        if (!pronounStripped && word[..length].EndsWith("اته", StringComparison.Ordinal))
        {
            if (length >= 6)
            {
                return StripAdjectiveEnding(word[..(length - 3)]);
            }

            if (length == 5)
            {
                return length - 2;
            }
        }

        // An adverbial accusative written without its tanween («شمالا») and a final alef of a loanword
        // («أمريكا») both meet the bare form this way.
        if (!pronounStripped && length >= 4 && word[length - 1] == 'ا' && word[length - 2] != 'ا')
        {
            length--;
        }

        if (length >= 5 && word[length - 1] == 'و' && word[length - 2] != 'و')
        {
            // A sound plural before its noun drops its «ن» («سائقو الشاحنات»، «خريجو الجامعات»), and a past tense's «وا»
            // loses its alef above («شاركوا» → «شاركو»): both are also read without the «و», where they meet «سائق» and
            // «شارك». The word as written stays the first reading, for a name or a loanword in «و» («كوسوفو»، «فيديو»).
            other = length - 1;
            return length;
        }

        if (RootFinalHaLookup.Contains(word[..length]) || PlacesInAnOrInLookup.Contains(word[..length]) || IsRootFinalNun(word[..length])
            || NisbasOfAnotherSenseLookup.Contains(word[..length]))
        {
            return length;
        }

        if (length >= 5 && word[length - 1] == 'ه'
            && (BodiesInIyyaLookup.Contains(word[..(length - 1)]) || NisbasOfAnotherSenseLookup.Contains(word[..(length - 1)])))
        {
            return length - 1;
        }

        foreach (var ending in Endings)
        {
            if (length - ending.Length >= 3 && word[..length].EndsWith(ending, StringComparison.Ordinal))
            {
                length -= ending.Length;
                return ending is "ه" or "ات" ? StripAdjectiveEnding(word[..length]) : length;
            }
        }

        return length;
    }

    /// <summary>
    /// A word whose «ون» or «ين» ends its root: a listed noun (<see cref="RootFinalUn"/>), or a five-letter word of the two
    /// shapes a root in «ن» takes in news writing, the verbal noun «تفعيل» («تخزين»، «تأمين»، «تحسين»، «تعدين») and the
    /// participle «مفعول» («مخزون»، «مضمون»). Stripped, they fell together with other words («التأمين» with «التام»، «التحسين»
    /// with «تحس»، «التعدين» with «تعد») and apart from their own feminine and adjective («المضمونة»، «التأمينية»), which
    /// keep the letters. No sound plural or verb of five letters has either shape but a rare one («تمشين»).
    /// </summary>
    private static bool IsRootFinalNun(ReadOnlySpan<char> word) =>
        RootFinalUnLookup.Contains(word)
        || word.Length == 5 && word[0] == 'ت' && word[3] == 'ي' && word[4] == 'ن'
        || word.Length == 5 && word[0] == 'م' && word[3] == 'و' && word[4] == 'ن';

    /// <summary>
    /// Nouns in «ـية» that name a body of people, not a quality of their stem: «جمعية» (an association) and «تعاونية» (a
    /// cooperative), with their plurals. Read as adjectives they fell together with «الجمعة» (Friday), «جمع» (gathering) and
    /// «التعاون» (cooperation between states). Folded spellings, as left after the «ة» or «ات».
    /// </summary>
    private static readonly HashSet<string> BodiesInIyya = new(StringComparer.Ordinal) { "جمعي", "تعاوني" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BodiesInIyyaLookup = BodiesInIyya.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Relative adjectives whose noun is of another sense: «محلي» (local) is not «محل» (a shop; «المحلات»، «المحال»). Read as
    /// the noun, «السوق المحلية»، «الإنتاج المحلي» and «المجالس المحلية» fell together with the shops, so «كم محلا أغلق؟»
    /// drew every passage about local produce and a shops group could not hold «السوبرماركت». Kept whole with every ending
    /// («المحلية»، «المحلي»، «محليًا»، «المحليين» → «محلي»). Folded spellings.
    /// </summary>
    private static readonly HashSet<string> NisbasOfAnotherSense = new(StringComparer.Ordinal) { "محلي" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NisbasOfAnotherSenseLookup = NisbasOfAnotherSense.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Verbal nouns of the pattern مفاعلة whose bare stem is also the broken plural مفاعل of a noun of place: «معاملة»
    /// (a transaction) beside «المعامل» (factories, the plural of «معمل»), «مصادرة» (confiscation) beside «المصادر»
    /// (sources). Stripped of their «ة» or «ات», the transactions fell together with the factories, so a lexicon could not
    /// say «المعامل» are «المصانع». Folded spellings, as left after the «ة».
    /// </summary>
    private static readonly string[] VerbalNounsOfPluralShape = ["معامل", "مصادر"];

    /// <summary>
    /// The length of the listed stem (<see cref="VerbalNounsOfPluralShape"/>) the word is, with a «ة», «ات» or a «ت» before
    /// a pronoun after it («معاملة»، «معاملات»، «معاملتها»، «معاملاتها»): all are indexed as the stem and «ه»; 0 otherwise.
    /// A «ه» with more after it is a pronoun on the plural («مصادرها», its sources), which stems as before.
    /// </summary>
    private static int VerbalNounStem(ReadOnlySpan<char> word)
    {
        foreach (var stem in VerbalNounsOfPluralShape)
        {
            if (word.Length > stem.Length && word.StartsWith(stem, StringComparison.Ordinal)
                && (word[stem.Length] == 'ت' || word[stem.Length] == 'ه' && word.Length == stem.Length + 1
                    || word[stem.Length] == 'ا' && word.Length > stem.Length + 1 && word[stem.Length + 1] == 'ت'))
            {
                return stem.Length;
            }
        }

        return 0;
    }

    /// <summary>A feminine or plural ending may sit on an adjective ending of its own («قلقانة» → «قلقان» → «قلق»).</summary>
    private static int StripAdjectiveEnding(ReadOnlySpan<char> word)
    {
        if (BodiesInIyyaLookup.Contains(word) || NisbasOfAnotherSenseLookup.Contains(word))
        {
            return word.Length;
        }

        foreach (var ending in SecondEndings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word.Length - ending.Length;
            }
        }

        return word.Length;
    }
}
