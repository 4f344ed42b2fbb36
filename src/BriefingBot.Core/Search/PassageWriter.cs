using BriefingBot.Core.Briefings;
using Lucene.Net.Index;

namespace BriefingBot.Core.Search;

/// <summary>
/// Writes briefings into the index, one commit at a time: every commit records the fingerprint of the corpus it
/// was built from and is visible to the next search once the method returns. Writes are serialised.
/// </summary>
internal sealed class PassageWriter(IndexStore store)
{
    /// <summary>
    /// Every segment adds a fixed cost to each question: a term-dictionary seek per term and field, and a scorer with its
    /// own bucket table (~0.15 ms and ~300 KB of garbage per question at 100k passages, measured in bench/RESULTS.md).
    /// A rebuild merges the index into one segment; an update merges the smallest segments together once there are
    /// more than this, which rewrites only the small recent ones.
    /// </summary>
    private const int MaxSegmentsAfterUpdate = 3;

    private readonly System.Threading.Lock _writeLock = new();

    private IndexWriter Writer => store.Writer;

    /// <summary>The fingerprint of the corpus the last commit was built from, or null for a new index.</summary>
    public string? Fingerprint
    {
        get
        {
            if (!store.HasCommit)
            {
                return null;
            }

            using var lease = store.Lease();
            var reader = (DirectoryReader)lease.Searcher.IndexReader;
            return reader.IndexCommit.UserData.TryGetValue(PassageFields.IndexVersionKey, out var v) ? v : null;
        }
    }

    /// <summary>
    /// Fills a new, empty index with these briefings and merges it into one segment, without committing: the caller
    /// commits when it switches to it. A briefing Lucene refuses is left out whole and returned with the error.
    /// </summary>
    public IReadOnlyList<(Briefing Briefing, Exception Error)> Fill(IEnumerable<Briefing> briefings, IndexRebuild progress, int threads, CancellationToken cancellationToken)
    {
        var failed = new System.Collections.Concurrent.ConcurrentQueue<(Briefing, Exception)>();
        lock (_writeLock)
        {
            // Analysis is most of the cost of a build, and Lucene's writer takes documents from several threads at once
            // (one in-memory segment per thread), so every core analyses. A briefing's passages stay one block.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
            Parallel.ForEach(briefings, parallel, briefing =>
            {
                try
                {
                    AddDocuments(briefing);
                }
                catch (ArgumentException e)
                {
                    // An immense term: one briefing must not stop the others from being served.
                    failed.Enqueue((briefing, e));
                }

                progress.Written(briefing.Passages.Count);
            });

            cancellationToken.ThrowIfCancellationRequested();
            progress.StartMerging();
            Writer.ForceMerge(1);
        }

        return [.. failed];
    }

    /// <summary>Applies the changes made while this index was being built, in order; returns the briefings Lucene refused.</summary>
    public IReadOnlyList<(Briefing Briefing, Exception Error)> Apply(IEnumerable<(Briefing? Upserted, string? RemovedId)> changes)
    {
        var failed = new List<(Briefing, Exception)>();
        lock (_writeLock)
        {
            foreach (var (upserted, removedId) in changes)
            {
                if (upserted is null)
                {
                    Writer.DeleteDocuments(new Term(PassageFields.BriefingId, removedId));
                    continue;
                }

                Writer.DeleteDocuments(new Term(PassageFields.BriefingId, upserted.Id));
                try
                {
                    AddDocuments(upserted);
                }
                catch (ArgumentException e)
                {
                    failed.Add((upserted, e));
                }
            }
        }

        return failed;
    }

    public void Upsert(Briefing briefing, string fingerprint)
    {
        lock (_writeLock)
        {
            Writer.DeleteDocuments(new Term(PassageFields.BriefingId, briefing.Id));
            AddDocuments(briefing);
            Commit(fingerprint);
        }
    }

    public void Remove(string briefingId, string fingerprint)
    {
        lock (_writeLock)
        {
            Writer.DeleteDocuments(new Term(PassageFields.BriefingId, briefingId));
            Commit(fingerprint);
        }
    }

    public void AddUncommitted(Briefing briefing)
    {
        lock (_writeLock)
        {
            AddDocuments(briefing);
        }
    }

    public void Compact(string fingerprint)
    {
        lock (_writeLock)
        {
            Writer.ForceMerge(1);
            Commit(fingerprint);
        }
    }

    public void Commit(string fingerprint)
    {
        lock (_writeLock)
        {
            Writer.SetCommitData(new Dictionary<string, string> { [PassageFields.IndexVersionKey] = fingerprint });
            Writer.ForceMerge(MaxSegmentsAfterUpdate);
            Writer.Commit();
            store.Refresh();
        }
    }

    /// <summary>Adds a briefing's passages as one block: if Lucene refuses one of them, none of them is indexed.</summary>
    private void AddDocuments(Briefing briefing) =>
        Writer.AddDocuments(briefing.Passages.Select(passage => PassageDocument.Create(passage, briefing.Date, briefing.Community)).ToList());
}
