using BriefingBot.Core.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace BriefingBot.Core.Tests.Search;

public sealed class TermStatisticsLookupTests
{
    [Fact]
    public void Finds_the_same_statistics_as_a_fresh_lookup_per_term_across_segments_and_fields()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            // Two commits, two segments: the cursors are per segment, and a term may live in only one of them.
            Add(writer, "موسكو بيونغ يانغ موسكو", "بولياكوف");
            Add(writer, "موسكو واشنطن", null);
            writer.Commit();
            Add(writer, "بيونغ يانغ الكرملين", "وود");
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.Leaves.Count);
        var lookup = new TermStatisticsLookup(reader.Context);

        // Out of order and repeated on purpose: one cursor per field and segment serves every seek.
        foreach (var (field, text) in new[] { ("text", "يانغ"), ("text", "موسكو"), ("speaker", "وود"), ("text", "الكرملين"), ("text", "موسكو"), ("text", "غائب"), ("speaker", "بولياكوف"), ("nofield", "موسكو") })
        {
            var expected = TermContext.Build(reader.Context, new Term(field, text));
            var found = lookup.Find(field, text);

            Assert.Equal((expected.DocFreq, expected.TotalTermFreq), (found.DocFreq, found.TotalTermFreq));
            var searcher = new IndexSearcher(reader);
            Assert.Equal(
                searcher.Search(new TermQuery(new Term(field, text), expected), 10).ScoreDocs.Select(d => (d.Doc, d.Score)),
                searcher.Search(new TermQuery(new Term(field, text), found), 10).ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
    }

    private static void Add(IndexWriter writer, string text, string? speaker)
    {
        var doc = new Document { new TextField("text", text, Field.Store.NO) };
        if (speaker is not null)
        {
            doc.Add(new TextField("speaker", speaker, Field.Store.NO));
        }

        writer.AddDocument(doc);
    }
}
