using BriefingBot.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search;

/// <summary>
/// Turns a question into the terms a search looks for, with the chain that analyses passages, so both sides meet:
/// one term per word position (with every form the chain gave it), and the pairs of neighbouring words the
/// <c>pairs</c> field holds. Raw text never reaches a query parser.
/// </summary>
internal sealed class QuestionAnalyzer(Analyzer wordAnalyzer)
{
    public AnalyzedQuestion Analyze(string question)
    {
        var positions = Positions(question);
        return new AnalyzedQuestion(question, Terms(positions), Pairs(positions));
    }

    /// <summary>The forms at each word position, the main form first.</summary>
    private List<List<string>> Positions(string question)
    {
        var positions = new List<List<string>>();
        using var stream = wordAnalyzer.GetTokenStream(PassageFields.Text, question);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var t = term.ToString();
            if (t.Length == 0)
            {
                continue;
            }

            if (increment.PositionIncrement > 0 || positions.Count == 0)
            {
                positions.Add([t]);
            }
            else if (!positions[^1].Contains(t))
            {
                positions[^1].Add(t);
            }
        }

        stream.End();
        return positions;
    }

    /// <summary>One term per distinct main form, in question order.</summary>
    private static List<QueryTerm> Terms(List<List<string>> positions)
    {
        var terms = new List<QueryTerm>();
        foreach (var forms in positions)
        {
            if (!terms.Any(t => t.Primary == forms[0]))
            {
                terms.Add(new QueryTerm(forms[0], forms));
            }
        }

        return terms;
    }

    /// <summary>The main forms of neighbouring positions joined as <see cref="AdjacentPairFilter"/> joins them in passages.</summary>
    private static List<string> Pairs(List<List<string>> positions)
    {
        var pairs = new List<string>();
        for (var i = 1; i < positions.Count; i++)
        {
            var pair = AdjacentPairFilter.Pair(positions[i - 1][0], positions[i][0]);
            if (!pairs.Contains(pair))
            {
                pairs.Add(pair);
            }
        }

        return pairs;
    }
}
