using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ماذا قال أقدم صناع المراكب في رشيد؟»: a word right after «في» is where the person asked of is; that it is also one word
/// of a speaker's name («كاوه رشيد») does not make the question about that speaker. A name asked in full still is.
/// </summary>
public sealed class SpeakerQuestionsOfSomeoneInAPlaceTests
{
    private static readonly SpeakerDirectory Directory = new(["كاوه رشيد", "إبراهيم محمد سيدي"]);

    [Theory]
    [InlineData("ماذا قال أقدم صناع المراكب في رشيد؟")]
    [InlineData("ماذا قال مستأجر الشاطئ في سيدي بشر؟")]
    public void One_name_word_in_the_place_after_fi_names_nobody(string question)
    {
        Assert.Empty(SpeakerQuestion.MatchAll(question, Directory));
    }

    [Theory]
    [InlineData("ماذا قال كاوه رشيد في أربيل؟", "كاوه رشيد")]
    [InlineData("ماذا قال رشيد؟", "كاوه رشيد")]
    public void A_name_asked_in_full_or_outside_a_place_still_names_its_speaker(string question, string speaker)
    {
        Assert.Equal([speaker], SpeakerQuestion.MatchAll(question, Directory));
    }
}
