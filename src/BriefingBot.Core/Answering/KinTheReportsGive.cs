using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Rule «the kin a report gives by the name»: «حفيد الحاج يوسف شو قال؟»، «ولد سعيد البهلاني ايش قال»، «حفيد أبو حيدر شنو
/// كال؟» ask of someone the report introduces by that kin beside their name («الشاب عمر الزغير، حفيد الحاج يوسف»، «أما
/// خالد، ابن سعيد البهلاني الأصغر»، «ومصطفى الحلفي، حفيد أبي حيدر»، «أما ابنه هاني محمود الأقرع» after the father). The
/// kin's own name often shares no surname with the one asked by (a given name alone, a kunya), and the one asked by may be
/// quoted under another name or not at all, so the family of the name asked (<see cref="Quotations.SameFamily"/>) misses
/// them, and a given name shared with speakers of other reports sends the kin question to another family. Read once from
/// the passages: each quoted person a passage calls by a kin noun right by their name, with the words naming whose kin they
/// are. Read by <see cref="SpeakerQuestion"/>.
/// </summary>
internal sealed class KinTheReportsGive
{
    /// <summary>How far before a kin noun the kin's own name may stand («محمود الزغير، الابن الأكبر للحاج يوسف»).</summary>
    private const int MaxWordsFromTheName = 4;

    /// <summary>How many words after a kin noun may name whose kin it is («الابن الأكبر للحاج يوسف الزغير»).</summary>
    private const int MaxOwnerWords = 4;

    private readonly List<Entry> _entries = [];

    /// <summary>Each pair of neighbouring words in a quoted person's name, read by <see cref="IsNameParticle"/>.</summary>
    private readonly HashSet<(string, string)> _particles = [];

    /// <summary>One person a report calls by a kin noun.</summary>
    /// <param name="Owner">The words after the kin noun, without prefixes; null when the kin noun carries a pronoun («ابنه»): whose
    /// kin is then someone else the report quotes (<paramref name="Others"/>).</param>
    private sealed record Entry(KinRelation Kin, string Holder, DateOnly Date, HashSet<string>? Owner, IReadOnlyList<string> Others);

