namespace BriefingBot.Core.Answering;

/// <summary>Answering settings, bound from the <c>Answering</c> configuration section.</summary>
public sealed class AnsweringOptions
{
    public const string Section = "Answering";

    /// <summary>How many passages an answer shows by default.</summary>
    public int Top { get; set; } = 3;

    /// <summary>The most passages one answer may show.</summary>
    public int MaxTop { get; set; } = 10;

    /// <summary>Longer questions are refused: nobody types an essay into a chat, and it bounds the query cost.</summary>
    public int MaxQuestionLength { get; set; } = 300;

    /// <summary>
    /// The share of the question (weighted by term rarity) the best passage must cover to count as an answer;
    /// below it the bot says it found nothing. Calibrated on the dev set (see <c>tests/…/DevSet</c>).
    /// </summary>
    public double MinCoverage { get; set; } = 0.5;
}
