using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A title-shaped word with the article right after a noun with the article («الكتل الكبيرة»، «القدور الكبيرة») is that
/// noun's adjective, naming no second person between the narrated name and the quotation; a popular title there («إمام
/// المسجد الشيخ محمد») still names someone.
/// </summary>
public class SpeakerAdjectiveAfterANounIsNoTitleTests
{
    [Theory]
    [InlineData("ويكسر محمد الطاهر الكتل الكبيرة بمطرقة خشبية، ثم ينخل التراب في غربال واسع. \"الطين يحتاج إلى صبر\"، يقول الرجل.", "محمد الطاهر")]
    [InlineData("ترفع خديجة الزياني القدور الكبيرة عن النار بيديها العاريتين وتسكب العسل في الجرار. \"الحرارة لا تخيفني بعد ثلاثين سنة\"، تقول المرأة.", "خديجة الزياني")]
    public void The_adjective_names_no_one_between_the_narrated_person_and_the_quote(string text, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(text));

    [Fact]
    public void A_popular_title_after_a_noun_still_names_someone_else()
    {
        var speaker = ParsedBriefing.SpeakerOf("يجلس سمير داود أمام دكانه ويستمع إلى إمام المسجد الشيخ محمد وهو يعظ. \"الناس هنا طيبون\"، يقول الرجل.");
        Assert.NotEqual("سمير داود", speaker);
    }
}
