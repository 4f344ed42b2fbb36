using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Asked the name of someone's daughter, sister, children or grandson, the bot declines where the passages shown speak of
/// them only as that person's («لابنتها»، «مع أختها عند مدخل الخان»، «حفيده يناوله الحطب»): news that knows the name gives
/// it right after the kin word («ابنه ياسين»).
/// </summary>
public sealed class KinLeftUnnamedCheckTests() : BriefingsAnswerSpec(Souk)
{
    private static readonly Briefing Souk = Indexes.TitledBriefing(
        "2027-01-08-souk-families",
        "السوق القديم: عائلات الحرفيين",
        "وقبل أن نغادر السوق، كانت حليمة الساهل، وهي معلمة جاءت من كلميم لشراء طقم لابنتها المقبلة على الزواج، تقلب خلخالين بين يديها.",
        "وتقول الخياطة سناء المصري إنها تتقاسم دكانًا صغيرًا مع أختها عند مدخل الخان منذ عشرين سنة.",
        "في المساء، فتح سعيد البهلاني فرنه وأخرج أول جرة، فيما وقف حفيده يناوله الحطب.",
        "وتقول مبروكة الحامدي إن أبناءها يعملون في قابس وجربة ولا يعودون إلا في العيد.",
        "ويقول تاجر الجملة مبروك زرقين إن ابنه ياسين يدير المحل منذ عامين، وإنه لا يبيع إلا الدقلة.");

    [Theory]
    [InlineData("شو اسم بنت حليمة الساهل؟")]
    [InlineData("شو اسم اخت سناء المصري")]
    [InlineData("ما اسم حفيد البهلاني؟")]
    [InlineData("شو أسماء ولاد مبروكة الحامدي؟")]
    public void Kin_spoken_of_only_as_someones_have_no_name_to_give(string question)
    {
        var answer = Ask(question);

        Assert.Equal(DeclineReason.NameNotGiven, answer.Declined);
    }

    [Fact]
    public void A_given_name_right_after_the_kin_word_answers()
    {
        var answer = Ask("ما اسم ابن مبروك زرقين؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("ويقول تاجر الجملة", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
