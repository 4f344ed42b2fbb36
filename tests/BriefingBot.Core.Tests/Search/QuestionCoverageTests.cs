using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

public class QuestionCoverageTests
{
    private static TermMatch Known(double weight, bool inHit) => new("t", ["t"], weight, false, inHit);

    private static TermMatch Unknown(double weight) => new("u", [], weight, true, false);

    [Fact]
    public void Coverage_is_the_share_of_the_weight_the_hit_contains()
    {
        Assert.Equal(0.75, QuestionCoverage.Of([Known(3, true), Known(1, false)]));
    }

    [Fact]
    public void An_unknown_word_weighs_its_factor_times_its_weight()
    {
        TermMatch[] terms = [Known(2, true), Unknown(1)];

        Assert.Equal(2.0 / 3, QuestionCoverage.Of(terms), 12);
        Assert.Equal(0.5, QuestionCoverage.Of(terms, unknownTermWeight: 2));
    }

    [Fact]
    public void No_terms_cover_nothing()
    {
        Assert.Equal(0, QuestionCoverage.Of([]));
    }

    [Fact]
    public void The_answerers_confidence_is_the_same_coverage()
    {
        TermMatch[] terms = [Known(2, true), Unknown(1.5), Known(0.7, false)];

        Assert.Equal(QuestionCoverage.Of(terms, 2.0), AnswerConfidence.Of(terms, 2.0));
    }
}
