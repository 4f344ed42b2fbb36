using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Support;

/// <summary>
/// A spec of what the bot answers over given briefings: a real index of them, asked through the whole answering path
/// (search, tiers and answer checks), so a spec proves what a reader would be told, not what one class returns.
/// </summary>
public abstract class BriefingsAnswerSpec : IDisposable
{
    private readonly PassageIndex _index;

    protected BriefingsAnswerSpec(params Briefing[] briefings)
    {
        _index = Indexes.Of(briefings);
        Answerer = Indexes.Answerer(_index, null, briefings);
    }

    /// <param name="briefingMarkdown">Each briefing as a moderator posts it, front matter and all.</param>
    protected BriefingsAnswerSpec(params string[] briefingMarkdown)
        : this(Parse(briefingMarkdown))
    {
    }

    protected QuestionAnswerer Answerer { get; }

    protected Answer Ask(string question) => Answerer.Answer(new AnswerRequest(question));

    private static Briefing[] Parse(string[] briefingMarkdown)
    {
        var parser = new BriefingParser();
        return [.. briefingMarkdown.Select(markdown => parser.Parse(markdown))];
    }

    public void Dispose()
    {
        _index.Dispose();
        GC.SuppressFinalize(this);
    }
}
