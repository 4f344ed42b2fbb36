using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «"…". بهذه العبارة افتتح المندوب … ندوته»: after a quote, «بهذه العبارة / الكلمات» and a verb that reports nothing by
/// itself («افتتح»، «استقبل») name who said the quote; a body that is no person names no one.
/// </summary>
public class SpeakerQuoteSummedUpByAnyVerbTests
{
    [Theory]
    [InlineData("«لم نعد نتحدث عن موسم سيئ». بهذه العبارة افتتح رئيس دائرة الإنتاج النباتي بالمندوبية الجهوية للفلاحة بصفاقس، منير الخماخم، ندوة صحفية عقدها يوم الثلاثاء.", "منير الخماخم")]
    [InlineData("\"الأسعار نار\". بهذه العبارة استقبلتنا البائعة سعاد الحمري في سوق الخضار.", "سعاد الحمري")]
    public void The_person_after_with_these_words_and_any_verb_said_the_quote(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void A_newspaper_opening_with_the_words_is_no_speaker() =>
        Assert.Null(SpeakerOf("«الأسعار نار». بهذه العبارة افتتحت الصحيفة عددها الأخير."));
}
