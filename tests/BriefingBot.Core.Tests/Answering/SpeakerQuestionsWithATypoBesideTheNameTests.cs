using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A name word too short for a typo on its own («همد»، the «زبون» of «بوزبون») is still that word one letter off when it
/// stands right beside another word of the same name written exactly: «شو قال ادريس هامد؟» asks of «إدريس همد», not of
/// «هاشم إدريس». Alone, or apart from the rest of the name, it names nobody.
/// </summary>
public sealed class SpeakerQuestionsWithATypoBesideTheNameTests
{
    private static readonly SpeakerDirectory Directory = new(["شيخة بوزبون", "إدريس همد", "هاشم إدريس"]);

    [Theory]
    [InlineData("ماذا قالت شيخة بوزبن؟", "شيخة بوزبون")]
    [InlineData("شو قال ادريس هامد؟", "إدريس همد")]
    public void A_short_name_word_one_letter_off_beside_the_names_other_word_names_the_speaker(string question, string speaker)
    {
        Assert.Equal([speaker], SpeakerQuestion.MatchAll(question, Directory));
    }

    [Theory]
    [InlineData("ماذا قال هامد؟")]
    [InlineData("ماذا قالت بوزبن؟")]
    public void Alone_the_short_word_one_letter_off_names_nobody(string question)
    {
        Assert.Empty(SpeakerQuestion.MatchAll(question, Directory));
    }
}
