namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// The speakers met so far, found by word: a name is compared only with the names that share a word with it (every
/// rule for "the same person" needs one), so a briefing naming thousands of people parses in about linear time
/// instead of comparing each name with every earlier one, at every start.
/// </summary>
internal sealed class KnownSpeakers
{
    private readonly List<Profile> _profiles = [];
    private readonly Dictionary<string, SortedSet<int>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<int>> _byLastWord = new(StringComparer.Ordinal);
    private readonly SortedSet<int> _wordless = [];
    private readonly List<int> _withAlias = [];

    public IReadOnlyList<Profile> All => _profiles;

    /// <summary>Ids of the speakers given an alias, in the order it was learnt: few, so they are scanned.</summary>
    public IReadOnlyList<int> WithAlias => _withAlias;

    public void AddAlias(int id, string alias)
    {
        if (_profiles[id].Aliases.Add(alias) && _profiles[id].Aliases.Count == 1)
        {
            _withAlias.Add(id);
        }
    }

    public Profile this[int id] => _profiles[id];

    public int Add(Profile profile)
    {
        _profiles.Add(profile);
        var id = _profiles.Count - 1;
        Index(id, profile.Name);
        return id;
    }

    public void Rename(int id, string name)
    {
        _profiles[id].Name = name;
        Index(id, name);
    }

    /// <summary>
    /// Ids, in the order first met, of the speakers that could be the same person as a name of these words: every
    /// rule needs the known name to hold all of them, or to end with one of them.
    /// </summary>
    public IEnumerable<int> CouldBe(IReadOnlyList<string> words)
    {
        if (words.Count == 0 || _wordless.Count > 0)
        {
            // A wordless name matches anything: keep the plain scan's answer for it.
            return Enumerable.Range(0, _profiles.Count);
        }

        var ids = new SortedSet<int>(Containing(words));
        foreach (var word in words)
        {
            if (_byLastWord.TryGetValue(word, out var ending))
            {
                ids.UnionWith(ending);
            }
        }

        return ids;
    }

    /// <summary>Ids, in the order first met, of the speakers whose name may hold all these words (its rarest word's list).</summary>
    public IEnumerable<int> Containing(IReadOnlyList<string> words)
    {
        if (words.Count == 0 || _wordless.Count > 0)
        {
            return Enumerable.Range(0, _profiles.Count);
        }

        SortedSet<int>? rarest = null;
        foreach (var word in words)
        {
            if (!_byWord.TryGetValue(word, out var ids))
            {
                return [];
            }

            if (rarest is null || ids.Count < rarest.Count)
            {
                rarest = ids;
            }
        }

        return rarest!;
    }

    private void Index(int id, string name)
    {
        var words = SpeakerNames.Words(name);
        if (words.Count == 0)
        {
            _wordless.Add(id);
        }
        else
        {
            if (!_byLastWord.TryGetValue(words[^1], out var ending))
            {
                _byLastWord[words[^1]] = ending = [];
            }

            ending.Add(id);
        }

        foreach (var word in words)
        {
            if (!_byWord.TryGetValue(word, out var ids))
            {
                _byWord[word] = ids = [];
            }

            ids.Add(id);
        }
    }
}
