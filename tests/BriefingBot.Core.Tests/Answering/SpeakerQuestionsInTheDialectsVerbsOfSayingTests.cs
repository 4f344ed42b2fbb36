using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Rule «the dialects' verbs of saying»: Iraq and the Gulf say «قال» as «كال» («شنو كالت سهى؟»، «منو كال …»), Iraq talks
/// with «حچى» («حجت»), the Maghreb says «كيقول» and «هضر». Each asks what the person
/// named said, as «قال» does: a surname alone or a title asked with them names the person.
/// </summary>
public sealed class SpeakerQuestionsInTheDialectsVerbsOfSayingTests
{
    private static readonly SpeakerDirectory Directory = new(["سهى المنصوري", "زهرة كاطع", "حميد خلف الجغيفي", "كاظم الساعدي", "الحسين أوعلي"]);

    [Theory]
    [InlineData("سهى المنصوري شنو كالت؟", "سهى المنصوري")]
    [InlineData("المنصوري شنو تكول عن الملح", "سهى المنصوري")]
    [InlineData("كاطع شنو حجت؟", "زهرة كاطع")]
    [InlineData("الجغيفي شنو كال", "حميد خلف الجغيفي")]
    [InlineData("الساعدي شنو كال عن الكري", "كاظم الساعدي")]
    [InlineData("اوعلي شنو كيقول على ولادو؟", "الحسين أوعلي")]
    [InlineData("الحسين اوعلي اش هضر", "الحسين أوعلي")]
    public void A_surname_or_name_with_a_dialect_verb_of_saying_names_its_speaker(string question, string speaker)
    {
        Assert.Equal([speaker], SpeakerQuestion.MatchAll(question, Directory));
    }

    [Theory]
    [InlineData("شكد كلفة كري الانهار؟")]
    [InlineData("اشكال النخيل بالبصرة")]
    public void A_question_with_no_name_names_nobody(string question)
    {
        Assert.Empty(SpeakerQuestion.MatchAll(question, Directory));
    }
}
