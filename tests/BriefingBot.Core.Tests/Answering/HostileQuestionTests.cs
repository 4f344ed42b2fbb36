using System.Text;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using BriefingBot.Core.Tests.Library;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The hostile-question corpus (<c>Hostile/questions.txt</c>, one question a line): each gets one answer whose echoed
/// question is clean and bounded, in bounded time, over a data directory holding the longest names the bounds allow,
/// and the other briefings keep answering afterwards.
/// </summary>
public sealed class HostileQuestionTests(HostileQuestionTests.HostileDataDirectory fixture) : IClassFixture<HostileQuestionTests.HostileDataDirectory>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TheoryData<int> Questions() =>
        [.. Enumerable.Range(1, QuestionLines().Length)];

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_hostile_question_gets_one_clean_answer_and_the_data_directory_keeps_answering(int line)
    {
        using var timeout = new CancellationTokenSource(HostileBriefingTests.Bound);
        var question = QuestionLines()[line - 1];
        var library = fixture.Library;
        var good = fixture.Good;

        var answer = await HostileBriefingTests.Bounded(() => library.Ask(question), timeout.Token);

        Assert.True(answer.Question.Length <= new AnsweringOptions().MaxQuestionLength, $"line {line}: {answer.Question.Length}");
        Assert.DoesNotContain('\uFFFD', answer.Question);
        StrictUtf8.GetBytes(answer.Question); // throws on a lone surrogate
        Assert.All(answer.Passages, p => Assert.True(p.Passage.Text.Length <= BriefingLimits.MaxPassageLength));
        await HostileBriefingTests.Bounded(() => HostileBriefingTests.AssertServes(library, good), timeout.Token);
    }

    private static string[] QuestionLines()
    {
        var text = File.ReadAllText(Path.Combine(HostileCorpus.Folder(string.Empty), "questions.txt"));
        return [.. text.TrimEnd('\n').Split('\n').Select(HostileCorpus.Expand)];
    }

    /// <summary>A data directory with the shipped corpus, a good briefing and the hostile briefings a poster can get in.</summary>
    public sealed class HostileDataDirectory : IAsyncLifetime
    {
        private TestLibrary? _library;

        internal TestLibrary Library => _library!;

        internal Briefing Good { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _library = await TestLibrary.CreateAsync(corpusDirectory: HostileBriefingTests.ShippedCorpus);
            Good = await _library.AddAsync(SampleBriefings.Make("goodmarker"));
            foreach (var name in new[] { "giant-speaker-surname.md", "thousands-of-sections-and-speakers.md", "many-long-name-words.md" })
            {
                var bytes = HostileCorpus.Bytes(Path.Combine(HostileCorpus.Folder("Briefings"), name));
                await _library.Intake.SubmitAsync(new BriefingUpload(bytes, new BriefingOrigin("test", "chat", "1", "m"), name), CancellationToken.None);
            }
        }

        public Task DisposeAsync()
        {
            _library?.Dispose();
            return Task.CompletedTask;
        }
    }
}
