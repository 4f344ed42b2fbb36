using BriefingBot.Core.Text;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>
/// Prototype of a fix for the cost of speaker matching (an experiment, not used by the product): instead of handing
/// <see cref="BriefingBot.Core.Answering.SpeakerQuestion.Match"/> every speaker, hand it only those with a name word
/// that could match a question word. Name words are indexed once with their deletion neighbourhoods (symmetric deletion):
/// two words within edit distance k (insertions, deletions, substitutions, adjacent transpositions) always share a
/// string reachable by at most k deletions from each, so the candidates are a superset of what Match can accept, and
/// in list order, so Match picks the same speaker.
/// </summary>
public sealed class SpeakerCandidates
{
    private const int MaxDistance = 2;

    private readonly IReadOnlyList<string> _speakers;
    private readonly Dictionary<string, List<int>> _byVariant = new(StringComparer.Ordinal);

    public SpeakerCandidates(IReadOnlyList<string> speakers)
    {
        _speakers = speakers;
        for (var i = 0; i < speakers.Count; i++)
        {
            foreach (var word in ArabicText.FoldedWords(speakers[i]))
            {
                // Match compares short name words exactly, and longer ones within 1 (5–7 letters) or 2 (8 and more).
                var depth = word.Length >= 8 ? 2 : word.Length >= 5 ? 1 : 0;
                foreach (var variant in Deletions(word, depth))
                {
                    if (!_byVariant.TryGetValue(variant, out var list))
                    {
                        _byVariant[variant] = list = [];
                    }

                    if (list.Count == 0 || list[^1] != i)
                    {
                        list.Add(i);
                    }
                }
            }
        }
    }

    public int IndexedVariants => _byVariant.Count;

    /// <summary>The speakers Match could accept for this question, in their original order.</summary>
    public IReadOnlyList<string> For(string question)
    {
        var hits = new SortedSet<int>();
        foreach (var word in ArabicText.FoldedWords(question))
        {
            foreach (var form in new[] { word, StripConjunction(word) }.Distinct())
            {
                foreach (var variant in Deletions(form, MaxDistance))
                {
                    if (_byVariant.TryGetValue(variant, out var list))
                    {
                        hits.UnionWith(list);
                    }
                }
            }
        }

        return hits.Select(i => _speakers[i]).ToList();
    }

    private static HashSet<string> Deletions(string word, int depth)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var d = 0; d < depth; d++)
        {
            var next = new List<string>();
            foreach (var w in frontier)
            {
                for (var i = 0; i < w.Length; i++)
                {
                    var shorter = w.Remove(i, 1);
                    if (result.Add(shorter))
                    {
                        next.Add(shorter);
                    }
                }
            }

            frontier = next;
        }

        return result;
    }

    /// <summary>As in SpeakerQuestion: «وبولياكوف»، «لبولياكوف» may carry a conjunction or preposition.</summary>
    private static string StripConjunction(string w) =>
        w.Length > 3 && w[0] is 'و' or 'ل' or 'ب' or 'ف' or 'ك' ? w[1..] : w;
}
