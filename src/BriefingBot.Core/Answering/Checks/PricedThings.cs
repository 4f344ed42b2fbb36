using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>The thing a price question asks the price of: what the attribute and the fact checks require a price of.</summary>
internal static class PricedThings
{
    /// <summary>
    /// Whether a word of a price question's subject may name the thing priced: no number, no unit it is priced by («لتر»),
    /// no place or place adjective, no preposition or question word.
    /// </summary>
    public static bool MayBeThingPriced(string word) =>
        !word.Any(char.IsDigit) && !ArabicWordForms.AnyIn(word, FactWords.CountUnits) && !ArabicWordForms.AnyIn(word, Gazetteer.Places)
        && !Gazetteer.IsAdjectiveOfPlace(word) && !FactWords.Prepositions.Contains(word) && !FactWords.Leads.Contains(word);

    /// <summary>
    /// The thing a price question asks the price of, of the subject's words that may name one (literal in the index), in
    /// order: the first; for a ticket also the word after it, what it rides: news prices a ride («سعر الرحلة الواحدة بأربعة
    /// ريالات … المترو») more often than it says «تذكرة».
    /// </summary>
    /// <remarks>
    /// An entry ticket is of the place it enters, the word after «دخول» («تذكرة دخول البتراء»): news prices the entry to
    /// many sites in one passage («سعر تذكرة الأجانب لدخول وادي الملوك»), and one that does not name the site asked gives
    /// the price of another. «تذكرة الدخول» with its article names no site, and is judged as any ticket.
    /// </remarks>
    public static List<TermMatch> ThingsPriced(IEnumerable<(string Word, TermMatch Term)> candidates)
    {
        var words = candidates.Take(3).ToList();
        return words switch
        {
            [var ticket, var entry, var entered, ..] when ArabicWordForms.AnyIn(ticket.Word, FactWords.Tickets) && entry.Word == Entry => [entered.Term],
            [var ticket, var ridden, ..] when ArabicWordForms.AnyIn(ticket.Word, FactWords.Tickets) => [ticket.Term, ridden.Term],
            [var first, ..] => [first.Term],
            _ => [],
        };
    }

    /// <summary>Entry, in the construct of what it enters («دخول البتراء»): without the article.</summary>
    private static readonly string Entry = ArabicText.Fold("دخول");
}
