using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// Strips the article with any attached conjunction or preposition («وال»، «بال»، «لل»). A leading «و» is
/// nearly always the conjunction, so it is stripped, but the whole word is kept beside it («وزير»). A single
/// «ب ل ك ف» may be a preposition («بموسكو») or part of the word («بوتين»، «فرنسا»), so the word is kept and its
/// stripped form is added at the same position. Both sides of the search see both forms, so a question and a
/// passage meet whichever way each wrote the word. Every form is the word without some leading letters, so the
/// term buffer is shifted in place; the second form keeps the word's offsets, so both highlight the whole word.
/// </summary>
/// <remarks>
/// The second form is the word's letters, kept aside, at a position increment of 0: nothing after this filter changes
/// a token's offsets or type, so the word's whole state (every attribute cloned, a quarter of the words) need not be
/// captured and restored.
/// </remarks>
public sealed class ArabicPrefixFilter : TokenFilter
{
    private const int NoAlternative = -1;

    private static readonly string[] ArticlePrefixes = ["وبال", "وكال", "وفال", "ولل", "وال", "بال", "كال", "فال", "لل", "ال"];

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private int _pendingDrop = NoAlternative;
    private char[] _word = new char[16];
    private int _wordLength;

    public ArabicPrefixFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingDrop != NoAlternative)
        {
            _term.CopyBuffer(_word, _pendingDrop, _wordLength - _pendingDrop);
            _position.PositionIncrement = 0;
            _pendingDrop = NoAlternative;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var (primary, alternative) = Forms(_term.Buffer.AsSpan(0, _term.Length));
        if (alternative != NoAlternative)
        {
            if (_word.Length < _term.Length)
            {
                _word = new char[_term.Length];
            }

            Array.Copy(_term.Buffer, _word, _term.Length);
            _wordLength = _term.Length;
            _pendingDrop = alternative;
        }

        if (alternative == NoAlternative && primary >= 2 && KeepsArticle(_term.Buffer.AsSpan(primary, _term.Length - primary)))
        {
            // Whatever the prefix («بالبن»، «للأم»), the word is indexed with the bare article.
            DropLeading(primary - 2);
            _term.Buffer[0] = 'ا';
            _term.Buffer[1] = 'ل';
            return true;
        }

        DropLeading(primary);
        return true;
    }

    /// <summary>
    /// A two-letter noun that, without its article, is spelt as a particle: «البن» (coffee) as the «بن» of every
    /// «خالد بن سلمان», «الأم» (the mother) as the stop word «أم» (or), which dropped the word. With the article it is
    /// only ever the noun, so it keeps it. Folded spellings.
    /// </summary>
    private static bool KeepsArticle(ReadOnlySpan<char> rest) => rest is "بن" or "ام";

    public override void Reset()
    {
        base.Reset();
        _pendingDrop = NoAlternative;
    }

    /// <summary>
    /// How many leading letters the form a word is indexed under drops, and how many the other form it may stand for
    /// drops (<see cref="NoAlternative"/> when it has none).
    /// </summary>
    internal static (int Primary, int Alternative) Forms(ReadOnlySpan<char> word)
    {
        var article = ArticleLength(word);
        if (article > 0)
        {
            return (article + DoubledArticleLength(word[article..]), NoAlternative);
        }

        if (word.Length >= 4 && word[0] == 'و')
        {
            return IsHamzaFinalImperfect(word[1..]) ? (1, 2) : (1, 0);
        }

        if (IsHamzaFinalImperfect(word))
        {
            return (0, 1);
        }

        if (word.Length >= 5 && word[0] is 'ب' or 'ل' or 'ك' or 'ف')
        {
            return (0, 1);
        }

        // «بـ» of manner and measure sits on a bare three-letter noun in news writing («بطول»، «بشكل»، «بقوة»), and «لـ» of
        // purpose on a bare three-letter verbal noun («لنقل»، «لدعم»، «لقطف»، «لبيع»), which otherwise never met the noun
        // («نقل»، «النقل»). A four-letter word that begins with either letter keeps its whole form first («لجنة»، «لحظة»),
        // the other reading being a rare string no question asks for. «لا» stays whole: it opens a noun of a root in «ل»
        // («لاجئ»، «لاعب»), whose rare other reading outscored the word and favoured passages that write it bare. «ك ف» on
        // three letters stay whole («كبير»، «فريق»).
        if (word.Length == 4 && (word[0] == 'ب' || word[0] == 'ل' && word[1] != 'ا'))
        {
            return (0, 1);
        }

        // The future particle on a present-tense verb («سترد»، «سيقول») meets the bare verb («ترد»).
        if (word.Length >= 4 && word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن' or 'ا')
        {
            return (0, 1);
        }

        return (0, NoAlternative);
    }

    /// <summary>
    /// The present tense of a three-letter root ending in hamza («يبدأ»، «تبدأ»، «نبدأ»، «يلجأ»), folded to a final alef that
    /// the suffix filter then drops as a loanword's («يبد»), never met its own past and verbal noun («بدأ»، «بداية» →
    /// «بدا»). Its other form is the verb without the letter of the person, which is the past. Two strong letters between
    /// («يوغا»، «ناسا» stay whole); «ا» of the first person is left out, as «ابدا» is also the adverb «أبدًا». Folded spellings.
    /// </summary>
    private static bool IsHamzaFinalImperfect(ReadOnlySpan<char> word) =>
        word.Length == 4 && word[0] is 'ي' or 'ت' or 'ن' && word[3] == 'ا' && IsStrong(word[1]) && IsStrong(word[2]);

    private static bool IsStrong(char letter) => letter is not ('ا' or 'و' or 'ي' or 'ء');

    /// <summary>The length of the article prefix the word starts with, leaving at least two letters; 0 for none.</summary>
    internal static int ArticleLength(ReadOnlySpan<char> word)
    {
        foreach (var prefix in ArticlePrefixes)
        {
            if (word.Length - prefix.Length >= 2 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// The article is never doubled: a word that begins with «ال» again after its article had those letters of its own, a
    /// hamza'd «إل / أل / آل» folded to «ال» («الإلكترونية»، «الألعاب»، «الآلاف») or the «ال» of a form-VIII verbal noun
    /// («الالتزام»). Written bare («إلكترونية»، «التزام»), the same word loses them to the article reading, so the two never
    /// met («كترون» beside «الكترون»). They go here too, leaving at least two letters, and both forms meet. 2 or 0.
    /// Not where what is left is a stop word («الألبان» would fall to «بان», «الألفية» to «فيه», and be dropped).
    /// </summary>
    private static int DoubledArticleLength(ReadOnlySpan<char> rest) =>
        rest.Length - 2 >= 2 && rest.StartsWith("ال", StringComparison.Ordinal) && !ArabicStopWords.Contains(rest[2..]) ? 2 : 0;

    private void DropLeading(int count)
    {
        if (count == 0)
        {
            return;
        }

        var length = _term.Length - count;
        Array.Copy(_term.Buffer, count, _term.Buffer, 0, length);
        _term.Length = length;
    }
}
