using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a how-many or how-much question asked in a place named by its kind and its name, that the gazetteer does not
/// know («كم مركزًا لشراء التبغ في محافظة طرطوس؟»، «كم غرفة في بيت النوخذة محمد العريض؟») when no passage shown that gives a
/// number names it (<see cref="DeclineReason.FactNotOfSubject"/>).
/// </summary>
internal sealed class LocusOfCountCheck : IAnswerCheck
{
    // The name says which of its kind is asked: a passage counting rooms in another house, or purchase centres in Latakia,
    // gives no number of this one. The name is found as written (no misspelling read as it), in the passage or its
    // briefing's title («مقهى البارودي …» titling the passages that count its cups).
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var locus = answer.Shape.Locus.Select(answer.TermOf).OfType<TermMatch>().Where(t => Literal(t) && !t.Fuzzy).ToList();
        if (locus.Count == 0 || locus.Count != answer.Shape.Locus.Count)
        {
            return null;
        }

        // A sum asked there (a price, a cost, a pay) is given where the place is named: «تتراوح كلفة الليلة فيها بين خمسة
        // وعشرين وأربعين ريالًا» in one village's guesthouses is no price of a night in another's inn, though the passage
        // naming that inn counts its rooms.
        // A person's place («محل الحاج محمود») is named by whatever the news calls them, a kunya or a surname («في محله»): its
        // title says nothing of where the sum is given.
        Func<string, bool> gives = AsksSum(answer) && !answer.Shape.Locus.Any(IsTitle) ? Measures.GivesSum : PassageFacts.HasNumber;
        return answer.Shown.Any(p => gives(answer.Top[p]) && locus.All(t => answer.Names(p, t)))
            ? null
            : DeclineReason.FactNotOfSubject;
    }

    /// <summary>
    /// Whether the question asks a sum of money: a price or another attribute in a currency («كم سعر …»، «كم راتب …»), a
    /// cost or a sum noun, a verb of costing, paying, earning or selling.
    /// </summary>
    private static bool AsksSum(JudgedAnswer answer) =>
        answer.AsksSum || answer.CostsByVerb || answer.PaysByVerb || answer.Spends
        || answer.Shape.Attribute is { } attribute && Measures.UnitsOf(attribute) == FactWords.Currencies
        || answer.Shape.ByPrice && answer.Shape.Asked is [var unit, ..] && ArabicWordForms.AnyIn(unit, FactWords.CountUnits);

    /// <summary>Whether the word is a title a person is called by («الحاج»، «الشيخ»), not a place's name.</summary>
    private static bool IsTitle(string word) => SpeakerLexicon.IsPopularTitle(word) || SpeakerLexicon.IsTitle(word);
}
