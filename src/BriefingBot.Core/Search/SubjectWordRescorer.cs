using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// A question word that one briefing alone uses, in several of its paragraphs («المكلا»، «النحل»، «النواعير»), names that
/// briefing's subject, yet BM25 weighs it low: the more paragraphs of its briefing say it, the less rare it is, while a
/// word of the question that another briefing says once by the way («رش»، «مزروعات») weighs high and puts that
/// briefing's passage first. Over ninety briefings this was the largest class of first-place misses (291 of 615 on the
/// dev set's tune part had another briefing's passage on top). Here, among the word search's best hits, the passages of
/// a briefing that such a word names gain <see cref="SearchTuning.SubjectWordWeight"/> of their own score: its passages
/// keep their order among themselves, and a word found in one paragraph only (a rare word said once, not a subject) or
/// in more briefings than <see cref="SearchTuning.SubjectWordMaxBriefings"/> names none.
/// </summary>
internal sealed class SubjectWordRescorer(SearchTuning tuning)
{
    /// <summary>
    /// A word in more of the passages the asker sees than this is no one briefing's subject word (a briefing has some
    /// thirty paragraphs). Over every briefing its postings are then not walked: the bound keeps the cost of a question to
    /// a few short posting lists. Under a community's filter the bound counts the visible passages only (the visible passages bound, below).
    /// </summary>
    private const int MaxSubjectPassages = 64;

    /// <summary>
    /// The briefings whose subject a question word names: its exact forms found in at most
    /// <see cref="SearchTuning.SubjectWordMaxBriefings"/> of the briefings the <paramref name="visible"/> filter lets the
    /// asker see, those of them that say it in enough of their passages.
    /// </summary>
    public IReadOnlySet<string> Briefings(IndexReader reader, TermStatisticsLookup lookup, IReadOnlyList<ExpandedTerm> question, Filter? visible)
    {
        var briefings = new HashSet<string>(StringComparer.Ordinal);
        if (tuning.SubjectWordWeight <= 0)
        {
            return briefings;
        }

        // The filter's documents of a segment are read once per question, whatever number of words and forms is walked.
        Func<AtomicReaderContext, DocIdSet?>? visibleIn = null;
        if (visible is not null)
        {
            var read = new Dictionary<int, DocIdSet?>();
            visibleIn = segment => read.TryGetValue(segment.Ord, out var docs) ? docs : read[segment.Ord] = visible.GetDocIdSet(segment, null);
        }

        // A typo's correction or a family's stand-in is another word than the reader's, and names nothing.
        foreach (var term in question.Where(t => !t.Fuzzy && !t.Derived && t.Variants.Count > 0))
        {
            var passages = term.Variants.Sum(v => lookup.Find(PassageFields.Text, v).DocFreq);
            if (passages >= tuning.SubjectWordMinPassages && (visibleIn is not null || passages <= MaxSubjectPassages)
                && PassagesPerBriefing(reader, lookup, term.Variants, visibleIn) is { } counts)
            {
                briefings.UnionWith(counts.Where(c => c.Value >= tuning.SubjectWordMinPassages).Select(c => c.Key));
            }
        }

        return briefings;
    }

    /// <summary>The hits, those of the <paramref name="briefings"/> raised by the weight × their score, best first.</summary>
    public ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] hits, IReadOnlySet<string> briefings, TieOrder ties)
    {
        if (briefings.Count == 0)
        {
            return hits;
        }

        return SegmentRescoringWalk.Rescore(searcher, hits, (_, inSegment) =>
        {
            foreach (var hit in inSegment)
            {
                if (briefings.Contains(ties.BriefingOf(hit.Doc)))
                {
                    hit.Score *= 1 + tuning.SubjectWordWeight;
                }
            }
        }, ties);
    }

    /// <summary>
    /// How many passages of each visible briefing hold the word's forms, or null when more briefings than the most a subject
    /// word has do, or more passages than <see cref="MaxSubjectPassages"/>. Another community's briefings are left out: a
    /// word the asker's briefings share with a briefing they cannot see still names their subject, and what another
    /// community posts must not change their answers.
    /// </summary>
    /// <remarks>
    /// The visible passages bound: the index's count of a word's passages takes in every community's, so a community's subject
    /// word that other communities say in many paragraphs («النحل» of a beekeepers' club among others) was never walked and
    /// named nothing for that community. Under a filter the postings are walked with the filter's documents, each list
    /// skipping to the other's next document (a conjunction), so the invisible passages cost skips, not a walk, and the
    /// walk gives up past the bound's visible passages or past one briefing: its cost stays that of a few short lists.
    /// </remarks>
    private Dictionary<string, int>? PassagesPerBriefing(
        IndexReader reader, TermStatisticsLookup lookup, IReadOnlyList<string> forms, Func<AtomicReaderContext, DocIdSet?>? visibleIn)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var walked = 0;
        var id = new BytesRef();
        foreach (var segment in reader.Leaves)
        {
            var ids = segment.AtomicReader.GetSortedDocValues(PassageFields.BriefingId);
            var visibleDocs = visibleIn?.Invoke(segment);
            if (visibleIn is not null && visibleDocs is null)
            {
                continue;
            }

            foreach (var form in forms)
            {
                var postings = lookup.Docs(PassageFields.Text, form, segment);
                if (postings is null || ids is null)
                {
                    continue;
                }

                // Both lists run in document order, and each is only ever advanced.
                var seen = visibleDocs?.GetIterator();
                if (visibleDocs is not null && seen is null)
                {
                    continue;
                }

                var doc = postings.NextDoc();
                while (doc != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var visibleDoc = seen is null ? doc : seen.DocID < doc ? seen.Advance(doc) : seen.DocID;
                    if (visibleDoc != doc)
                    {
                        // The next visible passage lies further on (or none does): the postings skip to it.
                        doc = visibleDoc == DocIdSetIterator.NO_MORE_DOCS ? visibleDoc : postings.Advance(visibleDoc);
                        continue;
                    }

                    ids.Get(doc, id);
                    var briefing = id.Utf8ToString();
                    counts[briefing] = counts.GetValueOrDefault(briefing) + 1;
                    if (counts.Count > tuning.SubjectWordMaxBriefings || ++walked > MaxSubjectPassages)
                    {
                        return null;
                    }

                    doc = postings.NextDoc();
                }
            }
        }

        return counts;
    }
}
