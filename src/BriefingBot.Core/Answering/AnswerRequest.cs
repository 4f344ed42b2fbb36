namespace BriefingBot.Core.Answering;

/// <summary>A question with paging: <paramref name="Skip"/> passages already shown, <paramref name="Top"/> more wanted.</summary>
public sealed record AnswerRequest(string Question, int? Top = null, int Skip = 0, bool LatestOnly = false);
