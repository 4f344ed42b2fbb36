using System.Collections.Concurrent;
using BriefingBot.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

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
    /// names it; and such a hit that does not name the place gains <see cref="SearchTuning.PlaceStandIn"/> × the score of
    /// the question's place word found once. A hit whose first word names the place has it for its subject («سوريا …
    /// يحدها شمالًا تركيا»), where another names it on the way, often as the answer about somewhere else («لبنان … تحدها
    /// سوريا من الشمال»): it gains <see cref="SearchTuning.PlaceOpening"/> of its score besides.
    /// </summary>
    public ScoreDoc[] Rescore(IndexSearcher searcher, TermStatisticsLookup lookup, ScoreDoc[] hits, IReadOnlyList<string> terms, IReadOnlyList<ExpandedTerm> question, TieOrder ties)
    {
        var indexed = terms.Where(text => lookup.Find(PassageFields.Text, text).DocFreq > 0).ToList();
        if (indexed.Count == 0 || hits.Length < 2)
        {
            return hits;
        }

        // The question's own words that name the place: in a passage of the place's briefing that does not repeat the
        // name, they stand as found once, so the name the briefing gives elsewhere does not decide between its passages.
        var placeWeight = tuning.PlaceStandIn <= 0 ? 0f : question.Where(t => !t.Fuzzy && t.Variants.Any(indexed.Contains)).Sum(t => t.Weight);
        var averageLength = placeWeight > 0 ? Bm25Lengths.Average(searcher) : 1f;
        var standIn = new Dictionary<int, float>();
        var naming = new HashSet<string>(StringComparer.Ordinal);
        var opening = new HashSet<int>();
        var walked = SegmentRescoringWalk.Rescore(searcher, hits, (segment, inSegment) =>
        {
            // Positions only when a passage's first word counts: the rest only asks whether a hit has the word.
            var cursors = indexed
                .Select(text => tuning.PlaceOpening > 0 ? lookup.Positions(PassageFields.Text, text, segment) : lookup.Docs(PassageFields.Text, text, segment))
                .ToArray();
            var norms = placeWeight > 0 ? segment.AtomicReader.GetNormValues(PassageFields.Text) : null;
            foreach (var hit in inSegment)
            {
                var target = hit.Doc - segment.DocBase;
                var briefing = ties.BriefingOf(hit.Doc);
                var named = false;
                foreach (var cursor in cursors)
                {
                    if (SegmentRescoringWalk.AdvanceTo(cursor, target))
                    {
                        named = true;
                        if (cursor is DocsAndPositionsEnum positions && positions.NextPosition() == 0)
                        {
                            opening.Add(hit.Doc);
                            break;
                        }
                    }
                }

                if (named)
                {
                    naming.Add(briefing);
                }
                else if (placeWeight > 0)
                {
                    // BM25 of one occurrence at this passage's length, as the word search would have scored the name.
                    standIn[hit.Doc] = placeWeight * (tuning.K1 + 1) / (1 + Bm25Lengths.Saturation(tuning, norms, target, averageLength));
                }
            }
        }, ties);
        if (naming.Count == 0)
        {
            return walked;
        }

        foreach (var hit in walked)
        {
            if (naming.Contains(ties.BriefingOf(hit.Doc)))
            {
                if (standIn.TryGetValue(hit.Doc, out var gain))
                {
                    hit.Score += tuning.PlaceStandIn * gain;
                }

                hit.Score *= 1 + tuning.PlaceWeight;
            }

            if (opening.Contains(hit.Doc))
            {
                hit.Score *= 1 + tuning.PlaceOpening;
            }
        }

        ties.Sort(walked);
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
