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
    /// The <see cref="AnswerConfidence"/> at which the best passages are shown as the answer. Calibrated on the tune
    /// part of the dev set (docs/search-quality.md).
    /// </summary>
    public double ConfidentCoverage { get; set; } = 0.45;

    /// <summary>
    /// The <see cref="AnswerConfidence"/> from which, below <see cref="ConfidentCoverage"/>, the closest passages are
    /// still shown, under a hedge; below it the bot says it found nothing. Calibrated with it.
    /// </summary>
    public double TentativeCoverage { get; set; } = 0.3;

    /// <summary>How much a word the briefings never use weighs in <see cref="AnswerConfidence"/>, relative to a rare word.</summary>
    public double UnknownTermWeight { get; set; } = 1.0;

    /// <summary>
    /// <see cref="UnknownTermWeight"/> for an English question. Its words are searched through one dictionary
    /// translation each, which is often not the word the briefing uses («اجتمع» for "meet", the briefing says «لقاء»),
    /// so a translation missing from the briefings is weaker evidence of an off-topic question. Calibrated on the tune
    /// part of the English dev set (docs/search-quality.md).
    /// </summary>
    public double EnglishUnknownTermWeight { get; set; } = 0.75;
}
