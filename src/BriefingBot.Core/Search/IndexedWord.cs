namespace BriefingBot.Core.Search;

/// <summary>A word of the passages' text as the index holds it (analysed), and in how many passages.</summary>
public sealed record IndexedWord(string Term, int DocFreq);
