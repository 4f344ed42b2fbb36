using BriefingBot.Core.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace BriefingBot.Core.Tests.Search;

public sealed class CloseSpellingsTests
{
    /// <summary>Few letters, so that near spellings, swaps and equal similarities are common.</summary>
    private const string Letters = "بتسلمن";

    [Fact]
    public void Distance_accepts_exactly_what_Lucene_levenshtein_automata_with_transpositions_accept()
    {
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var a = Word(random, random.Next(0, 7), "abc");
            var b = Word(random, random.Next(0, 7), "abc");
            for (var edits = 1; edits <= 2; edits++)
            {
                var accepted = BasicOperations.Run(new LevenshteinAutomata(a, withTranspositions: true).ToAutomaton(edits), b);
                Assert.True(accepted == CloseSpellings.Distance(Points(a), Points(b), edits) <= edits, $"{a} / {b} within {edits}");
            }
        }
    }

    [Fact]
    public void Finds_the_terms_a_fuzzy_query_rewrites_to_in_the_same_order_across_segments()
    {
        var random = new Random(8);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            // Two segments that share some terms, as an index between a commit and its merge has.
            for (var segment = 0; segment < 2; segment++)
            {
                for (var doc = 0; doc < 300; doc++)
                {
                    writer.AddDocument(new Document { new TextField("text", string.Join(' ', Enumerable.Range(0, 8).Select(_ => Word(random, random.Next(3, 11), Letters))), Field.Store.NO) });
                }

                writer.Commit();
            }
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.Leaves.Count);
        var found = 0;
        var cut = 0;
        for (var i = 0; i < 1_500; i++)
        {
            var word = Word(random, random.Next(3, 12), Letters);
            var edits = 1 + (i % 2);
            var expansions = 1 + (i % 4);
            var fuzzy = (BooleanQuery)new FuzzyQuery(new Term("text", word), edits, 2, expansions, transpositions: true).Rewrite(reader);
            var expected = fuzzy.Clauses.Select(c => ((TermQuery)c.Query).Term.Text).ToArray();

            Assert.Equal(expected, CloseSpellings.Find(reader, "text", word, edits, 2, expansions));
            found += expected.Length > 0 ? 1 : 0;
            cut += expected.Length == expansions ? 1 : 0;
        }

        // Not a comparison of empty answers: many words have near spellings, and many more than are kept.
        Assert.True(found > 500 && cut > 200, $"{found} found, {cut} cut");
    }

    [Fact]
    public void A_prefix_shared_by_more_terms_than_it_reads_is_left_to_Lucene_with_the_same_answer()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            var words = Enumerable.Range(0, CloseSpellings.MaxScannedTerms + 100).Select(n => "كت" + n.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
            writer.AddDocument(new Document { new TextField("text", string.Join(' ', words), Field.Store.NO) });
        }

        using var reader = DirectoryReader.Open(directory);
        var fuzzy = (BooleanQuery)new FuzzyQuery(new Term("text", "كت01234"), 1, 2, 4, transpositions: true).Rewrite(reader);

        Assert.Equal(fuzzy.Clauses.Select(c => ((TermQuery)c.Query).Term.Text), CloseSpellings.Find(reader, "text", "كت01234", 1, 2, 4));
    }

    private static string Word(Random random, int length, string letters) =>
        new([.. Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)])]);

    private static int[] Points(string text) => [.. text.Select(c => (int)c)];
}
