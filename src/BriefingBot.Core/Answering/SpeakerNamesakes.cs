using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Keeps namesakes apart: «ماذا قال عثمان الطيب؟» where three men of that name are quoted in three briefings (a field
/// coordinator in El Fasher, an electrician on the Red Sea ferry, a sheikh at the Chad border) is answered person by
/// person, each told by his briefing, the newest briefing's first: the name alone does not say which of them is meant,
/// and one answer merging their words would make them one man. A role or subject the question names has already kept
/// the one it points to (<see cref="SpeakerRoster.BriefingsOfRole"/>, <see cref="SpeakerRoster.BriefingsAbout"/>).
/// </summary>
public static class SpeakerNamesakes
{
    /// <summary>
    /// The passages ordered person by person (the newest briefing's person first, each person's passages in the order
    /// given), and each asked name with the people it is: one entry with no briefing for a name that is one person, one
    /// per person with the briefing their words come from (the newest, when they speak in several) for a name that is
    /// several (<see cref="SpeakerRoster.People"/>).
    /// </summary>
    /// <param name="quoted">Every passage of the asked names, before a role or subject kept some: a name is several
    /// people when the briefings say so, even when the question points to one of them.</param>
    public static (IReadOnlyList<Passage> Passages, IReadOnlyList<(string Name, Passage? From)> People) Apart(IReadOnlyList<Passage> passages, IEnumerable<string> asked, SpeakerRoster roster, IReadOnlyList<Passage> quoted)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(quoted);
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(roster);
        var people = new List<(string Name, Passage? From)>();
        var personOf = new Dictionary<Passage, int>();
        foreach (var name in asked)
        {
            var own = passages.Where(p => p.AllSpeakers.Contains(name, StringComparer.Ordinal)).ToList();
            var everywhere = quoted.Where(p => p.AllSpeakers.Contains(name, StringComparer.Ordinal)).Select(p => p.BriefingId).Distinct(StringComparer.Ordinal);
            var all = roster.People(name, [.. everywhere]);
            var groups = all.Where(g => own.Any(p => g.Contains(p.BriefingId))).ToList();
            if (own.Count == 0 || all.Count < 2)
            {
                people.Add((name, null));
                continue;
            }

            // Newest briefing's person first: the one the news speaks of now, as a name with no other word asks.
            foreach (var (group, newest) in groups
                .Select(g => (Group: g, Newest: own.Where(p => g.Contains(p.BriefingId)).OrderByDescending(p => p.BriefingDate).First()))
                .OrderByDescending(g => g.Newest.BriefingDate))
            {
                foreach (var passage in own.Where(p => group.Contains(p.BriefingId)))
                {
                    personOf.TryAdd(passage, people.Count);
                }

                people.Add((name, newest));
            }
        }

        if (personOf.Count == 0)
        {
            return (passages, people);
        }

        // Each person's passages together, in the order of the people, in the places the split names' passages held: any
        // other passage keeps its place.
        var ordered = passages.Where(personOf.ContainsKey).Select((p, i) => (p, i)).OrderBy(x => personOf[x.p]).ThenBy(x => x.i).Select(x => x.p);
        using var next = ordered.GetEnumerator();
        return ([.. passages.Select(p => personOf.ContainsKey(p) && next.MoveNext() ? next.Current : p)], people);
    }
}
