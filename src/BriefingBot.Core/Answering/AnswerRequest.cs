namespace BriefingBot.Core.Answering;

/// <summary>A question with paging: <paramref name="Skip"/> passages already shown, <paramref name="Top"/> more wanted.</summary>
public sealed record AnswerRequest(string Question, int? Top = null, int Skip = 0, bool LatestOnly = false)
{
    /// <summary>Which briefings to answer from: the shared ones and one community's. Null: every briefing (the operator's command line).</summary>
    public Search.SearchScope? Scope { get; init; }

    /// <summary>The earlier answer this question follows up (a reply to it, the console's previous answer); null: it stands alone.</summary>
    public AnswerContext? FollowUp { get; init; }
}
