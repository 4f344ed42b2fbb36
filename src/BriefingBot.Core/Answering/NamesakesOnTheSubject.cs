using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// A name the question gives (a given name, a surname, a kunya, an alias) may call several people across the briefings;
/// the one whose name fits best is taken first (<see cref="SpeakerQuestion.MatchAll"/>), the newest when they tie. When
/// the question names a subject and the one taken never speaks of it while a namesake does, the namesake is the one
/// meant: «شو قالت خديجة عن الحواجز؟» of the Battir cooperative's «خديجة عوينة», who speaks of the checkpoints, not of
/// the newer briefing's «خديجة» who does not. Only people called by a word of the question that also called the one
/// taken are namesakes: a role holder or someone else who speaks of the subject is not asked of. When no namesake speaks
/// of it, the question is still declined as one the person never spoke of («ماذا قالت خديجة عن الحافلات؟»).
/// </summary>
internal static class NamesakesOnTheSubject
{
    /// <summary>How many rounds of ever weaker namesakes are read before giving up: each round is a directory lookup.</summary>
    private const int MaxRounds = 6;

    /// <summary>
    /// The namesakes of <paramref name="asked"/> who speak of the subject the question names, the best fitting name first;
    /// null when the question names no subject, the asked speak of it, or no namesake does.
    /// </summary>
    /// <param name="passagesOf">The passages the given people are quoted in, as the answer would read them.</param>
    public static IReadOnlyList<string>? Instead(string question, IReadOnlyList<string> asked, SpeakerDirectory directory, SpeakerRoster roster,
        Func<string, bool>? inScope, Func<IReadOnlyList<string>, IReadOnlyList<Passage>> passagesOf, PassageIndex index)
    {
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(passagesOf);
        var words = ArabicText.FoldedWords(question);
        var passages = passagesOf(asked);
        if (passages.Count == 0 || SpeaksOf(words, asked, passages, roster, index) is not false)
        {
            return null;
        }

        // The words of the question that call the one taken: a namesake is called by one of them too. None when the
        // question asked by a role: another holder of it is no namesake.
        var asWritten = CompoundNames.Glued(words).SelectMany(w => new[] { w, ArabicWordForms.OpensWithOneLetterClitic(w) ? w[1..] : w }).ToHashSet(StringComparer.Ordinal);
        var calling = roster.Names.WordsCalling(asked);
        calling.IntersectWith(asWritten);
        if (calling.Count == 0)
        {
            return null;
        }

        // A namesake fits the name as well as the one taken: «ما رأي آمال الشريف في …؟» is not «نهى الشريف», nor «الهادي
        // بن عمار» «الهادي بن عمر», however they speak of the subject.
        // A title recorded with a name («الدكتورة سعاد») calls no one in particular: it does not make the name fit better.
        int Fit(string person) => roster.Names.WordsCalling([person]).Count(w => calling.Contains(w) && !SpeakerLexicon.IsTitle(w) && !SpeakerLexicon.IsPopularTitle(w));
        var fit = asked.Max(Fit);
        var tried = new HashSet<string>(asked, StringComparer.Ordinal);
        for (var round = 0; round < MaxRounds; round++)
        {
            var next = SpeakerQuestion.MatchAll(question, directory, roster, s => !tried.Contains(s) && (inScope is null || inScope(s)));
            tried.UnionWith(next);
            var namesakes = next.Where(s => roster.Names.WordsCalling([s]).Overlaps(calling) && Fit(s) >= fit).ToList();
            if (namesakes.Count == 0)
            {
                return null;
            }

            var speaking = namesakes.Where(s => passagesOf([s]) is { Count: > 0 } theirs && SpeaksOf(words, [s], theirs, roster, index) is true).ToList();
            if (speaking.Count > 0)
            {
                return speaking;
            }
        }

        return null;
    }

    /// <summary>Whether the people's passages speak of the subject the question names; null when it names none.</summary>
    private static bool? SpeaksOf(IReadOnlyList<string> words, IReadOnlyList<string> people, IReadOnlyList<Passage> passages, SpeakerRoster roster, PassageIndex index)
    {
        var subject = roster.TopicWords(words, people, passages.Select(p => p.BriefingId));
        return subject.Count == 0 ? null : SpeakerTopic.SpokenOrJustBefore(subject, passages, roster.Source, index);
    }
}
