using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Search;

/// <summary>A passage found for a question, with its relevance score and the spans that matched.</summary>
public sealed record PassageHit(Passage Passage, float Score, IReadOnlyList<TextSpan> Highlights);
