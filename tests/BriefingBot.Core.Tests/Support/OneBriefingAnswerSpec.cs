using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Support;

/// <summary>
/// A spec of what the bot answers over one briefing: a real index of it, asked through the whole answering path (search,
/// tiers and answer checks), so a spec proves what a reader would be told, not what one class returns.
/// </summary>
public abstract class OneBriefingAnswerSpec(Briefing briefing) : IDisposable
{
    private readonly PassageIndex _index = Indexes.Of(briefing);

    protected Answer Ask(string question) => Indexes.Answerer(_index, null, [briefing]).Answer(new AnswerRequest(question));

    public void Dispose()
    {
        _index.Dispose();
        GC.SuppressFinalize(this);
    }
}
