namespace BriefingBot.Core.Search;

/// <summary>The searchable terms of a question, in order, without duplicates.</summary>
public sealed record AnalyzedQuestion(string Text, IReadOnlyList<string> Terms)
{
    public bool IsEmpty => Terms.Count == 0;
}
