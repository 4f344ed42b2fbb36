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
                foreach (var key in Keys(word))
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

    public int Count => _speakers.Count;

    /// <summary>Speakers with a name word equal or close to one of <paramref name="questionWords"/> (folded).</summary>
    public IEnumerable<(string Name, IReadOnlyList<string> Words)> Candidates(IEnumerable<string> questionWords)
    {
        var found = new SortedSet<int>();
        var byKey = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> withArticle = stackalloc char[MaxQuestionWordLength + 2];
        foreach (var word in questionWords)
        {
            if (word.Length > MaxQuestionWordLength)
            {
                continue;
            }

            // The word, without a conjunction or preposition glued on, and a surname asked without its article («غامدي»)
            // with it («الغامدي»), exactly. Their keys are looked up as they are made, in a buffer: as strings, a
            // question's words made some thousand short-lived ones, and garbage is how often the collector pauses an answer.
            Find(word, byKey, found);
            if (ArabicWordForms.OpensWithOneLetterClitic(word))
            {
                Find(word.AsSpan(1), byKey, found);
            }

            if (word.Length >= 4 && !word.StartsWith("ال", StringComparison.Ordinal))
            {
                "ال".CopyTo(withArticle);
                word.CopyTo(withArticle[2..]);
                Find(withArticle[..(word.Length + 2)], byKey, found);
            }
        }

        return found.Select(i => _speakers[i]);
    }

    /// <summary>
    /// A name word and its deletion variants, as the directory holds them. Two words one edit apart share a key (a
    /// substitution deletes the same position, an insertion is the other word's deletion); two-edit keys are kept for
    /// long names only. A question's words are looked up by the same keys, made as they are looked up (<see cref="Find"/>).
    /// </summary>
    private static IEnumerable<string> Keys(string word)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { word };
        if (word.Length < 5)
        {
            return keys;
        }

        foreach (var one in Deletions(word))
        {
            keys.Add(one);
            if (word.Length >= MinTwoEditLength)
            {
                keys.UnionWith(Deletions(one));
            }
        }

        return keys;
    }

    /// <summary>
    /// The speakers keyed by a question's form or, from five letters, by one of its one-letter deletions or, from six
    /// letters (two fewer than a name word needs: the name's keys meet the question's halfway), two-letter ones.
    /// </summary>
    private static void Find(ReadOnlySpan<char> form, Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> byKey, SortedSet<int> found)
    {
        Add(form, byKey, found);
        if (form.Length < 5)
        {
            return;
        }

        Span<char> one = stackalloc char[form.Length - 1];
        Span<char> two = stackalloc char[form.Length - 2];
        var twoEdits = form.Length >= MinTwoEditLength - 2;
        for (var i = 0; i < form.Length; i++)
        {
            Delete(form, i, one);
            Add(one, byKey, found);
            for (var j = 0; twoEdits && j < one.Length; j++)
            {
                Delete(one, j, two);
                Add(two, byKey, found);
            }
        }
    }

    private static void Add(ReadOnlySpan<char> key, Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> byKey, SortedSet<int> found)
    {
        if (byKey.TryGetValue(key, out var ids))
        {
            found.UnionWith(ids);
        }
    }

    /// <summary>The word without its letter at <paramref name="at"/>, written into <paramref name="into"/> (one letter shorter).</summary>
    private static void Delete(ReadOnlySpan<char> word, int at, Span<char> into)
    {
        word[..at].CopyTo(into);
        word[(at + 1)..].CopyTo(into[at..]);
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }
}
