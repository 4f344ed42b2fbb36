using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Whether a passage's speaker is the one a question names by role or name in another of their passages of the same
/// briefing. News names a person in full once, with their role («وتقول الباحثة في التراث المعماري بجامعة قابس، الدكتورة
/// سلمى الزواري، …»), and their next passages by surname alone («وأوضحت الزواري أن …»): «ماذا اقترحت الباحثة …؟» is
/// answered by the later passage, which never repeats «الباحثة».
/// </summary>
internal static class SpeakerNamedBefore
{
    /// <summary>
    /// Whether someone the passage is attributed to is named, in another passage of theirs in the passage's briefing, as
    /// one of <paramref name="askings"/> asks: by its first word (the role or name the question opens with), and by each of
    /// its others there or in the passage itself: the words a question puts after the role may be what it asks of («ماذا
    /// اقترحت الباحثة بدلًا من …؟»), which the later passage says. Each other passage is analysed once, whatever the
    /// number of askings (an expert asked by one word is asked as every expert word the index knows).
    /// </summary>
    public static bool Names(JudgedAnswer answer, int passage, IReadOnlyList<IReadOnlyList<TermMatch>> askings)
    {
        var asked = askings.Where(who => who.Count > 0).ToList();
        if (asked.Count == 0)
        {
            return false;
        }

        var shown = answer.PassageAt(passage);
        return shown.AllSpeakers
            .SelectMany(speaker => answer.Index.PassagesBySpeaker(speaker, shown.BriefingId))
            .Where(other => other.Id != shown.Id)
            .Any(other => answer.Index.AnalyzePassage(other.Text) is var tokens
                && asked.Any(who => tokens.Find(who[0].Variants).Count > 0
                    && who.Skip(1).All(t => tokens.Find(t.Variants).Count > 0 || answer.Has(passage, t))));
    }
}
