using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// One reading of «who said …» questions: the claim after «إن» and the claim asked without it are read from the same
/// word asking who, the same optional «اللي» and the same verb.
/// </summary>
public sealed class WhoSaidQuestionTests
{
    private static IReadOnlyList<string> Words(string question) => CompoundNames.Glued(ArabicText.FoldedWords(question));

    [Theory]
    [InlineData("من قال إن البن كان يقدم جزءا من المهر؟", 3)]
    [InlineData("مين اللي قالت إن السيل يجرف التربة؟", 4)]
    [InlineData("منو الي كال ان الشط يعطي وياخذ؟", 4)]
    public void The_claim_is_every_word_after_that(string question, int first)
    {
        var words = Words(question);

        var claim = WhoSaidQuestion.Read(words)!.ClaimAfterThat();

        Assert.Equal(Enumerable.Range(first, words.Count - first), claim.Order());
        Assert.True(SpeakerQuestion.AsksWhoSaidAClaim(question));
    }

    [Theory]
    [InlineData("مين قال إنو المازوت أهم من القانون؟", 3)]
    [InlineData("من قال إنهم ما يبون يطلبون إذن عشان ينزلون البحر؟", 3)]
    [InlineData("مين اللي قالت إننا نزرع الماء قبل البطاطا؟", 4)]
    public void A_claim_opened_by_that_with_a_pronoun_or_by_the_chat_s_that_is_read_as_one(string question, int first)
    {
        var words = Words(question);

        var claim = WhoSaidQuestion.Read(words)!.ClaimAfterThat();

        Assert.Equal(Enumerable.Range(first, words.Count - first), claim.Order());
        Assert.True(SpeakerQuestion.AsksWhoSaidAClaim(question));
    }

    [Theory]
    // No «إن»: the words after the verb are no claim «إن» opens.
    [InlineData("مين قال الطين أحسن من الإسمنت؟")]
    // The word after «مين» is no word of speech.
    [InlineData("مين يعرف إن السوق مسكر؟")]
    public void No_claim_after_that_is_read_without_that_or_without_a_word_of_speech(string question)
    {
        Assert.Empty(WhoSaidQuestion.Read(question)!.ClaimAfterThat());
        Assert.False(SpeakerQuestion.AsksWhoSaidAClaim(question));
    }

    [Theory]
    [InlineData("ماذا قال سالم الدوسري عن الطين؟")]
    [InlineData("مين")]
    [InlineData("مين اللي")]
    public void A_question_not_opened_by_who_and_a_verb_is_not_read(string question) =>
        Assert.Null(WhoSaidQuestion.Read(question));

    [Theory]
    [InlineData("مين قال الطين أحسن من الإسمنت؟", true)]
    [InlineData("مين اللي تكلم عن السواني والجمل؟", true)]
    [InlineData("مين قال إن الطين أحسن من الإسمنت؟", false)]
    [InlineData("مين قال هذا؟", false)]
    [InlineData("مين يتكلم الإسبانية في القرية؟", false)]
    public void The_claim_without_that_is_read_from_the_same_verb(string question, bool asked)
    {
        Assert.Equal(asked, WhoSaidQuestion.Read(question)!.AsksWithoutThat);
        Assert.Equal(asked, SpeakerQuestion.AsksWhoSaidWithoutThat(question));
    }
}
