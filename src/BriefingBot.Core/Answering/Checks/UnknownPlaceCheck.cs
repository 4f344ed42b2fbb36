using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question naming a place no briefing mentions (<see cref="DeclineReason.UnknownPlace"/>).</summary>
internal sealed class UnknownPlaceCheck : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var shape = answer.Shape;
        var index = answer.Index;

        // The question's own spelling may carry a clitic the index does not strip («بمصر»): the place is unknown only
        // when the index knows none of its readings.
        // A place named by its adjective («الانتخابات الفرنسية») is named as much by the place's own name.
        // Known by its adjective as well: «ايران» where the briefings say «السفير الإيراني».
        var places = answer.Places;
        var adjectives = places.Select(names => names.SelectMany(Gazetteer.AdjectivesOf).ToList()).ToList();
        if (places.Where((names, i) => names.All(p => answer.TermOf(p) is not { } place || !Literal(place))
                && !names.SelectMany(ArabicWordForms.Readings).Concat(adjectives[i]).Any(r => Knows(index, r))
                && !names.SelectMany(CompoundsCalled).Any(c => Says(index, c))).Any())
        {
            return DeclineReason.UnknownPlace;
        }

        // A place of two words («الولايات المتحدة»، «جنوب السودان») is known where a passage says both, or its one-word name.
        if (shape.Compounds.Any(c => !Says(index, c) && !c.Also.Any(a => Knows(index, a) || Gazetteer.AdjectivesOf(a).Any(r => Knows(index, r)))))
        {
            return DeclineReason.UnknownPlace;
        }

        // A place named after its kind («ميناء جبل علي»، «مخيم الهول») by a word the briefings never use in any spelling is
        // another place than the ones they speak of, whatever its kind matches («ميناء الفاو»).
        if (shape.PlaceNames.Any(w => answer.TermOf(w) is { Known: false }))
        {
            return DeclineReason.UnknownPlace;
        }

        return null;
    }
}
