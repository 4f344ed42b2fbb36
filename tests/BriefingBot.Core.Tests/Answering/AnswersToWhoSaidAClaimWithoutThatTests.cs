using BriefingBot.Core.Answering;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «مين قال الطين أحسن من الإسمنت؟»: chat asks who said something without «إن». When the passage the search finds first
/// quotes someone with most of the claim's words, that person's words are the answer, as for «من قال إن …؟»; when it
/// holds only a word or two of them (the briefing's own subject), the words after the verb stay a name asked of, and the
/// question is declined as before.
/// </summary>
public sealed class AnswersToWhoSaidAClaimWithoutThatTests() : BriefingsAnswerSpec(Village, Port)
{
    private const string Village = """
        ---
        id: 2027-01-11-mud-village
        title: قرية الطين: عائلات ترمم بيوت أجدادها
        date: 2027-01-11
        ---

        في قرية صغيرة على حافة الوادي، تمتد البيوت الطينية بين بساتين النخيل، وتقيم الجمعية الأهلية مهرجانًا كل ربيع.

        ويقول سالم الدوسري، وهو يرمم بيت جده منذ عامين: «الطين يتنفس، والإسمنت يخنق الجدار ويخليه يعرق من داخل».

        ويضيف الدوسري أن أبناءه ساعدوه في صب اللبنات وتجفيفها تحت الشمس، وأن البيت سيفتح للزوار في الصيف.

        وتقول المهندسة ريم العتيبي إن «الصنعة إذا ماتت ما ترجع»، مشيرة إلى أن البنائين الذين يعرفون الطين قليلون.

        ويعمل في القرية اليوم ثلاثة بنائين فقط، أصغرهم في الستين من عمره.
        """;

    private const string Port = """
        ---
        id: 2027-01-11-old-port
        title: الميناء القديم يستقبل سفن الصيد
        date: 2027-01-11
        ---

        يستقبل الميناء القديم كل صباح عشرات القوارب المحملة بالسردين والتونة.

        ويقول الصياد حمد البلوشي إن «البحر يعطي اللي يصبر عليه»، موضحًا أنه يخرج قبل الفجر ويعود عند الظهر.
        """;

    [Theory]
    [InlineData("مين قال الطين أحسن من الإسمنت؟", "سالم الدوسري", 2, 3)]
    [InlineData("شكون اللي قال الصنعة اذا ماتت ما ترجع؟", "ريم العتيبي", 4)]
    [InlineData("منو كال البحر يعطي اللي يصبر عليه؟", "حمد البلوشي", 2)]
    public void The_speaker_quoted_with_the_claims_words_is_answered_with_all_their_words(string question, string speaker, params int[] ordinals)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(speaker, answer.Speaker);
        Assert.Equal(ordinals, answer.Passages.Select(p => p.Passage.Ordinal));
    }

    [Theory]
    [InlineData("مين قال المهرجان راح يتأجل السنة الجاية؟")]
    [InlineData("منو كال الميناء راح يسكر؟")]
    public void A_claim_the_passages_share_only_a_word_of_is_not_answered_by_whoever_speaks_there(string question)
    {
        var answer = Ask(question);

        Assert.NotEqual(AnswerOutcome.SpeakerPassages, answer.Outcome);
    }

    [Theory]
    [InlineData("مين قال الطين أحسن من الإسمنت؟")]
    [InlineData("مين اللي تكلم عن السواني والجمل؟")]
    [InlineData("شكون حكى على الساعة اللي تدور بالعكس؟")]
    public void Who_said_asked_without_that_is_a_claim_asked(string question) =>
        Assert.True(SpeakerQuestion.AsksWhoSaidWithoutThat(question));

    [Theory]
    // With «إن» it is the claim «من قال إن …» asks.
    [InlineData("مين قال إن الطين أحسن من الإسمنت؟")]
    // One word after the verb is no claim.
    [InlineData("مين قال هذا؟")]
    [InlineData("ماذا قال سالم الدوسري عن الطين؟")]
    [InlineData("مين يتكلم الإسبانية في القرية؟")]
    public void Other_questions_are_no_claim_asked_without_that(string question) =>
        Assert.False(SpeakerQuestion.AsksWhoSaidWithoutThat(question));
}
