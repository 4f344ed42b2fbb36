using BriefingBot.Benchmarks.Corpus;

namespace BriefingBot.Benchmarks.Tests.Corpus;

public sealed class SyntheticCorpusTests
{
    private static readonly string[] Source =
    [
        "روسيا تبحث عن حلفاء في الشرق روسيا",
        "كوريا الشمالية ترسل جنودا",
        "واشنطن تراقب التقارب بين موسكو وبيونغ يانغ عن كثب شديد",
    ];

    private readonly WordModel _model = WordModel.FromPassages(Source);

    [Fact]
    public void Word_model_counts_every_occurrence_and_distinct_word_of_the_source()
    {
        Assert.Equal(3, _model.SourcePassages);
        Assert.Equal(Source.Sum(s => s.Split(' ').Length), _model.SourceWords);
        Assert.Equal(Source.SelectMany(s => s.Split(' ')).Distinct().Count(), _model.VocabularySize);
    }

    [Fact]
    public void Generates_exactly_the_requested_number_of_passages_in_briefings_of_forty()
    {
        var briefings = new SyntheticCorpus(_model, seed: 7).Briefings(95).ToList();

        Assert.Equal(95, briefings.Sum(b => b.Passages.Count));
        Assert.Equal([40, 40, 15], briefings.Select(b => b.Passages.Count));
        Assert.Equal(briefings.Count, briefings.Select(b => b.Id).Distinct().Count());
    }

    [Fact]
    public void Passages_take_real_lengths_and_only_real_words()
    {
        var vocabulary = Source.SelectMany(s => s.Split(' ')).ToHashSet();
        var lengths = Source.Select(s => s.Split(' ').Length).ToHashSet();

        var passages = new SyntheticCorpus(_model, seed: 7).Briefings(200).SelectMany(b => b.Passages).ToList();

        Assert.All(passages, p => Assert.Contains(p.Text.Split(' ').Length, lengths));
        Assert.All(passages, p => Assert.All(p.Text.Split(' '), w => Assert.Contains(w, vocabulary)));
    }

    [Fact]
    public void Same_seed_gives_the_same_corpus_and_another_seed_a_different_one()
    {
        string Texts(int seed) => string.Join('\n', new SyntheticCorpus(_model, seed).Briefings(100).SelectMany(b => b.Passages).Select(p => p.Speaker + p.Text));

        Assert.Equal(Texts(3), Texts(3));
        Assert.NotEqual(Texts(3), Texts(4));
    }

    [Fact]
    public void About_a_third_of_passages_quote_a_speaker_from_a_pool_that_grows_with_the_corpus()
    {
        var passages = new SyntheticCorpus(_model, seed: 11).Briefings(4000).SelectMany(b => b.Passages).ToList();

        var quoted = passages.Count(p => p.Speaker is not null) / (double)passages.Count;
        Assert.InRange(quoted, 0.25, 0.42);
        Assert.Equal(50, new SyntheticCorpus(_model, 11).SpeakerPool(50).Distinct().Count());
    }
}
