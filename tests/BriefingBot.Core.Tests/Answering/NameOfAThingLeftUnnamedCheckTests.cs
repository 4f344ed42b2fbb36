using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Asked the name of a thing the passages speak of only by its kind («شركة خاصة»، «فندق في العقبة»، «الشركة المنفذة»),
/// the bot declines: news that knows the name gives it right after the noun.
/// </summary>
public sealed class NameOfAThingLeftUnnamedCheckTests() : BriefingsAnswerSpec(Salt)
{
    private static readonly Briefing Salt = Indexes.TitledBriefing(
        "2027-01-06-siwa-salt",
        "ملح سيوة: المناجم والأسواق",
        "وتصدر الملح الصخري من سيوة شركة خاصة تعمل في الواحة منذ 2015، وتبيع أغلبه في أوروبا.",
        "وطلب فندق في العقبة لوحة كبيرة من ملح سيوة لبهوه، بحسب صاحب المنجم.",
        "وقالت الشركة المنفذة لأعمال الطريق إنها ستنهيه في الصيف.");

    [Fact]
    public void A_thing_spoken_of_only_by_its_kind_has_no_name_to_give()
    {
        var company = Ask("ما اسم الشركة التي تصدر الملح من سيوة؟");
        var hotel = Ask("شو اسم الفندق اللي طلب لوحة الملح؟");

        Assert.Equal(DeclineReason.NameNotGiven, company.Declined);
        Assert.Equal(DeclineReason.NameNotGiven, hotel.Declined);
    }
}

/// <summary>A name given right after the noun, in its construct or in quotes, answers the question for it.</summary>
public sealed class NameOfAThingGivenTests() : BriefingsAnswerSpec(Airport)
{
    private static readonly Briefing Airport = Indexes.TitledBriefing(
        "2027-01-06-enfidha",
        "مطار النفيضة: موسم الرحلات",
        "ويستقبل مطار النفيضة الحمامات الدولي، الذي تشغّله شركة تاف التركية بموجب عقد امتياز، معظم رحلات الشركات منخفضة التكلفة.",
        "ويكشط العمال لحاء الشجرة بأداة حادة تسمى \"المنقف\"، ثم يتركون الصمغ يجف.");

    [Fact]
    public void A_name_after_the_noun_answers()
    {
        var company = Ask("ما اسم الشركة التي تشغل مطار النفيضة؟");
        var tool = Ask("ما اسم الأداة التي يكشط بها العمال لحاء الشجرة؟");

        Assert.True(company.Answered, company.Declined?.ToString());
        Assert.True(tool.Answered, tool.Declined?.ToString());
    }
}

/// <summary>
/// Asked the names of several things or people («ما أسماء …؟») that the passages shown speak of only by their kind or as
/// someone's («ست شركات أخرى»، «أبناءه الثلاثة»، «أربع ورشات فقط»), the bot declines as it does for one name; a list after
/// the noun, or after a colon, names them.
/// </summary>
public sealed class NamesOfSeveralLeftUnnamedCheckTests() : BriefingsAnswerSpec(Tabarka)
{
    private static readonly Briefing Tabarka = Indexes.TitledBriefing(
        "2027-01-07-tabarka-trades",
        "طبرقة: الحرف والميناء",
        "وفازت بصفقة ترميم القلعة شركة البناء المتوسطي، متقدمة على ست شركات أخرى دخلت المناقصة في الربيع.",
        "ويقول العم صالح الجبالي، الذي يقشر الفلين منذ أربعين سنة، إن أبناءه الثلاثة هاجروا إلى العاصمة بحثًا عن عمل.",
        "وتقول صاحبة ورشة لصياغة المرجان إن أربع ورشات فقط بقيت في المدينة من أصل اثنتي عشرة.",
        "ويعمل في الميناء ثلاثة مراكب للصيد بالشباك: مركب الأمل ومركب النورس ومركب البركة.");

    [Theory]
    [InlineData("ما أسماء الشركات التي دخلت مناقصة ترميم القلعة؟")]
    [InlineData("ما أسماء أبناء صالح الجبالي؟")]
    [InlineData("شو أسماء ورشات صياغة المرجان الباقية؟")]
    public void Things_spoken_of_only_by_their_kind_or_as_someones_have_no_names_to_give(string question)
    {
        var answer = Ask(question);

        Assert.Equal(DeclineReason.NameNotGiven, answer.Declined);
    }

    [Fact]
    public void A_list_after_a_colon_names_them()
    {
        var answer = Ask("ما أسماء مراكب الصيد بالشباك في الميناء؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("ويعمل في الميناء", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
