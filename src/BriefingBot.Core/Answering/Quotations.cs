using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Who the briefings quote where: the briefings each speaker is quoted in and the speakers each briefing quotes, the date
/// each speaker was last quoted and each one's grammatical gender. It tells the reply whether to say «ما قاله» or «ما
/// قالته», which holder of a title is quoted most recently, and who is quoted beside whom (kin in one report, one person
/// called by two names). Built with the <see cref="SpeakerRoster"/>, from the same briefings.
/// </summary>
public sealed class Quotations
{
    private readonly HashSet<string> _feminine = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _lastQuoted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _quotedIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lazy<HashSet<string>>> _wordsWhereQuoted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _quotedInBriefing = new(StringComparer.Ordinal);

    /// <summary>What each name is made of (given name, surname, kunya), which the family rules compare.</summary>
    private readonly SpeakerNames _names;

    /// <param name="words">The briefings' words, read once with the roster; each speaker's profiles in the order given.</param>
    /// <param name="names">The speakers' names, filled by the roster from the same profiles.</param>
    internal Quotations(BriefingWords words, SpeakerNames names)
    {
        _names = names;
        foreach (var briefing in words.Each.Select(w => w.Briefing))
        {
            foreach (var profile in briefing.SpeakerProfiles)
            {
                if (profile.Feminine)
                {
                    _feminine.Add(profile.Name);
                }

                if (!_lastQuoted.TryGetValue(profile.Name, out var last) || briefing.Date > last)
                {
                    _lastQuoted[profile.Name] = briefing.Date;
                }

                if (!_quotedIn.TryGetValue(profile.Name, out var quotedIn))
                {
                    _quotedIn[profile.Name] = quotedIn = new HashSet<string>(StringComparer.Ordinal);
                }

                quotedIn.Add(briefing.Id);
                if (!_quotedInBriefing.TryGetValue(briefing.Id, out var quoted))
                {
                    _quotedInBriefing[briefing.Id] = quoted = [];
                }

                quoted.Add(profile.Name);
            }
        }

        foreach (var (speaker, ids) in _quotedIn)
        {
            // Read once per speaker: a question asks of the same speaker's briefings for each word beside the name it matched.
            _wordsWhereQuoted[speaker] = new Lazy<HashSet<string>>(() => words.WordsOf(ids));
        }
    }

    /// <summary>Whether the briefings show <paramref name="speaker"/> as a woman («قالت»، «الباحثة»).</summary>
    public bool IsFeminine(string speaker) => _feminine.Contains(speaker);

    /// <summary>The speakers with the men before the women, each in the order given.</summary>
    public List<string> MenFirst(IEnumerable<string> speakers) => [.. speakers.OrderBy(IsFeminine)];

    /// <summary>The date of the newest briefing that quotes <paramref name="speaker"/>; the earliest date for one never quoted.</summary>
    public DateOnly LastQuotedOn(string speaker) => _lastQuoted.TryGetValue(speaker, out var date) ? date : DateOnly.MinValue;

    /// <summary>
    /// Rule «kin in the same report»: the people quoted beside <paramref name="speaker"/> in a briefing that quotes them and
    /// bearing their surname («أنس الطرابيشي» beside «فايز الطرابيشي», «خليل السيوفي» beside «محمود ديب السيوفي»): a report
    /// that quotes a father and his son, or two brothers, names them so, and a question asks of one as the other's kin
    /// («ابن فايز الطرابيشي»، «والد خليل السيوفي»). With them, for a speaker called by a kunya («أبو خليل»، «أم وسيم»), the
    /// people of that report whose given name the kunya holds: the child it is made of; and for a child, the parent called by
    /// a kunya of their given name. Empty for a speaker with none.
    /// </summary>
    public IReadOnlyList<string> SameFamily(string speaker)
    {
        if (!_quotedIn.TryGetValue(speaker, out var ids))
        {
            return [];
        }

        var surname = _names.Surname(speaker);
        var child = _names.ChildOfKunya(speaker);
        var given = _names.GivenName(speaker);
        return [.. ids.SelectMany(id => _quotedInBriefing[id]).Distinct(StringComparer.Ordinal)
            .Where(s => s != speaker && (surname is not null && _names.Surname(s) == surname || child is not null && _names.GivenName(s) == child
                || given is not null && _names.ChildOfKunya(s) == given))];
    }

    /// <summary>
    /// Rule «one person called by a title and the given name alone»: «يجلس الحاج قاسم محمد الصحاف … "ما بقى من العمر
    /// هواية"، يقول عمو قاسم»، «مبارك ولد سالم … عمي مبارك»: a report names a person in full once and then as the street
    /// calls them, an elder's title and the given name, or the given name alone, which the parser records as a speaker of its
    /// own. Both are the one person: for a speaker so called, the one person of that report named in full with that given
    /// name, of their gender; for a person named in full, the speakers of their reports so called, when no other person
    /// there has that given name. Empty for a speaker with neither.
    /// </summary>
    public IReadOnlyList<string> CalledByTheGivenName(string speaker)
    {
        if (!_quotedIn.TryGetValue(speaker, out var ids))
        {
            return [];
        }

        var own = SpeakerNames.GivenNameCalledBy(speaker);
        var given = own ?? _names.GivenName(speaker);
        if (given is null || own is null && _names.Surname(speaker) is null)
        {
            return [];
        }

        var found = new List<string>();
        foreach (var quoted in ids.Select(id => _quotedInBriefing[id]))
        {
            var full = quoted.Where(s => s != speaker && SpeakerNames.GivenNameCalledBy(s) is null && _names.Surname(s) is not null && _names.GivenName(s) == given
                && IsFeminine(s) == IsFeminine(speaker)).ToList();
            if (own is not null && full.Count == 1)
            {
                found.Add(full[0]);
            }
            else if (own is null && full.Count == 0)
            {
                found.AddRange(quoted.Where(s => s != speaker && SpeakerNames.GivenNameCalledBy(s) == given && IsFeminine(s) == IsFeminine(speaker)));
            }
        }

        return [.. found.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether a passage of the speakers <paramref name="asked"/> is the words of one of them: a speaker called by a title and
    /// the given name («عمو قاسم») brought in by a person named in full (<see cref="CalledByTheGivenName"/>) is that person
    /// only in a report that quotes them both; elsewhere «عمو قاسم» is another man.
    /// </summary>
    public bool SaidByOneAsked(Passage passage, IReadOnlyList<string> asked)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(asked);
        var theirs = passage.AllSpeakers.Where(asked.Contains).ToList();
        return theirs.Count == 0 || theirs.Any(s =>
        {
            var bringers = asked.Where(f => f != s && SpeakerNames.GivenNameCalledBy(f) is null && CalledByTheGivenName(f).Contains(s, StringComparer.Ordinal)).ToList();
            return bringers.Count == 0 || bringers.Any(f => _quotedIn.TryGetValue(f, out var ids) && ids.Contains(passage.BriefingId));
        });
    }

    /// <summary>
    /// Whether a briefing that quotes <paramref name="speaker"/> writes <paramref name="folded"/>, or a word one edit from
    /// it (a misspelt name is still the briefing's). True for a speaker the briefings do not quote: nothing to judge by.
    /// </summary>
    public bool QuotedWhereWritten(string speaker, string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (!_wordsWhereQuoted.TryGetValue(speaker, out var quoted))
        {
            return true;
        }

        var words = quoted.Value;
        return ArabicWordForms.Readings(folded).Any(words.Contains)
            || words.Any(w => Math.Abs(w.Length - folded.Length) <= 1 && ArabicText.EditDistance(w, folded, 1) <= 1);
    }
}
