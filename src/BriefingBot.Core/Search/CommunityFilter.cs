using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Keeps a search to the passages a chat may see: the shared briefings' and one community's, by the untokenised
/// <see cref="PassageFields.Community"/> field. A filter, not a clause: it never changes a score, and Lucene
/// advances the question's scorer over the filter's documents (a community's posting list is short), so scoping
/// costs little (measured in the benchmark).
/// </summary>
internal static class CommunityFilter
{
    /// <summary>The field's value for a shared briefing; no community id can be it (ids hold no '~').</summary>
    public const string Shared = "~shared";

    public static string ValueOf(string? community) => community ?? Shared;

    /// <summary>Null when nothing is filtered (the operator's command line searches everything).</summary>
    public static Filter? Create(SearchScope? scope, string? briefingId)
    {
        if (scope is null && briefingId is null)
        {
            return null;
        }

        var query = new BooleanQuery();
        if (scope is not null)
        {
            var communities = new BooleanQuery { { new TermQuery(new Term(PassageFields.Community, Shared)), Occur.SHOULD } };
            if (scope.Community is not null)
            {
                communities.Add(new TermQuery(new Term(PassageFields.Community, scope.Community)), Occur.SHOULD);
            }

            query.Add(communities, Occur.MUST);
        }

        if (briefingId is not null)
        {
            query.Add(new TermQuery(new Term(PassageFields.BriefingId, briefingId)), Occur.MUST);
        }

        return new QueryWrapperFilter(query);
    }
}
