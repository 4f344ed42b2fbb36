using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.NameWordsInQuestion;
using static BriefingBot.Core.Answering.SpeakerQuestion;

namespace BriefingBot.Core.Answering;

/// <summary>
/// The kin a question about a person asks of: «ماذا قالت ابنة أم خالد؟»، «شو قال أبو أنس؟» name someone by their kin or by
/// their child, and the people of that family the briefings quote beside them are the ones asked of
/// (<see cref="Quotations.SameFamily"/>). Read by <see cref="SpeakerQuestion"/>.
/// </summary>
internal static class SpeakerKin
{
    /// <summary>
    /// Whether a kin noun stands right before the name matched at <paramref name="nameAt"/>, or before the title or role word
    /// with the article that leads it («والد الدلال الدرعي»): the question asks of that kin.
    /// </summary>
    /// <returns>The kin noun, or null when none stands there.</returns>
    internal static string? KinBefore(IReadOnlyList<string> words, int nameAt, IReadOnlyList<string> nameWords)
    {
        const int MaxWordsBetween = 1;
        for (int at = nameAt - 1, between = 0; at >= 0 && between <= MaxWordsBetween; at--, between++)
        {
            if (KinLexicon.IsBeforeAName(words[at]) || ChildParticleAsKin(words, at, nameWords))
            {
                return words[at];
            }

            if (!SpeakerLexicon.HasArticle(words[at]) && !SpeakerLexicon.IsTitle(words[at]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether «ولد / بنت» at <paramref name="at"/> asks of a child: it opens the naming (first, or after the words asking
    /// what was said: «شو قال ولد الأسطى حسين؟») and the person's name does not carry it as its particle («ولد الطالب» of
    /// «يحيى ولد الطالب»).
    /// </summary>
    private static bool ChildParticleAsKin(IReadOnlyList<string> words, int at, IReadOnlyList<string> nameWords) =>
        KinLexicon.IsChildInChat(words[at]) && !nameWords.Contains(words[at])
        && (at == 0 || Filler.Contains(words[at - 1]) || IsSpeechWord(words[at - 1]));

    /// <summary>
    /// The kin of <paramref name="named"/> the question asks of by <paramref name="kin"/>: the people of their family quoted
    /// beside them (Quotations.SameFamily), of the gender the kin noun or the verb asks; empty when the briefing quotes
    /// none, or asked of a neighbour.
    /// </summary>
    internal static List<string> KinOf(string named, string kin, bool asksOfAWoman, SpeakerRoster roster, Func<string, bool>? inScope)
    {
        if (KinLexicon.IsOutsideTheFamily(kin))
        {
            return [];
        }

        var woman = asksOfAWoman || KinLexicon.AsksOfAWoman(kin);
        var man = !asksOfAWoman && KinLexicon.AsksOfAMan(kin);
        var kinfolk = roster.Quotations.SameFamily(named).Where(s => (inScope is null || inScope(s)) && (!woman || roster.Quotations.IsFeminine(s)) && (!man || !roster.Quotations.IsFeminine(s))).ToList();
        // The kin as the street calls them too («عمو قاسم» of the grandfather «قاسم محمد الصحاف»).
        kinfolk.AddRange(kinfolk.SelectMany(roster.Quotations.CalledByTheGivenName).Distinct(StringComparer.Ordinal).Where(s => !kinfolk.Contains(s) && (inScope is null || inScope(s))).ToList());
        return [.. kinfolk.Take(SpeakerRoster.MaxHolders)];
    }

    /// <summary>
    /// Rule «the kunya of a quoted child»: «أبو محمد الحيمي» with «محمد الحيمي» quoted is his father «حسين يحيى الحيمي»,
    /// quoted beside him in the same report; «أبو أنس» alone with one «أنس …» quoted, «فايز الطرابيشي». People call a father
    /// by his son's name: the men of the child's family quoted beside them (Quotations.SameFamily) but the child.
    /// <paramref name="withSurname"/>: the kunya followed by the family's name (any child of that name and surname); else
    /// alone (one child of that name only, whose family the briefings quote). Empty when there is no such father.
    /// </summary>
    internal static List<string> ParentsByKunya(IReadOnlyList<string> words, SpeakerDirectory directory, SpeakerRoster roster, Func<string, bool>? inScope, bool withSurname)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (SpeakerNames.KunyaChild([StripConjunction(words[k])]) is not { } child)
            {
                continue;
            }

            var surname = k + 1 < words.Count && IsNameWord(words[k + 1]) ? words[k + 1] : null;
            if (withSurname != surname is not null)
            {
                continue;
            }

            var families = directory.Candidates(surname is null ? [child] : [child, surname])
                .Where(c => c.Words.Count >= 2 && c.Words[0] == child && (surname is null || c.Words[^1] == surname || c.Words[^1] == "ال" + surname)
                    && (inScope is null || inScope(c.Name)))
                .Select(c => roster.Quotations.SameFamily(c.Name).Where(p => !roster.Quotations.IsFeminine(p) && (inScope is null || inScope(p))
                    && roster.NameWords(p)[0] != child).ToList())
                .Where(f => f.Count > 0)
                .ToList();
            if (families.Count == 1 || surname is not null && families.Count > 0)
            {
                return [.. families.SelectMany(f => f).Distinct(StringComparer.Ordinal).Take(SpeakerRoster.MaxHolders)];
            }
        }

        return [];
    }

    /// <summary>
    /// The men named in full beside a speaker called by «أبو X» alone, of the family of an «X …» quoted in the same report
    /// («محمود ديب السيوفي» beside «أبو خليل» and «خليل السيوفي»): the father the kunya calls. Empty for another speaker.
    /// </summary>
    internal static IEnumerable<string> FathersBesideTheKunya(string speaker, SpeakerRoster roster)
    {
        var name = roster.NameWords(speaker);
        if (name.Count != 1 || SpeakerNames.KunyaChild(name) is not { } child)
        {
            return [];
        }

        return roster.Quotations.SameFamily(speaker)
            .Where(c => roster.NameWords(c)[0] == child)
            .SelectMany(c => roster.Quotations.SameFamily(c).Where(p => p != speaker && !roster.Quotations.IsFeminine(p) && roster.NameWords(p)[0] != child))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>The most words a question names whose kin it asks of by («ابن الحاج يوسف الزغير»).</summary>
    private const int MaxOwnerWords = 3;

    /// <summary>
    /// Rule «the kin a report gives by the name» (<see cref="KinTheReportsGive"/>): «حفيد الحاج يوسف شو قال؟»، «ولد سعيد
    /// البهلاني ايش قال»: a kin noun asking of someone, and the words after it naming whose kin, without titles («الحاج») and
    /// words telling which of the kin («الكبير»). The people the reports call so, of the gender asked, newest first; empty when
    /// the question asks of no kin or no report calls anyone so.
    /// </summary>
    internal static List<string> KinTheReportsName(IReadOnlyList<string> words, SpeakerRoster roster, Func<string, bool>? inScope)
    {
        if (!words.Any(IsSpeechWord))
        {
            return [];
        }

        for (var k = 0; k < words.Count; k++)
        {
            // The kin noun opens the naming («شو قال ابن …»): after another noun it is part of a name («جامعة ابن زهر»), in a
            // clause it tells the one asked of by their kin («الخياط اللي ابنه بألمانيا»). «ولد / بنت» are name particles too
            // («مبارك ولد سالم»): kin only where no quoted person's name has them before the word that follows.
            var opens = k == 0 || Filler.Contains(words[k - 1]) || IsSpeechWord(words[k - 1]);
            if (!opens || !KinLexicon.IsBeforeAName(words[k]) && !(KinLexicon.IsChildInChat(words[k]) && k + 1 < words.Count
                && !roster.KinGiven.IsNameParticle(words[k], words[k + 1])))
            {
                continue;
            }

            var owner = new List<string>();
            var which = new List<string>();
            var titled = new List<string>();
            var i = k + 1;
            for (; i < words.Count && owner.Count < MaxOwnerWords; i++)
            {
                var w = words[i];
                if (Filler.Contains(w) || IsSpeechWord(w) || FactWords.RelativePronouns.Contains(w) || w == PersonDescribed.ChatRelative
                    || SpeakerRoster.TopicMarkers.Contains(w) || SpeakerLexicon.IsPreposition(w))
                {
                    break;
                }

                if (KinLexicon.RankOf(SpeakerLexicon.WithoutPrefixes(w)) is not null)
                {
                    which.Add(SpeakerLexicon.WithoutPrefixes(w));
                }
                else if (SpeakerLexicon.IsTitle(w) || SpeakerLexicon.IsPopularTitle(w))
                {
                    titled.Add(SpeakerLexicon.WithoutPrefixes(w));
                }
                else
                {
                    owner.Add(w);
                }
            }

            // «ابن الحاج محمود اللي ساب الورشة»: a clause says which of the kin; the passages it tells are searched for.
            if (i < words.Count && (FactWords.RelativePronouns.Contains(words[i]) || words[i] == PersonDescribed.ChatRelative))
            {
                return [];
            }

            var woman = AsksOfAWoman(words) || KinLexicon.AsksOfAWoman(words[k]);
            var man = !AsksOfAWoman(words) && KinLexicon.AsksOfAMan(words[k]);
            return [.. roster.KinGiven.Holders(words[k], owner, which, titled, roster.NameWords)
                .Where(s => (inScope is null || inScope(s)) && (!woman || roster.Quotations.IsFeminine(s)) && (!man || !roster.Quotations.IsFeminine(s)))
                .Take(SpeakerRoster.MaxHolders)];
        }

        return [];
    }

    /// <summary>Whether a folded question word may be a name: no filler, speech word, title, preposition or common word.</summary>
    private static bool IsNameWord(string w) =>
        w.Length >= 3 && !Filler.Contains(w) && !IsSpeechWord(w) && !SpeakerLexicon.IsTitle(w) && !SpeakerLexicon.IsPreposition(w)
        && !SpeakerRoster.IsCommonWord(w) && !SpeakerRoster.TopicMarkers.Contains(w) && !KinLexicon.IsBeforeAName(w);
}
