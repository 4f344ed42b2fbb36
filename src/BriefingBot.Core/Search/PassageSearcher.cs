using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Finds the passages that best answer an analysed question: expands its terms, runs the query over the latest
/// commit, reorders the best hits by the question's neighbouring words found side by side (<see cref="PairRescorer"/>),
/// orders ties, reorders the best hits by the concepts the question names (<see cref="ConceptRescorer"/>) and the other forms
/// of its words' verbs (<see cref="WordFamilyRescorer"/>) and the kind of answer it asks for (<see cref="AnswerKindRescorer"/>) and the place it names (<see cref="PlaceRescorer"/>), raises the passages of a briefing whose subject a question word names (<see cref="SubjectWordRescorer"/>) and of a briefing that says a question word in two of its best hits (<see cref="SaidAgainRescorer"/>), scores a word several of one briefing's best hits share at the average length (<see cref="SharedWordRescorer"/>), raises the briefing whose paragraphs hold every question word the other best hits' briefings hold, and more (<see cref="HeldTogetherRescorer"/>), lets a speaker's next paragraph carry the words of the one that introduced him (<see cref="ContinuationRescorer"/>), puts first the passages of a section whose heading the question repeats
/// (<see cref="SectionHeadingMatcher"/>), and reads the hits with their highlights and how much of the question the
/// best of the word search's first <see cref="CoverageDepth"/> hits covers.
/// </summary>
internal sealed class PassageSearcher(IndexStore store, SearchTuning tuning, QuestionTermExpander expander, PassageQueryBuilder queries, PairRescorer pairs, ConceptRescorer concepts, WordFamilyRescorer families, AnswerKindRescorer answerKinds, PlaceRescorer places, SectionHeadingMatcher headings, MatchHighlighter highlighter)
{
    /// <summary>How many of the best hits are checked for how much of the question they cover.</summary>
    private const int CoverageDepth = 3;

    /// <summary>
    /// What <see cref="Remembered"/> found, per reader: the answer checks ask the index the same of every question that
    /// names a place of two words (whether the best passages for «الولايات المتحدة» say it) or a word they look up, a
    /// search over the whole index each time. Keyed by the reader, so a commit (a new briefing) asks afresh.
    /// </summary>
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, object?>> _remembered = [];

    /// <summary>The last word searches over each reader (<see cref="RecentWordSearches"/>), for a question searched again deeper.</summary>
    private readonly ConditionalWeakTable<IndexReader, RecentWordSearches> _recent = [];

    private readonly DefinitionRescorer _definitions = new(tuning);

    private readonly SubjectWordRescorer _subjects = new(tuning);

    private readonly SaidAgainRescorer _saidAgain = new(tuning);

    private readonly SharedWordRescorer _shared = new(tuning);

    private readonly ContinuationRescorer _continuation = new(tuning);

    private readonly HeldTogetherRescorer _heldTogether = new(tuning);

    public PassageSearchResult Search(PassageSearch request)
    {
        using var lease = store.Lease();
        return Search(request, lease.Searcher);
    }

    /// <summary>
    /// What is read from the search's result (no search: <see cref="PassageSearchResult.Empty"/>), found once per reader for
    /// the key: the key names the search and the reading, which depend on nothing but the index.
    /// </summary>
    public T Remembered<T>(string key, Func<PassageSearch?> request, Func<PassageSearchResult, T> read)
    {
        using var lease = store.Lease();
        var remembered = _remembered.GetValue(lease.Searcher.IndexReader, _ => new ConcurrentDictionary<string, object?>(StringComparer.Ordinal));
        if (remembered.TryGetValue(key, out var known))
        {
            return (T)known!;
        }

        var value = read(request() is { } search ? Search(search, lease.Searcher) : PassageSearchResult.Empty);
        remembered.TryAdd(key, value);
        return value;
    }

