using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// Reads a stem in the two broken-plural patterns that are nearly always plurals also as its singular, at the same
/// position: أفعال as فعل («الأسماك» → «سمك»، «أسواق» → «سوق»، «الأجيال» → «جيل») and فواعل as فاعل («القوارب» → «قارب»،
/// «الرواتب» → «راتب»، «العواصم» → «عاصم»). The light stemmer keeps a broken plural apart from its singular, and a reader
/// asks in one number where news writing says the other («كم عامل …» of «عمال»، «سوق» of «الأسواق»); the rescoring of the
/// best hits (<c>WordFamilyRescorer</c>) reads the other number only in the word search's first fifty, and a third of the
/// tune part's other-briefing first-rank misses rank the right passage below twenty.
/// </summary>
/// <remarks>
/// The last filter of the chain: it reads the stem the suffix filter left. The patterns of many senses are left out
/// (فعال: «قطار» is not «قطر», «طلاب» not «طلب»; مفاعل: «مزارع» is a farmer as often as farms, «محافظ» a governor; فعول:
/// «يقول»، «حكومة»), and so are the words أفعال shares with other patterns: a form VIII verbal noun («اتصال» has «ت» second),
/// a form IV one of a root in «و» or «ي» («إيجار»), and the form IV verbal nouns news writing uses
/// (<see cref="Unpaired"/>: «إنفاق» is not «نفق»، «إعمار» not «عمر»، «الإجمالي» not «جمل»). Prices, wages and instalments
/// keep their number too.
/// </remarks>
public sealed class BrokenPluralFilter : TokenFilter
{
    /// <summary>
    /// Words of the two patterns not read as a singular: the form IV verbal nouns (إفعال) and a form VII verb (انفعل of a
    /// hollow root) news writing uses, spelt like أفعال once folded, which read as a plural met a singular of another sense;
    /// the plurals of money amounts; and a plural whose singular is a name's particle. Folded, as the suffix filter leaves them.
    /// </summary>
    private static readonly HashSet<string> Unpaired = new(StringComparer.Ordinal)
    {
        "اجمال", "اعمار", "انفاق", "ادراج", "ابلاغ", "اعلام", "اقبال", "اصدار", "اطلاق", "اضراب", "اسلام", "اصلاح", "اخراج",
        "الزام", "اقلاع", "اشعال", "اطعام", "افلاس", "اسقاط", "امكان", "انزال", "انتاج", "اعلان", "ارسال", "اغلاق", "اسكان",
        "اعداد", "ابعاد", "ابحار", "اشراك", "اسهال", "انجاز", "انقاذ", "ادخال", "ارهاب", "اجبار", "اشراف", "انعاش", "اهمال",
        "اصرار", "اقرار", "اخطار", "انذار", "اقناع", "احراق", "اشعار", "اعصار", "امداد", "ادمان", "اعجاب", "اخفاق", "احباط",
        "اجهاد", "افراج", "اغراق", "ارشاد", "انهار", "اكمال", "احكام", "اعراب", "اخلاص", "اسعاف", "اسراف", "اخضاع",

        // Prices, wages and instalments in general: «كم سعر …» asks one price, and news writing's «الأسعار»، «الرواتب»،
        // «الأقساط» answered a price nobody gave (the concept lexicon leaves the price words out for the same reason).
        "اسعار", "رواتب", "اقساط",

        // «أولاد» is not read as «ولد»: the particle of a Mauritanian name («محمد فال ولد عبد الله»), not a child.
        "اولاد",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnpairedLookup = Unpaired.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Both patterns spell a plural in five letters.</summary>
    private const int PluralLength = 5;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly char[] _singular = new char[4];
    private readonly char[] _plural = new char[PluralLength];
    private int _singularLength;
    private bool _restorePlural;

    public BrokenPluralFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_singularLength > 0)
        {
            // Nothing after this filter changes a token's offsets or type: the singular keeps the plural's.
            _term.Buffer.AsSpan(0, PluralLength).CopyTo(_plural);
            _term.CopyBuffer(_singular, 0, _singularLength);
            _position.PositionIncrement = 0;
            _singularLength = 0;
            _restorePlural = true;
            return true;
        }

        if (_restorePlural)
        {
            // The suffix filter reads its other reading of a word off the stem it left in the buffer: it gets it back.
            _term.CopyBuffer(_plural, 0, PluralLength);
            _restorePlural = false;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        _singularLength = Singular(_term.Buffer.AsSpan(0, _term.Length), _singular);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _singularLength = 0;
        _restorePlural = false;
    }

    /// <summary>Writes the singular of a broken plural of the two patterns into <paramref name="singular"/>; its length, 0 for any other word.</summary>
    internal static int Singular(ReadOnlySpan<char> stem, Span<char> singular)
    {
        if (stem.Length != PluralLength || UnpairedLookup.Contains(stem))
        {
            return 0;
        }

        if (stem[0] == 'ا' && stem[3] == 'ا' && stem[1] is not ('ت' or 'ي' or 'ا') && IsLetter(stem[2]) && IsLetter(stem[4]))
        {
            // أفعال → فعل
            singular[0] = stem[1];
            singular[1] = stem[2];
            singular[2] = stem[4];
            return 3;
        }

        if (stem[1] == 'و' && stem[2] == 'ا' && IsLetter(stem[0]) && stem[0] != 'ا' && IsLetter(stem[3]) && IsLetter(stem[4]))
        {
            // فواعل → فاعل
            singular[0] = stem[0];
            singular[1] = 'ا';
            singular[2] = stem[3];
            singular[3] = stem[4];
            return 4;
        }

        return 0;
    }

    /// <summary>An Arabic letter other than the alef and hamza: a root's consonant as the patterns read it.</summary>
    private static bool IsLetter(char c) => c is >= 'ب' and <= 'ي' && c is not ('ا' or 'ء' or 'ة' or 'ى' or 'ـ');
}
