using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A passage analysed once for the answer checks (<see cref="AnalyzedPassage"/>) finds exactly what highlighting the
/// passage anew finds, for every passage of the seed briefing and words with clitics, two readings at one position
/// («وبيونغ»), typos and words the passages lack.
/// </summary>
public sealed class AnalyzedPassageTests : IDisposable
{
    private readonly PassageIndex _index = Indexes.Of(Seed.Parse());

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("موسكو وبيونغ يانغ")]
    [InlineData("ماذا قال بولياكوف عن التحالف؟")]
    [InlineData("تشديد العقوبات على بيونغ يانغ")]
    [InlineData("الكريملين وبيونج يانج والصين")]
    [InlineData("كرة القدم")]
    public void Finds_what_highlighting_the_passage_again_finds(string question)
    {
        var analyzed = _index.Analyze(question);
        List<IReadOnlyList<string>> termSets = [analyzed.AllForms, .. analyzed.QueryTerms.Select(t => (IReadOnlyList<string>)t.Forms), []];

        foreach (var passage in Seed.Parse().Passages)
        {
            var once = _index.AnalyzePassage(passage.Text);
            foreach (var terms in termSets)
            {
                Assert.Equal(_index.Highlight(passage.Text, terms), once.Find(terms));
            }
        }
    }
}