    internal KinTheReportsGive(IReadOnlyList<Briefing> briefings, Func<string, IReadOnlyList<string>> nameWords)
    {
        foreach (var briefing in briefings)
        {
            var quoted = briefing.Passages.SelectMany(p => p.AllSpeakers).Distinct(StringComparer.Ordinal).ToList();
            foreach (var words in quoted.Select(nameWords))
            {
                for (var w = 0; w + 1 < words.Count; w++)
                {
                    _particles.Add((words[w], words[w + 1]));
                }
            }

            foreach (var passage in briefing.Passages)
            {
                if (!passage.AllSpeakers.Any())
                {
                    continue;
                }

                var text = ArabicText.FoldedWords(passage.Text).Select(SpeakerLexicon.WithoutPrefixes).ToList();
                for (var i = 0; i < text.Count; i++)
                {
                    // «وابن محمود»: a bare «و» before a kin noun is the conjunction.
                    if ((KinLexicon.RelationOf(text[i]) ?? (text[i].StartsWith('و') ? KinLexicon.RelationOf(text[i][1..]) : null)) is not (KinRelation kin, bool withPronoun))
                    {
                        continue;
                    }

                    foreach (var holder in passage.AllSpeakers)
                    {
                        var name = nameWords(holder).Where(w => w.Length >= 3).Select(SpeakerLexicon.WithoutPrefixes).ToHashSet(StringComparer.Ordinal);
                        if (name.Contains(text[i]))
                        {
                            // «يحيى ولد الطالب»: the kin noun is a particle of the name.
                            continue;
                        }

                        // «ابنه هاني محمود الأقرع»: the kin's name follows a kin noun with a pronoun; «خالد، ابن سعيد البهلاني»:
                        // it stands before a kin noun with its owner after it.
                        if (withPronoun && i + 1 < text.Count && name.Contains(text[i + 1]))
                        {
                            _entries.Add(new Entry(kin, holder, briefing.Date, null, [.. quoted.Where(q => q != holder)]));
                        }

                        if (Enumerable.Range(Math.Max(0, i - MaxWordsFromTheName), Math.Min(i, MaxWordsFromTheName)).Any(j => name.Contains(text[j])))
                        {
                            var owner = text.Skip(i + 1).Take(MaxOwnerWords).Where(w => !name.Contains(w)).Select(Kunya).ToHashSet(StringComparer.Ordinal);
                            _entries.Add(new Entry(kin, holder, briefing.Date, owner, []));
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The people the reports call <paramref name="kin"/> (a question's kin noun, folded) of someone named by
    /// <paramref name="owner"/> (the question's words after it, folded, no title): by those words after the kin noun, or,
    /// after a kin noun with a pronoun, by another person the same report quotes whose name holds them. Newest first.
    /// </summary>
    /// <param name="which">The question's words telling which of the kin («كبير»، «أصغر»), bare: a passage telling the other («الابن
    /// الأكبر» for «الصغير») is of another.</param>
    /// <param name="titled">The titles the question gives the one whose kin it asks of («حاج»), bare: a passage naming the kin
    /// after a name without that title («وابن محمود» for «ابن الحاج محمود») names another's.</param>
    internal IReadOnlyList<string> Holders(string kin, IReadOnlyList<string> owner, IReadOnlyCollection<string> which, IReadOnlyCollection<string> titled, Func<string, IReadOnlyList<string>> nameWords)
    {
        if (KinLexicon.RelationOf(kin) is not (KinRelation asked, _) || owner.Count == 0)
        {
            return [];
        }

        var bare = owner.Select(SpeakerLexicon.WithoutPrefixes).Select(Kunya).ToList();
        var other = which.Any(w => KinLexicon.RankOf(w) == KinRank.Elder) ? KinRank.Younger
            : which.Any(w => KinLexicon.RankOf(w) == KinRank.Younger) ? KinRank.Elder : (KinRank?)null;
        // A spouse keeps their own family's name; children and siblings carry it.
        var family = asked != KinRelation.Spouse;
        bool OfTheOwner(Entry e) => e.Owner is { } words ? bare.All(words.Contains) && !(other is { } o && words.Any(w => KinLexicon.RankOf(w) == o)) && titled.All(words.Contains)
            : e.Others.Any(o => nameWords(o).Select(SpeakerLexicon.WithoutPrefixes).Select(Kunya).ToHashSet(StringComparer.Ordinal) is var n && bare.All(n.Contains)
                && (!family || SameSurname(o, e.Holder, nameWords)))
                && (!family || SharesTheSurname(e.Holder, bare, nameWords));
        return [.. _entries.Where(e => e.Kin == asked && OfTheOwner(e)).OrderByDescending(e => e.Date).Select(e => e.Holder).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// «ابن محمود السيوفي» of «ابنه أنس الطرابيشي»: asked by a given name and surname, the kin a pronoun points back to
    /// carries that surname when named by one: another family's son is another's.
    /// </summary>
    private static bool SharesTheSurname(string holder, IReadOnlyList<string> owner, Func<string, IReadOnlyList<string>> nameWords)
    {
        var name = nameWords(holder).Select(SpeakerLexicon.WithoutPrefixes).ToList();
        return owner.Count < 2 || name.Count < 2 || name.Contains(owner[^1]);
    }

    /// <summary>Whether two people named with a surname bear the same one; true when either is named by one word.</summary>
    private static bool SameSurname(string one, string other, Func<string, IReadOnlyList<string>> nameWords) =>
        nameWords(one) is var a && nameWords(other) is var b && (a.Count < 2 || b.Count < 2 || a[^1] == b[^1]);

    /// <summary>
    /// Whether «ولد / بنت / بن» before <paramref name="next"/> (folded) is a particle of a quoted person's name («مبارك ولد سالم»،
    /// «شيخة بنت علي العبرية»), not kin asked of.
    /// </summary>
    internal bool IsNameParticle(string particle, string next) => _particles.Contains((particle, next));

    /// <summary>«أبي / أبا خالد» is «أبو خالد» in another case.</summary>
    private static string Kunya(string bare) => bare is "ابي" or "ابا" ? "ابو" : bare;
}
