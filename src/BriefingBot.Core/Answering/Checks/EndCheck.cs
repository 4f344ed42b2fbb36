namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question asking when something ends when no passage shown tells an end (<see cref="DeclineReason.EndNotTold"/>).
/// </summary>
/// <remarks>
/// «متى ينتهي بناء الطريق؟» is answered by when it ends: «على أن تنتهي الأعمال في منتصف 2027»، «ستنجز في عام 2028»،
/// «يبقى مفتوحًا حتى الحادي والثلاثين من يناير». A passage that dates only the beginning («وإن الأشغال تبدأ في مايو»)
/// gives a time, but not the one asked.
/// </remarks>
internal sealed class EndCheck() : EventToldCheck(FactWords.EndVerbs, FactWords.EndWords, DeclineReason.EndNotTold);
