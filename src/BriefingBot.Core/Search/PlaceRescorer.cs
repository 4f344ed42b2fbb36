using System.Collections.Concurrent;
using System.Globalization;
using BriefingBot.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// A question that names a country or a city («كم قيمة قرض صندوق النقد لمصر؟»، «كلفة إعادة إعمار سوريا») asks about that
/// place, and a passage about another one that shares the question's other words («قرض صندوق النقد» for Tunisia) is the
/// wrong answer however well it matches them. The place is one word of several to the word search; here, among its best
/// hits, a passage naming the place, by its name or its adjective («المصري»، «السورية»، «اللبناني»), gains
/// <see cref="SearchTuning.PlaceWeight"/> of its own score. The place's spellings are looked up as index terms at the hits
/// (skips in posting lists), never read from stored text.
/// </summary>
internal sealed class PlaceRescorer(Analyzer analyzer, SearchTuning tuning)
{
    private readonly ConcurrentDictionary<string, string[]> _terms = new(StringComparer.Ordinal);

    /// <summary>The index terms naming the places the question names (by name or adjective, through clitics); empty for none.</summary>
    public IReadOnlyList<string> Terms(string question)
    {
        if (tuning.PlaceWeight <= 0)
        {
            return [];
        }

        var places = ArabicText.FoldedWords(question)
            .SelectMany(Gazetteer.PlacesNamedBy)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return places.Count switch
        {
            0 => [],
            1 => TermsOf(places[0]),
            _ => [.. places.SelectMany(TermsOf).Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>A place's index terms, analysed once: a gazetteer's few hundred places, not one analysis per question.</summary>
    private string[] TermsOf(string place) => _terms.GetOrAdd(place, p => AnalyzedTerms.Of(analyzer, Spellings(p)));

    /// <summary>
    /// The hits, those of a briefing that names one of the places among them raised by the weight × their score, best
    /// first. A briefing about a place does not repeat its name in every paragraph («في الرياض» for a metro whose other
    /// passages say only «المترو»), so a hit is taken to be about the place when it or another of its briefing's hits
    /// names it.
    /// </summary>
    public ScoreDoc[] Rescore(IndexSearcher searcher, TermStatisticsLookup lookup, ScoreDoc[] hits, IReadOnlyList<string> terms)
    {
        var indexed = terms.Where(text => lookup.Find(PassageFields.Text, text).DocFreq > 0).ToList();
        if (indexed.Count == 0 || hits.Length < 2)
        {
            return hits;
        }

        var briefingOf = new Dictionary<int, string>();
        var naming = new HashSet<string>(StringComparer.Ordinal);
        var walked = SegmentRescoringWalk.Rescore(searcher, hits, (segment, inSegment) =>
        {
            var cursors = indexed.Select(text => lookup.Docs(PassageFields.Text, text, segment)).ToArray();
            var briefings = segment.AtomicReader.GetSortedDocValues(PassageFields.BriefingId);
            var id = new BytesRef();
            foreach (var hit in inSegment)
            {
                var target = hit.Doc - segment.DocBase;
                briefings?.Get(target, id);
                var briefing = briefings is null ? hit.Doc.ToString(CultureInfo.InvariantCulture) : id.Utf8ToString();
                briefingOf[hit.Doc] = briefing;
                if (cursors.Any(cursor => SegmentRescoringWalk.AdvanceTo(cursor, target)))
                {
                    naming.Add(briefing);
                }
            }
        });
        if (naming.Count == 0)
        {
            return walked;
        }

        foreach (var hit in walked)
        {
            if (naming.Contains(briefingOf[hit.Doc]))
            {
                hit.Score *= 1 + tuning.PlaceWeight;
            }
        }

        Array.Sort(walked, (a, b) => b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore : a.Doc.CompareTo(b.Doc));
        return walked;
    }

    /// <summary>
    /// A place's name and its adjective as news writing spells them: «سوريا» and «السوري/السورية/السوريون», «لبنان» and
    /// «اللبناني», «السعودية» and «السعودي».
    /// </summary>
    private static IEnumerable<string> Spellings(string place)
    {
        yield return place;
        yield return "ال" + place;
        var stems = new[] { place, Without(place, "يا"), Without(place, "ا"), Without(place, "يه"), Without(place, "ه") }
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            foreach (var ending in new[] { "ي", "يه", "يون", "يين" })
            {
                yield return "ال" + stem + ending;
            }
        }
    }

    private static string? Without(string word, string ending) =>
        word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= 3 ? word[..^ending.Length] : null;
}
