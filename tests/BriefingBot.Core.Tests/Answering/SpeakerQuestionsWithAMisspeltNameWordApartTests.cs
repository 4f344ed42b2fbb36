using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A word one letter from a speaker's given name, standing apart from the rest of that name in the question («… القحطاني،
/// وش مشكلة نقل البن في فيفاء؟» beside «هيفاء القحطاني»), is another word of the question, not the name: it does not make
/// that speaker the one asked over a namesake the surname names as well. Spelt right, or next to the rest of the name, it
/// still counts.
/// </summary>
public sealed class SpeakerQuestionsWithAMisspeltNameWordApartTests
{
    private static readonly SpeakerDirectory Directory = new(["هيفاء القحطاني", "علي بن ناصر القحطاني"]);

    [Fact]
    public void A_place_one_letter_from_a_given_name_far_from_the_surname_does_not_pick_that_speaker()
    {
        var asked = SpeakerQuestion.MatchAll("حسب كلام القحطاني، وش مشكلة نقل البن في فيفاء؟", Directory);

        Assert.Contains("علي بن ناصر القحطاني", asked);
    }

    [Theory]
    [InlineData("ماذا قالت هيفا القحطاني؟")]
    [InlineData("ماذا قالت هيفاء القحطاني عن العمل؟")]
    public void A_given_name_next_to_the_surname_or_spelt_right_still_names_its_speaker(string question)
    {
        Assert.Equal(["هيفاء القحطاني"], SpeakerQuestion.MatchAll(question, Directory));
    }
}
