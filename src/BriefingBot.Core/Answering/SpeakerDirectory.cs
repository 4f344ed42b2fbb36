using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// The speakers' names, looked up by word: exactly, and through their one- and two-letter deletions, so a
/// misspelt name finds its speaker without comparing the question with every name in the index.
/// Built once per index commit; a lookup costs the same with ten speakers or a hundred thousand.
/// The keys of a word grow with the square of its length, so only names within <see cref="BriefingLimits"/> are
/// taken in, and question words too long to be within two letters of any name word are not looked up at all:
/// the cost stays bounded by the question and a constant, whatever a briefing holds.
/// </summary>
public sealed class SpeakerDirectory
{
    /// <summary>Name words at least this long are also found with two letters wrong.</summary>
    private const int MinTwoEditLength = 8;

    /// <summary>The longest question word that can still match a name word: two edits and a conjunction longer.</summary>
    private const int MaxQuestionWordLength = BriefingLimits.MaxSpeakerWordLength + 3;

    /// <summary>
    /// Speaker ids by key, ascending. A list rather than a set: most keys belong to one speaker, and at 12,000 speakers
    /// (1M passages) the directory holds ~1M keys, where a set per key would cost ~200 MB.
    /// </summary>
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly List<(string Name, IReadOnlyList<string> Words)> _speakers = [];

    public SpeakerDirectory(IReadOnlyList<string> speakers)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        Source = speakers;
        foreach (var speaker in speakers)
        {
            if (!BriefingLimits.IsPlausibleSpeaker(speaker))
            {
                continue;
            }

            var id = _speakers.Count;
            // A compound is compared glued («عبد الرحمن» as «عبدالرحمن»), as the question's words are.
            var words = CompoundNames.Glued(ArabicText.FoldedWords(speaker));
            _speakers.Add((speaker, words));
            foreach (var word in words)
            {
                foreach (var key in Keys(word, index: true))
                {
                    if (!_byKey.TryGetValue(key, out var ids))
                    {
                        _byKey[key] = ids = new List<int>(1);
                    }

                    // Ids grow with the loop, so a repeat (two name words sharing a key) can only be the last one.
                    if (ids.Count == 0 || ids[^1] != id)
                    {
                        ids.Add(id);
                    }
                }
            }
        }
    }

    public static readonly SpeakerDirectory Empty = new([]);

    /// <summary>The list the directory was built from, so a caller can tell when it is stale.</summary>
    public IReadOnlyList<string> Source { get; }

    public int Count => _speakers.Count;

    /// <summary>Speakers with a name word equal or close to one of <paramref name="questionWords"/> (folded).</summary>
    public IEnumerable<(string Name, IReadOnlyList<string> Words)> Candidates(IEnumerable<string> questionWords)
    {
        var found = new SortedSet<int>();
        foreach (var word in questionWords)
        {
            if (word.Length > MaxQuestionWordLength)
            {
                continue;
            }

            foreach (var key in Keys(word, index: false))
            {
                if (_byKey.TryGetValue(key, out var ids))
                {
                    found.UnionWith(ids);
                }
            }
        }

        return found.Select(i => _speakers[i]);
    }

    /// <summary>
    /// The word and its deletion variants. Two words one edit apart share a key (a substitution deletes the same
    /// position, an insertion is the other word's deletion); two-edit keys are kept for long names only.
    /// </summary>
    private static IEnumerable<string> Keys(string word, bool index)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { word };
        if (word.Length > 3 && word[0] is 'و' or 'ل' or 'ب' or 'ف' or 'ك' && !index)
        {
            keys.Add(word[1..]);
        }

        // A surname asked without its article («غامدي») is looked up with it («الغامدي»), exactly.
        if (!index && word.Length >= 4 && !word.StartsWith("ال", StringComparison.Ordinal))
        {
            keys.Add("ال" + word);
        }

        foreach (var form in keys.ToList())
        {
            if (form.Length < 5)
            {
                continue;
            }

            foreach (var one in Deletions(form))
            {
                keys.Add(one);
                var twoEdits = index ? form.Length >= MinTwoEditLength : form.Length >= MinTwoEditLength - 2;
                if (twoEdits)
                {
                    keys.UnionWith(Deletions(one));
                }
            }
        }

        return keys;
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }
}
