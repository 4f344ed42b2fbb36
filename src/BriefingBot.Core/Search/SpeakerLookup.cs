using BriefingBot.Core.Briefings;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// The speakers the index knows and the passages attributed to each. The list is read from the term dictionary
/// once per commit: it is kept with the reader it was read from, and a commit brings a new reader.
/// </summary>
internal sealed class SpeakerLookup(IndexStore store)
{
    /// <summary>More passages than one person is ever quoted in across the briefings kept.</summary>
    private const int MaxPassages = 1000;

    private readonly FieldTerms<string> _speakers = new(PassageFields.Speaker, e => e.Term.Utf8ToString());

    /// <summary>
    /// Every passage attributed to any of <paramref name="speakers"/>, each once, newest briefing first, in document order
    /// within it.
    /// </summary>
    public IReadOnlyList<Passage> PassagesBy(IReadOnlyList<string> speakers, string? briefingId, SearchScope? scope = null)
    {
        using var lease = store.Lease();
        var query = new BooleanQuery();
        foreach (var speaker in speakers)
        {
            query.Add(new TermQuery(new Term(PassageFields.Speaker, speaker)), Occur.SHOULD);
        }

        var sort = new Sort(new SortField(PassageFields.DateDays, SortFieldType.INT32, true), new SortField(PassageFields.BriefingId, SortFieldType.STRING), new SortField(PassageFields.Ordinal, SortFieldType.INT32));
        var top = lease.Searcher.Search(query, CommunityFilter.Create(scope, briefingId), MaxPassages, sort);
        return top.ScoreDocs.Select(d => PassageDocument.Read(lease.Searcher.Doc(d.Doc))).ToList();
    }

    /// <summary>The distinct speakers in the index; the same list instance until a commit changes the index.</summary>
    public IReadOnlyList<string> Speakers()
    {
        using var lease = store.Lease();
        return _speakers.Of(lease.Searcher.IndexReader);
    }
}
