using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A feature sets a person in a scene, goes on narrating them in a later sentence and joins the reporting verb to that
/// sentence («يجلس سامر خوري … . وقد ترك سامر عمله …، ويقول إنه»، «… . ويعرفه أهل الحي باسم "أبو سمير"، ويقول إنه»): the
/// verb has no subject of its own, so it is the person the scene named, known by the name the sentence gives them.
/// </summary>
public class SpeakerJoinedVerbInALaterSentenceTests
{
    [Theory]
    [InlineData("في المحل المجاور، يجلس سامر خوري، وهو في الثلاثين، أمام طاولة صغيرة عليها عشرات المفاتيح. وقد ترك سامر عمله في المصرف قبل عامين، ويقول إنه لم يندم على ذلك.", "سامر خوري")]
    [InlineData("في دكان ضيق قرب الجامع، يجلس الحاج يوسف النجار، وهو في السبعين، خلف طاولة خشبية. ويعرفه أهل الحي باسم \"أبو سمير\"، ويقول إنه فتح الدكان قبل خمسين عامًا، \"كنت أكنس الدكان سنتين قبل أن ألمس ساعة\".", "يوسف النجار")]
    public void The_verb_joined_to_a_later_sentence_of_narration_is_the_scenes_persons(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void The_name_the_later_sentence_says_they_are_known_by_points_back_to_them() =>
        AssertSpeakers(
            [
                "في دكان ضيق قرب الجامع، يجلس الحاج يوسف النجار، وهو في السبعين، خلف طاولة خشبية. ويعرفه أهل الحي باسم \"أبو سمير\"، ويقول إنه فتح الدكان قبل خمسين عامًا، \"كنت أكنس الدكان سنتين قبل أن ألمس ساعة\".",
                "## آخر النهار",
                "ومع المغيب يقول أبو سمير إن السوق يهدأ بعد العصر.",
            ],
            (0, "يوسف النجار"),
            (1, "يوسف النجار"));

    [Fact]
    public void A_later_sentence_that_names_someone_else_is_not_given_to_the_scenes_person() =>
        Assert.NotEqual("سامر خوري", SpeakerOf("في المحل المجاور، يجلس سامر خوري أمام طاولة صغيرة عليها عشرات المفاتيح. وقد زاره رئيس البلدية أحمد سالم، ويقول إن المحل قديم."));
}
