using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// What a question's words become before the search (<see cref="QuestionAnalyzer"/>): a bare article left at the end of a
/// question is the start of a word never typed, not a word.
/// </summary>
public sealed class QuestionAnalyzerTests : IDisposable
{
    private readonly PassageIndex _index = PassageIndex.InMemory();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("متى يتزوج؟ ال", "متى يتزوج؟")]
    [InlineData("- أين تقع مصر؟ ال", "- أين تقع مصر؟")]
    [InlineData("من هو رسول الله ال؟", "من هو رسول الله؟")]
    [InlineData("متى حكم آل", "متى حكم")]
    public void A_bare_article_ending_the_question_is_no_term(string question, string withoutIt)
    {
        Assert.Equal(_index.Analyze(withoutIt).AllForms, _index.Analyze(question).AllForms);
    }

    [Theory]
    [InlineData("متى حكم آل سعود نجد؟", "متى حكم سعود نجد؟")]
    [InlineData("من هم ال سعود", "من هم سعود")]
    public void The_house_of_before_its_name_stays_a_term(string question, string withoutIt)
    {
        Assert.Equal(_index.Analyze(withoutIt).Terms.Count + 1, _index.Analyze(question).Terms.Count);
    }
}
