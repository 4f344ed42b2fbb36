namespace BriefingBot.Core.Evaluation;

/// <summary>Something that ranks benchmark passages for a question: the product's search, or a baseline to compare with.</summary>
public interface IRetriever : IDisposable
{
    void Index(IReadOnlyList<BenchmarkPassage> passages, bool includeTitle);

    IReadOnlyList<string> Rank(string question, int take);
}
