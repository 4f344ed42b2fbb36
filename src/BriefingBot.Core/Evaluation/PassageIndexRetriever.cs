using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Evaluation;

/// <summary>The product's own retrieval (analyser, query building, typo expansion) over benchmark passages.</summary>
public sealed class PassageIndexRetriever(SearchTuning? tuning = null) : IRetriever
{
    private readonly PassageIndex _index = PassageIndex.InMemory(tuning);

    public void Index(IReadOnlyList<BenchmarkPassage> passages, bool includeTitle)
    {
        var date = new DateOnly(2000, 1, 1);
        foreach (var p in passages)
        {
            // Text only means no title anywhere: the briefing title is ranked on too (SearchTuning.TitleBoost), so it
            // is the benchmark title only when titles are asked for, and the bare id otherwise.
            var title = includeTitle ? p.Title : null;
            var passage = new Passage(p.Id, p.Id, title ?? p.Id, date, title, 1, p.Text, null);
            _index.AddUncommitted(new Briefing(p.Id, passage.BriefingTitle, date, null, [], [passage], p.Id));
        }

        _index.Commit("benchmark");
    }

    public IReadOnlyList<string> Rank(string question, int take) =>
        _index.Search(new PassageSearch(_index.Analyze(question), take)).Hits.Select(h => h.Passage.BriefingId).ToList();

    public void Dispose() => _index.Dispose();
}
