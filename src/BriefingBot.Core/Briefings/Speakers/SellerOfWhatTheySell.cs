using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Rule «who sells a thing is its seller»: «يبيع الحاج عمر الأيوبي الأقمشة بالمتر منذ أكثر من أربعين عامًا» then «روى
/// الأيوبي أن …». A portrait of a market says what someone does, not what they are, and a reader asks «بياع الأقمشة شو
/// قال». The speaker the verb «يبيع / تبيع» names right after it (a popular title or a title with the article may stand
/// before the name) is recorded as «بائع / بائعة» of the verb's object, as another way the briefing calls them. Only a
/// speaker the briefing quotes is given it, and only from a verb the name follows at once: «وتبيع معظمها عبر الإنترنت» names no one.
/// </summary>
internal static class SellerOfWhatTheySell
{
    private static readonly HashSet<string> SellingVerbs = new(new[] { "يبيع", "تبيع", "ويبيع", "وتبيع" }, StringComparer.Ordinal);

    /// <summary>Adds «بائع الأقمشة» to each speaker a selling verb names.</summary>
    public static void Learn(IEnumerable<Profile> speakers, IReadOnlyList<(string? Section, string Text)> paragraphs)
    {
        var people = speakers.Select(s => (Speaker: s, Name: ArabicText.FoldedWords(s.Name))).Where(s => s.Name.Count >= 2).ToList();
        if (people.Count == 0)
        {
            return;
        }

        foreach (var words in paragraphs.Select(p => Word.Split(p.Text)))
        {
            for (var k = 0; k + 2 < words.Count; k++)
            {
                if (!SellingVerbs.Contains(words[k].Folded) || words[k].EndsClause)
                {
                    continue;
                }

                // «يبيع الحاج عمر …»، «يبيع المزارع حسين …»: a popular title or a title with the article before the name.
                var before = words[k + 1].Folded;
                var start = SpeakerLexicon.IsPopularTitle(before) || SpeakerLexicon.HasArticle(before) && SpeakerLexicon.IsTitle(before) ? k + 2 : k + 1;
                foreach (var (speaker, name) in people)
                {
                    if (Sold(words, start, name) is { } goods)
                    {
                        var seller = (speaker.Feminine ? "بائعة " : "بائع ") + goods;
                        if (!speaker.References.Contains(seller, StringComparer.Ordinal))
                        {
                            speaker.References.Add(seller);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The object after <paramref name="name"/> written from <paramref name="start"/>, as folded («الاقمشه»، «عقود»), or null.</summary>
    private static string? Sold(List<Word> words, int start, IReadOnlyList<string> name)
    {
        var after = start + name.Count;
        if (after >= words.Count || !Enumerable.Range(0, name.Count).All(i => words[start + i].Folded == name[i]) || words[after - 1].EndsClause)
        {
            return null;
        }

        var goods = words[after];
        if (goods.IsComplementiser || goods.OpensQuote || SpeakerLexicon.IsPreposition(goods.Surface))
        {
            return null;
        }

        var folded = goods.Folded;
        return goods.HasTanween && folded.Length > 3 && folded[^1] == 'ا' ? folded[..^1] : folded;
    }
}
