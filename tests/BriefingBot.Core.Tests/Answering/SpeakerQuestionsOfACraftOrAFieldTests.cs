using BriefingBot.Core.Answering;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A speaker asked by the craft or the field the briefing titles them with («المرمم التركي»، «الأنثروبولوجية الفرنسية»):
/// the word is a title (<see cref="BriefingBot.Core.Briefings.SpeakerLexicon"/>), so the question asks of a role, and the
/// speaker recorded with it is the answer.
/// </summary>
public sealed class SpeakerQuestionsOfACraftOrAFieldTests() : BriefingsAnswerSpec(Houses)
{
    private const string Houses = """
        ---
        id: 2026-12-02-houses
        title: بيوت الحجر المرجاني
        date: 2026-12-02
        ---

        ## الرواشن

        أما الرواشن الخشبية فهي "أضعف ما في البيت وأجمله"، على حد تعبير المرمّم التركي أرهان يلدز، الذي عمل في ترميم بيوت جدة.

        ولفت يلدز إلى أن فريقه يصنع نسخًا جديدة من خشب الساج المستورد على نقوش الرواشن القديمة.

        ## النقوش

        الأنثروبولوجية الفرنسية إيزابيل مارتان، التي تصور النقوش منذ عشرين عامًا، قالت إن الألوان تغيرت.

        وقال الصياد طه هدل إن البواخر لم تعد ترسو في الميناء.
        """;

    [Theory]
    [InlineData("المرمم التركي شو قال", "أرهان يلدز")]
    [InlineData("الانثروبولوجية الفرنسية شو قالت", "إيزابيل مارتان")]
    public void A_speaker_asked_by_the_craft_or_field_of_their_title_is_found(string question, string speaker)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.All(answer.Passages, p => Assert.Equal(speaker, p.Passage.Speaker));
    }
}
