using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// A word that several of one briefing's best hits hold is that briefing's subject («فرسان»، «الصمغ العربي»): it does
/// not tell its paragraphs apart, yet BM25's length norm (b = 0.9) scores it far higher in a short paragraph than in a
/// long one, so a short paragraph that says only the subject passes the longer one of the same briefing that also says
/// what the question asks. Among the word search's best hits, a question word held by at least
/// <see cref="SearchTuning.SharedWordMinHits"/> hits of a briefing is scored in each of them as in a passage of the
/// average length (<see cref="SearchTuning.SharedWordFlattening"/> of the difference): the words its paragraphs do not
/// share decide between them. A word held by one hit of its briefing keeps its score, so a briefing of one passage
/// (ARCD's articles) never moves. Among a briefing's own hits a shared word chooses less (<see cref="WithinBriefingOrder"/>),
/// and a shared word the briefing's title names less still (<see cref="SearchTuning.TitleWordSubjectShare"/>).
/// </summary>
internal sealed class SharedWordRescorer(SearchTuning tuning)
{
    /// <summary>The hits, a briefing's shared question words scored at the average length in each of its hits, best first.</summary>
    public ScoreDoc[] Rescore(IndexSearcher searcher, TermStatisticsLookup lookup, ScoreDoc[] hits, IReadOnlyList<ExpandedTerm> question, TieOrder ties)
    {
        var words = question.Where(t => t.Variants.Count > 0).ToList();
        if (tuning.SharedWordFlattening <= 0 || words.Count < 2 || hits.Length < 3)
        {
            return hits;
        }

        var maxDoc = searcher.IndexReader.MaxDoc;
        var averageLength = Bm25Lengths.Average(searcher);
        var counts = new Dictionary<(int Doc, int Word), int>();
        var inTitle = new HashSet<(int Doc, int Word)>();
        var saturations = new Dictionary<int, float>();
        var walked = SegmentRescoringWalk.Rescore(searcher, hits, (segment, inSegment) =>
        {
            var cursors = words.Select(w => w.Variants.Select(v => lookup.Counts(PassageFields.Text, v, segment)).ToArray()).ToArray();
            var titles = tuning.TitleWordSubjectShare > 0 ? words.Select(w => w.Variants.Select(v => lookup.Docs(PassageFields.TitleText, v, segment)).ToArray()).ToArray() : [];
            var norms = segment.AtomicReader.GetNormValues(PassageFields.Text);
            foreach (var hit in inSegment)
            {
                var target = hit.Doc - segment.DocBase;
                saturations[hit.Doc] = Bm25Lengths.Saturation(tuning, norms, target, averageLength);
                for (var w = 0; w < cursors.Length; w++)
                {
                    // Every form's cursor is moved to the hit, so that each stays in step with the hits; the best form counts.
                    var freq = 0;
                    foreach (var cursor in cursors[w])
                    {
                        if (SegmentRescoringWalk.AdvanceTo(cursor, target))
                        {
                            freq = Math.Max(freq, cursor!.Freq);
                        }
                    }

                    if (freq > 0)
                    {
                        counts[(hit.Doc, w)] = freq;
                    }

                    if (titles.Length > 0 && SegmentRescoringWalk.AnyAt(titles[w], target) && freq > 0)
                    {
                        inTitle.Add((hit.Doc, w));
                    }
                }
            }
        }, ties);

        var holders = counts.Keys.GroupBy(k => (ties.BriefingOf(k.Doc), k.Word)).ToDictionary(g => g.Key, g => g.Count());

        // BM25's idf × boost as the word search scores each word: the same in every hit, so read once.
        var subject = new Dictionary<int, float>();
        var weights = words.Select(w => w.Variants.Max(v => TermStatisticsLookup.Idf(lookup.Find(PassageFields.Text, v).DocFreq, maxDoc)) * (w.Fuzzy ? tuning.FuzzyBoost : 1f)).ToArray();
        foreach (var hit in walked)
        {
            var (briefing, saturation) = (ties.BriefingOf(hit.Doc), saturations[hit.Doc]);
            for (var w = 0; w < words.Count; w++)
            {
                if (counts.TryGetValue((hit.Doc, w), out var f) && holders[(briefing, w)] >= tuning.SharedWordMinHits)
                {
                    // The word's saturated frequency at the hit's length and at the average.
                    var asScored = f * (tuning.K1 + 1) / (f + saturation);
                    var atAverage = f * (tuning.K1 + 1) / (f + tuning.K1);
                    hit.Score += tuning.SharedWordFlattening * weights[w] * (atAverage - asScored);
                    // A shared word that the briefing's title also names is its subject beyond doubt: it chooses less still.
                    var share = inTitle.Contains((hit.Doc, w)) ? Math.Max(tuning.SharedWordSubjectShare, tuning.TitleWordSubjectShare) : tuning.SharedWordSubjectShare;
                    if (share > 0)
                    {
                        subject[hit.Doc] = subject.GetValueOrDefault(hit.Doc) + (share * weights[w] * atAverage);
                    }
                }
            }
        }

        ties.Sort(walked);

        // Among a briefing's own hits the shared words are its subject, not what is asked: they choose its passage less.
        // Its hits change places, so hits of one score stand in the stable order again after.
        var reordered = WithinBriefingOrder.Reorder(walked, walked.ToDictionary(h => h.Doc, h => ties.BriefingOf(h.Doc)), subject);
        ties.Sort(reordered);
        return reordered;
    }
}
