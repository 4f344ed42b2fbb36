namespace BriefingBot.Benchmarks.Corpus;

/// <summary>
/// The shape of real Arabic passages: how long they are and how often each word occurs.
/// Words are kept as written (white-space separated, punctuation attached), so sampling one
/// occurrence uniformly reproduces the real word-frequency distribution, Zipf tail included.
/// </summary>
public sealed class WordModel
{
    private readonly string[] _occurrences;
    private readonly int[] _passageLengths;

    private WordModel(string[] occurrences, int[] passageLengths)
    {
        _occurrences = occurrences;
        _passageLengths = passageLengths;
    }

    /// <summary>Distinct words of the source passages.</summary>
    public int VocabularySize { get; private init; }

    public int SourcePassages => _passageLengths.Length;

    public int SourceWords => _occurrences.Length;

    public IReadOnlyList<int> PassageLengths => _passageLengths;

    public static WordModel FromPassages(IEnumerable<string> passages)
    {
        var occurrences = new List<string>();
        var lengths = new List<int>();
        foreach (var text in passages)
        {
            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            occurrences.AddRange(words);
            lengths.Add(words.Length);
        }

        if (lengths.Count == 0)
        {
            throw new InvalidOperationException("The word model needs at least one non-empty passage.");
        }

        return new WordModel([.. occurrences], [.. lengths])
        {
            VocabularySize = occurrences.Distinct(StringComparer.Ordinal).Count(),
        };
    }

    public string NextWord(Random random) => _occurrences[random.Next(_occurrences.Length)];

    public int NextPassageLength(Random random) => _passageLengths[random.Next(_passageLengths.Length)];

    public string NextText(Random random, int words)
    {
        var builder = new System.Text.StringBuilder(words * 7);
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(NextWord(random));
        }

        return builder.ToString();
    }
}
