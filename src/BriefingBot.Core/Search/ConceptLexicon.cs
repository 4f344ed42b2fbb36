using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search;

/// <summary>
/// A small, curated lexicon of what a news reader knows to be the same thing said another way: a country, its capital,
/// its people and adjective (واشنطن، أمريكا، الأمريكي), a seat of power (قرطاج، الرئاسة), the paraphrases of news
/// writing (الاقتراع، الانتخابات؛ نزح، هرب) and broken plurals the light stemmer leaves apart (الأحزاب، الحزب). Shipped
/// as <c>Search/Lexicon/news-concepts.txt</c>; its entries are analysed with the passages' chain, so they meet the
/// index's terms. A question naming an entry gets the other entries of its groups (<see cref="ConceptExpansion"/>),
/// which only rescore the word search's best hits, with a low weight, and only those that lack the question's own word:
/// they stand in for a missing word, never add to a literal match.
/// </summary>
internal sealed class ConceptLexicon
{
    private const string ResourceName = "BriefingBot.Core.Search.Lexicon.news-concepts.txt";

    private readonly List<List<Entry>> _groups;
    private readonly Dictionary<string, List<int>> _groupsOfWord = new(StringComparer.Ordinal);
    private readonly List<(Entry Entry, int Group)> _phrases = [];

    private ConceptLexicon(List<List<Entry>> groups)
    {
        _groups = groups;
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var entry in groups[g])
            {
                if (entry.Pairs.Count > 0)
                {
                    _phrases.Add((entry, g));
                    continue;
                }

                foreach (var form in entry.Forms)
                {
                    if (!_groupsOfWord.TryGetValue(form, out var list))
                    {
                        _groupsOfWord[form] = list = [];
                    }

                    if (!list.Contains(g))
                    {
                        list.Add(g);
                    }
                }
            }
        }
    }

    public int GroupCount => _groups.Count;

    /// <summary>The lexicon shipped with the core, analysed with <paramref name="wordAnalyzer"/>.</summary>
    public static ConceptLexicon Load(Analyzer wordAnalyzer)
    {
        using var stream = typeof(ConceptLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The concept lexicon {ResourceName} is not embedded in the core.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), wordAnalyzer);
    }

    /// <summary>One group per line, entries separated by «،» (or a comma); lines starting with «#» are comments.</summary>
    public static ConceptLexicon Parse(string text, Analyzer wordAnalyzer)
    {
        var groups = new List<List<Entry>>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var group = line.Split(['،', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(e => Analyse(e, wordAnalyzer))
                .Where(e => e is not null)
                .Select(e => e!)
                .ToList();
            if (group.Count > 1)
            {
                groups.Add(group);
            }
        }

        return new ConceptLexicon(groups);
    }

    /// <summary>
    /// For each group the question names, its other words and word pairs (less those the question has itself) and the
    /// question's own words or pairs that named it: none when it names no entry.
    /// </summary>
    public IReadOnlyList<ConceptExpansion> Expand(AnalyzedQuestion question)
    {
        var named = new Dictionary<int, (List<string> Words, List<string> Pairs)>();
        (List<string> Words, List<string> Pairs) Named(int group)
        {
            if (!named.TryGetValue(group, out var own))
            {
                named[group] = own = ([], []);
            }

            return own;
        }

        foreach (var term in question.QueryTerms)
        {
            foreach (var form in term.Forms)
            {
                if (_groupsOfWord.TryGetValue(form, out var groups))
                {
                    groups.Where(g => !Named(g).Words.Contains(form)).ToList().ForEach(g => Named(g).Words.Add(form));
                }
            }
        }

        foreach (var (entry, group) in _phrases)
        {
            if (entry.Pairs.All(question.Pairs.Contains))
            {
                var own = Named(group).Pairs;
                own.AddRange(entry.Pairs.Where(p => !own.Contains(p)));
            }
        }

        if (named.Count == 0)
        {
            return [];
        }

        var ownForms = question.QueryTerms.SelectMany(t => t.Forms).ToHashSet(StringComparer.Ordinal);
        var expansions = new List<ConceptExpansion>(named.Count);
        foreach (var (group, own) in named)
        {
            var words = new List<string>();
            var pairs = new List<string>();
            foreach (var entry in _groups[group])
            {
                if (entry.Pairs.Count > 0)
                {
                    pairs.AddRange(entry.Pairs.Where(p => !question.Pairs.Contains(p) && !pairs.Contains(p)));
                }
                else if (!entry.Forms.Any(ownForms.Contains) && !words.Contains(entry.Forms[0]))
                {
                    words.Add(entry.Forms[0]);
                }
            }

            if (words.Count > 0 || pairs.Count > 0)
            {
                expansions.Add(new ConceptExpansion(words, pairs, own.Words, own.Pairs));
            }
        }

        return expansions;
    }

    /// <summary>
    /// The one-word entries sharing a group with any of a word's forms, the word's own forms left out, in the lexicon's
    /// order: what a reader's word («الكهربا»، «الفلوس») is called in news writing.
    /// </summary>
    public IEnumerable<string> OtherWordsOf(IReadOnlyList<string> forms)
    {
        var seen = new HashSet<string>(forms, StringComparer.Ordinal);
        foreach (var form in forms)
        {
            if (!_groupsOfWord.TryGetValue(form, out var groups))
            {
                continue;
            }

            foreach (var group in groups)
            {
                foreach (var entry in _groups[group])
                {
                    if (entry.Pairs.Count == 0 && seen.Add(entry.Forms[0]))
                    {
                        yield return entry.Forms[0];
                    }
                }
            }
        }
    }

    /// <summary>An entry's forms (one word) or the pairs of its neighbouring words (a phrase); null when analysis leaves nothing.</summary>
    private static Entry? Analyse(string entry, Analyzer analyzer)
    {
        var positions = new List<List<string>>();
        using (var stream = analyzer.GetTokenStream(PassageFields.Text, entry))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (increment.PositionIncrement > 0 || positions.Count == 0)
                {
                    positions.Add([term.ToString()]);
                }
                else
                {
                    positions[^1].Add(term.ToString());
                }
            }

            stream.End();
        }

        return positions.Count switch
        {
            0 => null,
            1 => new Entry(positions[0], []),
            _ => new Entry([], Enumerable.Range(1, positions.Count - 1).Select(i => WordPairs.Pair(positions[i - 1][0], positions[i][0])).ToList()),
        };
    }

    private sealed record Entry(IReadOnlyList<string> Forms, IReadOnlyList<string> Pairs);
}

/// <summary>
/// What one concept a question names adds to its search: the group's other index words (<c>text</c>) and word pairs
/// (<c>pairs</c>), and the question's own words and pairs that named it.
/// </summary>
internal sealed record ConceptExpansion(IReadOnlyList<string> Words, IReadOnlyList<string> Pairs, IReadOnlyList<string> OwnWords, IReadOnlyList<string> OwnPairs);
