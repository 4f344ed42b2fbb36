using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A description after a quotation («"…"، يقول الرجل الثمانيني»، «"…"، تقول السيدة الستينية») is the person the
/// paragraph's own narration names before the quotation, even when someone of the same gender was heard just before: the
/// portrait has moved on to a new person.
/// </summary>
public class SpeakerDescriptionAfterTheQuoteOverTheOneHeardBeforeTests
{
    [Fact]
    public void A_man_narrated_after_but_is_the_description_after_his_quote()
    {
        var speakers = ParsedBriefing.SpeakersOf(
            "من جهته، قال رئيس بلدية جزين سمير عقيقي إن البلدية خصصت قاعة في السرايا القديمة لمدرسة حرفية مجانية تفتح أبوابها في الربيع.",
            "لكن بطرس شديد، أقدم صانع نصال في البلدة، يشكك في المشروع. \"جربوا مرتين قبل ذلك، وفي كل مرة يأتي خمسة شبان ويبقى واحد\"، يقول الرجل الثمانيني وهو يجلس على كرسي من القش.");
        Assert.Equal(["سمير عقيقي", "بطرس شديد"], speakers);
    }

    [Fact]
    public void A_woman_narrated_at_work_is_the_description_after_her_quote()
    {
        var speakers = ParsedBriefing.SpeakersOf(
            "ولم تترك الحاجة زينب الكعبي نولها منذ أربعين عامًا. \"النول يعرف يدي أكثر مما أعرفه أنا\".",
            "وفي يحمر، البلدة الصغيرة على الطريق إلى البقاع الغربي، تصقل سعاد قزي مقابض ثلاث ورش في بيتها. \"أنا لا أصنع السكين، لكن لولا يدي ما لمع الطير على المقبض\"، تقول السيدة الستينية وهي تفرك المقبض بالرماد.");
        Assert.Equal(["زينب الكعبي", "سعاد قزي"], speakers);
    }
}