    private PassageSearchResult Search(PassageSearch request, IndexSearcher searcher)
    {
        if (request.Question.IsEmpty || request.Take <= 0)
        {
            return PassageSearchResult.Empty;
        }

        var reader = searcher.IndexReader;
        var lookup = new TermStatisticsLookup(reader.Context);
        var expanded = expander.Expand(reader, lookup, request.Question.QueryTerms, readersWords: !request.Question.Translated);
        var built = queries.Build(lookup, expanded, reader.NumDocs);
        var query = built.Words;
        var filter = CommunityFilter.Create(request.Scope, request.BriefingId);
        // One tie order for the whole search: every walk and rescorer sorts the same hits, whose keys are then read once.
        var ties = new TieOrder(reader);
        var heading = request.Question.Translated ? null : headings.Find(searcher, lookup, filter, request.Question, expanded, ties);
        if (query.Clauses.Count == 0 && heading is null)
        {
            return new PassageSearchResult([], 0, 0, ExpandedTerm.Matches(expanded, null));
        }

        // Scoring alone lets Lucene use its fast out-of-order scorer; ties (the same text in two briefings)
        // are then broken by date in the few hits fetched, with enough spare to see a tie across the cut.
        // (Scoring in order would save its 2,048-bucket table per question, but costs a third more CPU: measured.)
        var wanted = request.Skip + request.Take;
        var wordPairs = query.Clauses.Count == 0 ? [] : pairs.Pairs(lookup, request.Question.Pairs, reader.NumDocs);
        var conceptQuery = query.Clauses.Count == 0 ? null : concepts.Query(lookup, request.Question);
        var wordFamilies = query.Clauses.Count == 0 ? [] : families.Families(reader, lookup, request.Question);
        // Whatever rescores (pairs, speaker and section words, concepts, word families) reorders the same best hits, fetched once.
        var depth = wordPairs.Count == 0 && conceptQuery is null && wordFamilies.Count == 0 && built.Fields is null ? wanted * 2 : Math.Max(wanted * 2, tuning.RescoreDepth);
        // Hits of equal score are common (BM25's length norms are coarse), and Lucene keeps the lower document number at
        // the cut; a rebuild numbers passages in whatever order its threads add them, so the best hits are taken from a
        // margin past the cut in a stable order instead, and a question gets the same answer after a restart.
        var recent = _recent.GetValue(reader, _ => new RecentWordSearches());
        var top = query.Clauses.Count == 0 ? new TopDocs(0, [], float.NaN)
            : TiedAtTheCut.Fetch(n => recent.Search(searcher, query, filter, (request.Scope, request.BriefingId), n), depth);
        var best = top.ScoreDocs.Length <= depth ? top.ScoreDocs : ties.Rank(top.ScoreDocs).Take(depth).ToArray();
        var scored = pairs.Rescore(searcher, lookup, best, wordPairs, ties);
        scored = built.Fields is null ? scored : HitRescoring.Rescore(searcher, scored, built.Fields, 1f, ties);
        var words = scored.Take(wanted).ToList();
        var passages = new Dictionary<int, Briefings.Passage>();
        Briefings.Passage Read(int doc) => passages.TryGetValue(doc, out var read) ? read : passages[doc] = PassageDocument.Read(searcher.Doc(doc));

        // Coverage, on which the answer's confidence rests, is read from the word search's own best hits, whatever
        // reorders them after: the answer tiers are calibrated on those. A repeated heading is evidence of its own.
        var allVariants = expanded.SelectMany(e => e.Variants).ToHashSet(StringComparer.Ordinal);
        var highlights = new Dictionary<int, IReadOnlyList<TextSpan>>();
        HashSet<string>? bestTerms = null;
        var bestCoverage = -1.0;
        foreach (var scoreDoc in words.Take(CoverageDepth))
        {
            var present = new HashSet<string>(StringComparer.Ordinal);
            highlights[scoreDoc.Doc] = highlighter.Find(Read(scoreDoc.Doc).Text, allVariants, present);
            var coverage = QuestionCoverage.Of(ExpandedTerm.Matches(expanded, present));
            if (coverage > bestCoverage)
            {
                bestCoverage = coverage;
                bestTerms = present;
            }
        }

        var standIns = families.Rescore(searcher, lookup, scored, wordFamilies, ties);
        var reordered = conceptQuery is null && wordFamilies.Count == 0 ? null : conceptQuery is null ? standIns : concepts.Rescore(searcher, standIns, conceptQuery, ties);
        if (!request.Question.Translated && answerKinds.Markers(request.Question.Text) is { } markers)
        {
            // The kind of answer asked for reorders the same best hits once more, after the concepts: a cause given
            // (a number, a time) beats a near tie.
            reordered = answerKinds.Rescore(searcher, reordered ?? scored, markers, ties);
        }

        if (!request.Question.Translated && places.Terms(request.Question.Text) is { Count: > 0 } placeTerms)
        {
            // A place the question names: a passage about another place that shares its other words is the wrong answer.
            reordered = places.Rescore(searcher, lookup, reordered ?? scored, placeTerms, expanded, ties);
        }

        if (_subjects.Briefings(reader, lookup, expanded, filter) is { Count: > 0 } subjects)
        {
            // A word only one briefing uses, in several paragraphs, names its subject: its passages pass another briefing's.
            reordered = _subjects.Rescore(searcher, reordered ?? scored, subjects, ties);
        }

        if (!request.Question.Translated && tuning.SaidAgainWeight > 0)
        {
            // A question word said in two of a briefing's best hits: the briefing is about it, where another says it once by the way.
            reordered = _saidAgain.Rescore(searcher, lookup, reordered ?? scored, expanded, ties);
        }

        if (tuning.SharedWordFlattening > 0)
        {
            // A word several of one briefing's best hits hold is its subject: scored alike in each, so that their other words choose.
            reordered = _shared.Rescore(searcher, lookup, reordered ?? scored, expanded, ties);
        }

        if (!request.Question.Translated && tuning.HeldTogetherWeight > 0)
        {
            // Words each said by several briefings, all said by one: that briefing is the one asked about.
            reordered = _heldTogether.Rescore(searcher, lookup, reordered ?? scored, expanded, ties);
        }

        if (!request.Question.Translated && _definitions.Asks(request.Question))
        {
            reordered = _definitions.Rescore(searcher, lookup, reordered ?? scored, expanded, ties);
        }

        if (!request.Question.Translated && tuning.ContinuationWeight > 0)
        {
            // A speaker's next paragraph carries the words of the one that introduced him: a question naming him may ask what he says there.
            reordered = _continuation.Rescore(searcher, lookup, reordered ?? scored, expanded, ties);
        }

        var rescored = reordered is null ? words : reordered.Take(wanted).ToList();
        var ranked = heading is null ? rescored : HeadingFirst(rescored, heading, wanted);
        var hits = new List<PassageHit>();
        var page = ranked.Skip(request.Skip).ToList();
        var read = Math.Min(page.Count, Math.Max(0, request.Read ?? page.Count));
        foreach (var scoreDoc in page.Take(read))
        {
            var passage = Read(scoreDoc.Doc);
            // Not highlighted means none, even where coverage found spans: a rescorer may have moved those hits anywhere.
            IReadOnlyList<TextSpan> spans = !request.Highlight ? []
                : highlights.TryGetValue(scoreDoc.Doc, out var found) ? found : highlighter.Find(passage.Text, allVariants);

            hits.Add(new PassageHit(passage, scoreDoc.Score, spans));
        }

        var matches = ExpandedTerm.Matches(expanded, bestTerms);
        return new PassageSearchResult(hits, QuestionCoverage.Of(matches), Math.Max(top.TotalHits, ranked.Count), matches)
        {
            RepeatsHeading = heading is not null,
            Unread = page.Count - read,
        };
    }

    /// <summary>
    /// The passages of the sections whose heading the question repeats, the best-matching sections first, then the word
    /// search's other hits. Within sections that match equally well, the passages the word search ranked come in its
    /// order, the others after them section by section, each section's in its briefing's order (the matcher's tiers).
    /// </summary>
    private static List<ScoreDoc> HeadingFirst(List<ScoreDoc> words, HeadingMatch heading, int wanted)
    {
        var inHeading = heading.Docs.ToHashSet();
        var first = new List<ScoreDoc>();
        foreach (var tier in heading.Tiers)
        {
            var docs = tier.ToHashSet();
            var ranked = words.Where(h => docs.Contains(h.Doc)).ToList();
            first.AddRange(ranked);
            first.AddRange(tier.Where(d => !ranked.Any(h => h.Doc == d)).Select(d => new ScoreDoc(d, 0f)));
        }

        var topScore = words.Count > 0 ? words[0].Score : 0f;
        return first.Select(h => new ScoreDoc(h.Doc, Math.Max(h.Score, topScore)))
            .Concat(words.Where(h => !inHeading.Contains(h.Doc)))
            .Take(wanted)
            .ToList();
    }
}
