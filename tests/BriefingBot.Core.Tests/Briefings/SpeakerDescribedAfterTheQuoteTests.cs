using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A portrait shows a person at work, quotes them, and says who spoke after the quotation only by what they are («"…"، تقول
/// الحاجة قبل أن …»، «"…"، يقول الرجل ضاحكًا»): the description is the one person the narration before the quotation named.
/// </summary>
public class SpeakerDescribedAfterTheQuoteTests
{
    [Theory]
    [InlineData("وفي ساحة المعصرة تجلس الحاجة فاطمة عاشور بين أكوام الزيتون، تفرزه حبة حبة، بينما تنسج حفيداتها القفاف. \"الزيتونة كيف الإنسان، كان ما تعطيهاش حقها ما تعطيكش حقك\"، تقول الحاجة قبل أن تنادي إحدى البنات.", "فاطمة عاشور")]
    [InlineData("وبجوار الرحى يقف عادل الكاباوي، معلم الرياضيات في مدرسة القرية، يراقب الحمار وهو يدور. \"الحمار هذا يعرف خدمته خير مني، يدور من غير ما تقوله\"، يقول الرجل ضاحكًا، مضيفًا أن العائلات رفضت بيعه.", "عادل الكاباوي")]
    [InlineData("يجلس سمير داود أمام دكانه كل صباح ويرتب صناديق الخضار على الرصيف. \"السوق ما عاد متل أول، الناس ما معها مصاري\"، يقول الرجل وهو يشير إلى الصناديق.", "سمير داود")]
    public void The_description_after_the_quote_is_the_person_narrated_before_it(string text, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(text));

    [Fact]
    public void A_description_of_the_other_gender_is_not_the_person_narrated()
    {
        var briefing = ParsedBriefing.Parse("يجلس سمير داود أمام دكانه كل صباح ويرتب صناديق الخضار على الرصيف. \"السوق ما عاد متل أول، الناس ما معها مصاري\"، تقول الحاجة قبل أن تمضي.");
        Assert.NotEqual("سمير داود", briefing.Passages[0].Speaker);
    }

    [Fact]
    public void A_body_after_the_quote_is_not_the_person_narrated()
    {
        var briefing = ParsedBriefing.Parse("يجلس سمير داود أمام دكانه كل صباح ويرتب صناديق الخضار على الرصيف. \"سنفتح السوق الجديد في الربيع المقبل\"، تقول البلدية في بيان.");
        Assert.NotEqual("سمير داود", briefing.Passages[0].Speaker);
    }
}
