using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

public class SpeakerQuestionTests
{
    private static readonly string[] Speakers = ["أندريه بولياكوف", "لي يونغ سوك", "جوناثان وود"];

    [Theory]
    [InlineData("ماذا قال بولياكوف؟", "أندريه بولياكوف")]
    [InlineData("ماذا قال بولياكف؟", "أندريه بولياكوف")]
    [InlineData("ماذا قال بوليكوف؟", "أندريه بولياكوف")]
    [InlineData("وش قال بولياكوف", "أندريه بولياكوف")]
    [InlineData("رأي اندريه", "أندريه بولياكوف")]
    [InlineData("ما رأي جوناثان وود؟", "جوناثان وود")]
    [InlineData("ما رأي جوناثن وود؟", "جوناثان وود")]
    [InlineData("وود", "جوناثان وود")]
    [InlineData("ماذا قال لي يونغ سوك؟", "لي يونغ سوك")]
    [InlineData("ماذا قال يونغ سوك؟", "لي يونغ سوك")]
    [InlineData("تصريحات بولياكوف", "أندريه بولياكوف")]
    [InlineData("ماذا قال الخبير الروسي بولياكوف", "أندريه بولياكوف")]
    public void Recognises_the_person_a_question_is_about(string question, string speaker)
    {
        Assert.Equal(speaker, SpeakerQuestion.Match(question, Speakers));
    }

    [Theory]
    [InlineData("ماذا قال بوتين؟")]
    [InlineData("لماذا تحتاج روسيا إلى الذخائر؟")]
    [InlineData("ماذا قال الخبير عن الذخائر الكورية؟")]
    [InlineData("من هو لي؟")]
    [InlineData("متى ستتخلى موسكو عن بيونغ يانغ")]
    public void A_question_that_is_not_about_a_quoted_person_is_not_a_speaker_question(string question)
    {
        Assert.Null(SpeakerQuestion.Match(question, Speakers));
    }

    [Fact]
    public void A_name_with_a_topic_but_no_speech_word_is_a_topical_question()
    {
        Assert.Null(SpeakerQuestion.Match("بولياكوف والنفط الكوري", Speakers));
    }

    [Fact]
    public void With_no_speakers_nothing_matches()
    {
        Assert.Null(SpeakerQuestion.Match("ماذا قال بولياكوف؟", []));
    }
}
