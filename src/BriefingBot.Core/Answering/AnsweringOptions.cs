using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Core.Answering;

/// <summary>Answering settings, bound from the <c>Answering</c> configuration section.</summary>
public sealed class AnsweringOptions : IValidatableObject
{
    public const string Section = "Answering";

    /// <summary>How many passages an answer shows by default.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int Top { get; set; } = 3;

    /// <summary>The most passages one answer may show.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int MaxTop { get; set; } = 10;

    /// <summary>Longer questions are refused: nobody types an essay into a chat, and it bounds the query cost.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int MaxQuestionLength { get; set; } = 300;

    /// <summary>
    /// The <see cref="AnswerConfidence"/> at which the best passages are shown as the answer. Calibrated on the tune
    /// part of the dev set (docs/search-quality.md).
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "{0} must be between {1} and {2}.")]
    public double ConfidentCoverage { get; set; } = 0.95;

    /// <summary>
    /// The <see cref="AnswerConfidence"/> from which, below <see cref="ConfidentCoverage"/>, the closest passages are
    /// still shown, under a hedge; below it the bot says it found nothing. Calibrated with it.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "{0} must be between {1} and {2}.")]
    public double TentativeCoverage { get; set; } = 0.15;

    /// <summary>How much a word the briefings never use weighs in <see cref="AnswerConfidence"/>, relative to a rare word.</summary>
    [Range(0.0, double.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public double UnknownTermWeight { get; set; } = 0.5;

    /// <summary>
    /// <see cref="UnknownTermWeight"/> for an English question. Its words are searched through one dictionary
    /// translation each, which is often not the word the briefing uses («اجتمع» for "meet", the briefing says «لقاء»),
    /// so a translation missing from the briefings is not the same evidence as an unknown Arabic word. Calibrated on
    /// the tune part of the English dev set (docs/search-quality.md).
    /// </summary>
    [Range(0.0, double.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public double EnglishUnknownTermWeight { get; set; } = 2.0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Top > MaxTop)
        {
            yield return new ValidationResult($"the default number of passages ({Top}) is more than the most an answer may show, MaxTop ({MaxTop}).", [nameof(Top)]);
        }

        if (TentativeCoverage > ConfidentCoverage)
        {
            yield return new ValidationResult($"the hedged-answer threshold ({TentativeCoverage}) is above ConfidentCoverage ({ConfidentCoverage}).", [nameof(TentativeCoverage)]);
        }
    }
}
