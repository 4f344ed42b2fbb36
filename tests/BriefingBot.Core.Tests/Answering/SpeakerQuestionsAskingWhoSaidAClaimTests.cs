using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «من قال إن …؟» asks who said the claim that follows «إن / أن»: the claim's words are what was said, so one of them a
/// letter from a speaker's surname («المهر» of «المهري»، «السيل» of «السيد») names nobody; a name the claim spells
/// exactly is still that person.
/// </summary>
public sealed class SpeakerQuestionsAskingWhoSaidAClaimTests
{
    private static readonly SpeakerDirectory Directory = new(["أحمد بن علي المهري", "محمود السيد", "عادل الحازمي"]);

    [Theory]
    [InlineData("من قال إن البن كان يقدم جزءا من المهر؟")]
    [InlineData("من قال إن السيل يجرف خمسة سنتيمترات من التربة؟")]
    public void A_word_of_the_claim_a_letter_from_a_surname_names_nobody(string question)
    {
        Assert.Empty(SpeakerQuestion.MatchAll(question, Directory));
    }

    [Theory]
    [InlineData("من قال إن الحازمي أخطأ؟", "عادل الحازمي")]
    [InlineData("ماذا قال المهري عن السيل؟", "أحمد بن علي المهري")]
    public void A_name_spelt_exactly_or_a_question_of_another_shape_still_names_its_speaker(string question, string speaker)
    {
        Assert.Equal([speaker], SpeakerQuestion.MatchAll(question, Directory));
    }
}
