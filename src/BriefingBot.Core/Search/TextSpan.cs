namespace BriefingBot.Core.Search;

/// <summary>A matched span in a passage's original text (UTF-16 code units).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
