using BriefingBot.Core.Search.Analysis;
using BriefingBot.Core.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace BriefingBot.Core.Insights;

/// <summary>One question members could not get answered, however many ways they asked it.</summary>
/// <param name="Question">The latest wording asked.</param>
/// <param name="Count">How many times it was asked (and declined, answered tentatively or voted down).</param>
/// <param name="LastOutcome">The outcome of the latest time it was asked.</param>
/// <param name="NotHelpfulVotes">Down votes on its answers.</param>
/// <param name="LastAskedAt">When it was last asked.</param>
/// <param name="Wordings">The distinct wordings, most recent first.</param>
public sealed record QuestionGap(string Question, int Count, string LastOutcome, int NotHelpfulVotes, DateTimeOffset LastAskedAt, IReadOnlyList<string> Wordings);

/// <summary>
/// Builds the gaps report: of the questions recorded, those declined, answered only tentatively or voted down,
/// grouped so that one question asked ten ways counts once, most asked first.
/// Grouping: the same words once folded (hamza, taa marbuta, diacritics), question words and particles dropped,
/// a leading «و», the article and common suffixes taken off (Lucene's light Arabic stemmer); then near-duplicates
/// together (most of their words the same, a typo of one letter counting as the same word).
/// </summary>
public static class GapsReport
{
    /// <summary>Share of words two wordings must have in common to be the same question.</summary>
    public const double SameQuestionSimilarity = 0.6;

    private static readonly CharArraySet StopWords = ArabicStopWords.Create(LuceneVersion.LUCENE_48);

    /// <summary>Outcomes that mean the member got no answer (the answering tiers named here or later: any "tentative" one counts).</summary>
    public static bool IsGap(QuestionWithVotes question) =>
        question.Outcome is "nothing_relevant" or "no_searchable_words" or "no_briefings"
        || question.Outcome.Contains("tentative", StringComparison.Ordinal)
        || question.NotHelpful > question.Helpful;

    public static IReadOnlyList<QuestionGap> Build(IEnumerable<QuestionWithVotes> recorded)
    {
        var groups = new List<Group>();
        var byKey = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var question in recorded.Where(IsGap).OrderBy(q => q.AskedAt))
        {
            var words = Words(question.Question);
            var key = string.Join(' ', words.Order(StringComparer.Ordinal));
            if (!byKey.TryGetValue(key, out var group))
            {
                group = groups.FirstOrDefault(g => Similarity(g.Words, words) >= SameQuestionSimilarity);
                if (group is null)
                {
                    group = new Group(words);
                    groups.Add(group);
                }

                byKey[key] = group;
            }

            group.Add(question);
        }

        return [.. groups
            .Select(g => g.ToGap())
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.LastAskedAt)];
    }

    /// <summary>The words that carry a question's meaning, folded and stripped of particles.</summary>
    internal static HashSet<string> Words(string question)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ArabicText.FoldedWords(question.ToLowerInvariant()))
        {
            var w = word;
            if (StopWords.Contains(w))
            {
                continue;
            }

            if (w.Length > 3 && w[0] == 'و' && !StopWords.Contains(w[1..]))
            {
                w = w[1..];
            }

            if (w.Length > 0 && !StopWords.Contains(w))
            {
                words.Add(Stem(w));
            }
        }

        return words;
    }

    /// <summary>
    /// Lucene's light Arabic stemmer: the article and its clinging letters (ال، لل، بال، وال …) and common suffixes
    /// come off, so «للكنافة» and «الكنافة» are one word. It only keys the grouping; wordings are shown as asked.
    /// </summary>
    private static string Stem(string word)
    {
        var buffer = word.ToCharArray();
        var length = new ArabicStemmer().Stem(buffer, buffer.Length);
        return length > 1 ? new string(buffer, 0, length) : word;
    }

    /// <summary>Words in common over words in either; a one-letter typo (or a clinging «ب») in a word of three letters or more counts as the same word.</summary>
    internal static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Count == b.Count ? 1 : 0;
        }

        var common = a.Count(x => b.Contains(x) || b.Any(y => x.Length >= 3 && y.Length >= 3 && ArabicText.EditDistance(x, y, 1) <= 1));
        return (double)common / (a.Count + b.Count - common);
    }

    private sealed class Group(HashSet<string> words)
    {
        private readonly List<QuestionWithVotes> _asked = [];

        public HashSet<string> Words { get; } = words;

        public void Add(QuestionWithVotes question) => _asked.Add(question);

        public QuestionGap ToGap()
        {
            var last = _asked[^1];
            var wordings = _asked.AsEnumerable().Reverse().Select(q => q.Question.Trim()).Distinct(StringComparer.Ordinal).ToList();
            return new QuestionGap(last.Question.Trim(), _asked.Count, last.Outcome, _asked.Sum(q => q.NotHelpful), last.AskedAt, wordings);
        }
    }
}
