using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A portrait quotes a person first and then says who spoke by a description and a relative clause («"…"، يقول الرجل
/// الذي تجاوز السبعين»، «"…"، تقول المرأة التي فقدت زوجها»): the clause says more of who they are, and the description is
/// still the one person the narration before the quotation named.
/// </summary>
public class SpeakerDescribedByARelativeClauseAfterTheQuoteTests
{
    [Theory]
    [InlineData("في دكان ضيق عند أول السوق القديم، يجلس نبيل الحداد أمام مبرد يدوي ورثه عن جده. \"كان أبي يصنع مئة سكين في الشهر، وأنا اليوم أصنع عشرين\"، يقول الرجل الذي تجاوز السبعين، مضيفًا أن سعر الفولاذ تضاعف.", "نبيل الحداد")]
    [InlineData("تجلس الحاجة مريم العطار أمام بيتها في الحي الشرقي وتفرز حبات الزيتون. \"هذه الشجرة زرعها أبي قبل الحرب\"، تقول المرأة التي فقدت زوجها في البحر.", "مريم العطار")]
    [InlineData("عند الفجر يدفع سالم الكعبي قاربه الخشبي إلى الماء ويرمي شباكه قرب الصخور. \"البحر ما عاد يعطي مثل زمان، والسمك صار يهرب إلى العمق\"، يقول الصياد الذي ورث القارب عن أبيه.", "سالم الكعبي")]
    public void The_description_and_its_relative_clause_after_the_quote_are_the_person_narrated_before_it(string text, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(text));

    [Fact]
    public void A_relative_pronoun_of_the_other_gender_does_not_go_with_the_description()
    {
        var briefing = ParsedBriefing.Parse("يجلس سمير داود أمام دكانه كل صباح ويرتب صناديق الخضار على الرصيف. \"السوق ما عاد متل أول، الناس ما معها مصاري\"، يقول الرجل التي تبيع في الدكان المجاور.");
        Assert.NotEqual("سمير داود", briefing.Passages[0].Speaker);
    }
}
