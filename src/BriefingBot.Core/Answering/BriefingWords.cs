using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// What the briefings write, as questions about their speakers are weighed against it: every word as written (what a
/// question's word may be before it is a misspelt name), the section headings, and for each briefing every reading of its
/// words, of its title and lede, and the places it names and is about. The <see cref="SpeakerRoster"/> holds one; each set is
/// read the first time it is asked, once per catalog snapshot.
/// </summary>
internal sealed class BriefingWords
{
    private readonly Dictionary<string, WrittenBriefing> _byId = new(StringComparer.Ordinal);

    /// <summary>Every word the briefings write, folded, as written: what a question's word may be before it is a misspelt name.</summary>
    private readonly Lazy<HashSet<string>> _written;

    /// <summary>Every section heading of the briefings, its folded words joined by a space.</summary>
    private readonly Lazy<HashSet<string>> _headings;

    public BriefingWords(IReadOnlyList<Briefing> briefings)
    {
        _written = new Lazy<HashSet<string>>(() => [.. briefings.SelectMany(b => ArabicText.FoldedWords(b.Title).Concat(b.Passages.SelectMany(p => ArabicText.FoldedWords(p.Text))))]);
        _headings = new Lazy<HashSet<string>>(() => [.. briefings.SelectMany(b => b.Passages).Select(p => p.Section).OfType<string>().Select(h => string.Join(' ', ArabicText.FoldedWords(h)))]);
        Each = [.. briefings.Select(b => new WrittenBriefing(b))];
        foreach (var briefing in Each)
        {
            // A briefing given twice is read by its first copy, as a catalog keeps one.
            _byId.TryAdd(briefing.Briefing.Id, briefing);
        }
    }

    /// <summary>Each briefing's words, in the order the briefings were given (a briefing given twice, twice).</summary>
    public IReadOnlyList<WrittenBriefing> Each { get; }

    /// <summary>
    /// Whether a briefing writes <paramref name="folded"/> as it is: a word of the language («الزوار») or a name the
    /// briefings spell so, which a question may mean as written.
    /// </summary>
    public bool Writes(string folded) => _written.Value.Contains(folded);

    /// <summary>Whether the folded words, in this order, are word for word a section heading of a briefing («الخطاط»).</summary>
    public bool IsSectionHeading(IEnumerable<string> foldedWords) => _headings.Value.Contains(string.Join(' ', foldedWords));

    /// <summary>Whether a briefing holds the question word: a place it is about, or any other word in one of its readings.</summary>
    public bool Covers(string briefingId, string word)
    {
        if (!_byId.TryGetValue(briefingId, out var briefing))
        {
            return false;
        }

        var places = Gazetteer.PlacesNamedBy(word).ToList();
        return places.Count > 0 ? places.Any(briefing.About.Value.Contains) : ArabicWordForms.Readings(word).Any(r => r.Length >= 3 && briefing.Words.Value.Contains(r));
    }

    /// <summary>
    /// The briefings among <paramref name="briefingIds"/> that cover the most of <paramref name="subject"/>'s words
    /// (<see cref="Covers"/>); null when none covers any, or each covers as many.
    /// </summary>
    public IReadOnlySet<string>? MostCovering(IReadOnlyCollection<string> briefingIds, IReadOnlyList<string> subject)
    {
        var scores = briefingIds.Select(id => (Id: id, Score: subject.Count(w => Covers(id, w)))).ToList();
        var most = scores.Max(s => s.Score);
        return most == 0 || scores.All(s => s.Score == most) ? null
            : scores.Where(s => s.Score == most).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// <paramref name="subject"/>'s words that no title or lede of <paramref name="briefingIds"/> writes in any reading of
    /// three letters or more: what a briefing is about, its speakers need not repeat.
    /// </summary>
    public IReadOnlyList<string> NotInTheirHeadlines(IReadOnlyList<string> subject, IEnumerable<string> briefingIds)
    {
        var headlines = briefingIds.Distinct(StringComparer.Ordinal)
            .Select(id => _byId.TryGetValue(id, out var briefing) ? briefing.Headline.Value : null)
            .OfType<HashSet<string>>()
            .ToList();
        return [.. subject.Where(w => !headlines.Any(h => ArabicWordForms.Readings(w).Any(r => r.Length >= 3 && h.Contains(r))))];
    }

    /// <summary>
    /// Every reading of every word of the briefings <paramref name="ids"/>: a question asks of the same speaker's
    /// briefings for each word beside the name it matched. One briefing's set is that briefing's own, not a copy.
    /// </summary>
    public HashSet<string> WordsOf(HashSet<string> ids)
    {
        if (ids.Count == 1 && _byId.TryGetValue(ids.First(), out var only))
        {
            return only.Words.Value;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (_byId.TryGetValue(id, out var briefing))
            {
                words.UnionWith(briefing.Words.Value);
            }
        }

        return words;
    }

    /// <summary>Every reading of every folded word.</summary>
    public static HashSet<string> ReadingsOf(IEnumerable<string> foldedWords)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in foldedWords)
        {
            words.UnionWith(ArabicWordForms.Readings(word));
        }

        return words;
    }

    /// <summary>The folded words of a briefing's title and first passage, each once: what the briefing is about.</summary>
    public static IEnumerable<string> TitleAndLedeWords(Briefing briefing)
    {
        var lede = briefing.Passages.Count > 0 ? briefing.Passages[0].Text : "";
        return ArabicText.FoldedWords(briefing.Title).Concat(ArabicText.FoldedWords(lede)).Distinct(StringComparer.Ordinal);
    }
}

/// <summary>One briefing's words and places, each read the first time it is asked.</summary>
internal sealed class WrittenBriefing
{
    public WrittenBriefing(Briefing briefing)
    {
        Briefing = briefing;
        Words = new Lazy<HashSet<string>>(() => BriefingWords.ReadingsOf(AllWords(briefing)));
        Headline = new Lazy<HashSet<string>>(() => BriefingWords.ReadingsOf(BriefingWords.TitleAndLedeWords(briefing)));
        About = new Lazy<HashSet<string>>(() => PlacesNamedBy(BriefingWords.TitleAndLedeWords(briefing)));
        Places = new Lazy<HashSet<string>>(() => PlacesNamedBy(AllWords(briefing).Distinct(StringComparer.Ordinal)));
    }

    public Briefing Briefing { get; }

    /// <summary>Every reading of every word of the briefing's title and passages.</summary>
    public Lazy<HashSet<string>> Words { get; }

    /// <summary>Every reading of every word of the briefing's title and lede.</summary>
    public Lazy<HashSet<string>> Headline { get; }

    /// <summary>The places the briefing is about: those its title or first passage names, by name or adjective.</summary>
    public Lazy<HashSet<string>> About { get; }

    /// <summary>The places the briefing names, by name or adjective, in its title or any passage («اللبنانية» names لبنان).</summary>
    public Lazy<HashSet<string>> Places { get; }

    /// <summary>The folded words of the briefing's title, then of each passage.</summary>
    private static IEnumerable<string> AllWords(Briefing briefing) =>
        ArabicText.FoldedWords(briefing.Title).Concat(briefing.Passages.SelectMany(p => ArabicText.FoldedWords(p.Text)));

    private static HashSet<string> PlacesNamedBy(IEnumerable<string> foldedWords)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in foldedWords)
        {
            places.UnionWith(Gazetteer.PlacesNamedBy(word));
        }

        return places;
    }
}
