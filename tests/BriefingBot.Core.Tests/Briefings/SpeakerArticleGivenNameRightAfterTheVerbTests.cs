using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «قال الحسن ولد امبارك إن»، «وقال الحسين أيت علي، وهو فلاح …، إنه»: a given name written with the article («الحسن»،
/// «الحسين»، «الطاهر») right after the verb, with a name word or particle after it, opens the speaker's name as it does
/// after a title; it is no surname nor a thing.
/// </summary>
public class SpeakerArticleGivenNameRightAfterTheVerbTests
{
    [Theory]
    [InlineData("قال الحسن ولد امبارك إن الواحة بلا ماء لا تجذب أحدًا.", "الحسن ولد امبارك")]
    [InlineData("وقال الحسين أيت علي، وهو فلاح يملك ربع هكتار من الزعفران، إنه لم يجن هذا الموسم إلا القليل.", "الحسين أيت علي")]
    [InlineData("وأكد الطاهر بن علي أن الموسم كان الأضعف منذ عقد.", "الطاهر بن علي")]
    public void An_article_given_name_after_the_verb_opens_the_name(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void An_article_word_that_is_no_given_name_is_still_no_one() =>
        Assert.Null(SpeakerOf("وقال المسؤول عن المشروع إن الأشغال ستنتهي في الصيف."));
}
