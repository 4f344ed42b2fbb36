using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Translation;

/// <summary>
/// The index's words by consonant skeleton, to find the Arabic spelling of a name typed in Latin letters:
/// «Putin» → «بوتين», «Gibran» → «غيبران» meets «جبران». Built once per index commit from its vocabulary.
/// </summary>
public sealed class NameSkeletons
{
    /// <summary>A skeleton of one consonant matches too many words to mean a name: only a near-identical spelling counts.</summary>
    private const int MinSkeletonLength = 2;

    /// <summary>At most this many index words stand for one name.</summary>
    private const int MaxMatches = 2;

    private readonly Dictionary<string, List<IndexedWord>> _bySkeleton = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public NameSkeletons(IReadOnlyList<IndexedWord> vocabulary)
    {
        foreach (var word in vocabulary)
        {
            _words.Add(word.Term);
            if (word.Term.Length < 3 || !word.Term.All(ArabicText.IsArabicLetter))
            {
                continue;
            }

            var skeleton = ConsonantSkeleton.Of(word.Term);
            if (!_bySkeleton.TryGetValue(skeleton, out var list))
            {
                list = [];
                _bySkeleton[skeleton] = list;
            }

            list.Add(word);
        }
    }

    /// <summary>Whether some passage has <paramref name="term"/> (an analysed form).</summary>
    public bool Contains(string term) => _words.Contains(term);

    /// <summary>
    /// Index words with the skeleton of one of <paramref name="arabicForms"/> (a transliteration as analysed): those of
    /// the closest spelling, the most frequent first.
    /// </summary>
    public IReadOnlyList<string> Match(IReadOnlyList<string> arabicForms)
    {
        var found = new List<(string Term, int Distance, int DocFreq)>();
        foreach (var form in arabicForms)
        {
            var skeleton = ConsonantSkeleton.Of(form);
            if (skeleton.Length == 0 || !_bySkeleton.TryGetValue(skeleton, out var words))
            {
                continue;
            }

            // Vowels are where transliterations differ, so they may differ in up to half the letters («غيبران»/«جبران»);
            // a one-consonant skeleton (وود) must be nearly the same word.
            var maxDistance = skeleton.Length < MinSkeletonLength ? 1 : Math.Max(1, form.Length / 2);
            foreach (var word in words)
            {
                var distance = ArabicText.EditDistance(form, word.Term, maxDistance);
                if (distance <= maxDistance)
                {
                    found.Add((word.Term, distance, word.DocFreq));
                }
            }
        }

        if (found.Count == 0)
        {
            return [];
        }

        // Only the closest spellings: «وود» is the name, «ود» one letter away is another word.
        var closest = found.Min(f => f.Distance);
        return found.Where(f => f.Distance == closest).OrderByDescending(f => f.DocFreq).Select(f => f.Term).Distinct(StringComparer.Ordinal).Take(MaxMatches).ToList();
    }
}
