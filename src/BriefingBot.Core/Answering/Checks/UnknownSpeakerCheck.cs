using BriefingBot.Core.Briefings;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question on what someone said whom no briefing names (<see cref="DeclineReason.UnknownSpeaker"/>).</summary>
internal sealed class UnknownSpeakerCheck : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var shape = answer.Shape;

        // Asked of someone the briefings never name, the answer would be other people's words («ماذا قال ماكرون عن الأسعار؟»);
        // questions about a person the briefings quote never reach the checks.
        if (shape.SaidBy is { } speaker && answer.TermOf(speaker) is { Known: false })
        {
            return DeclineReason.UnknownSpeaker;
        }

        // A person's name opens without the article and with no title or body («محمد عرقاب»، «عبد المجيد تبون», not «وزير
        // الطاقة الجزائري»، «منظمة الصحة»): a given name the briefings use («محمد») with a surname they never do is someone
        // else. A surname found only as another word's typo or family («تبون») is not found.
        if (shape.SaidByName is [var given, _, ..] name && !given.StartsWith("ال", StringComparison.Ordinal)
            && !SpeakerLexicon.IsTitle(given) && !SpeakerLexicon.IsInstitution(given)
            && name.Skip(1).Any(w => answer.TermOf(w) is { } surname && (!Literal(surname) || surname.Fuzzy)))
        {
            return DeclineReason.UnknownSpeaker;
        }

        // A title before a name («السلطان هيثم»، «الوزير كمال»): the title may be the briefings' word («جامعة السلطان قابوس»),
        // but a name they never use is someone else's. A word with the article after the title is its adjective or a
        // surname read elsewhere («الوزير الرواحي»), not checked here.
        if (shape.SaidByName is [var title, var titled, ..] && title.StartsWith("ال", StringComparison.Ordinal)
            && !titled.StartsWith("ال", StringComparison.Ordinal) && !SpeakerLexicon.IsInstitution(titled)
            && answer.TermOf(titled) is { } nameTerm && (!Literal(nameTerm) || nameTerm.Fuzzy))
        {
            return DeclineReason.UnknownSpeaker;
        }

        return null;
    }
}
