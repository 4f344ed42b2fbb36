using BriefingBot.Benchmarks.Corpus;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using Microsoft.Extensions.Options;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>The answerer a measured process serves with: production defaults over the index, with the seed briefing anchoring the catalog.</summary>
public static class ServingAnswerer
{
    public static QuestionAnswerer Over(PassageIndex index)
    {
        var catalog = new BriefingCatalog();
        catalog.Upsert(SeedBriefing.Parse(new BriefingParser()));
        return new QuestionAnswerer(index, catalog, Options.Create(new AnsweringOptions()));
    }
}
