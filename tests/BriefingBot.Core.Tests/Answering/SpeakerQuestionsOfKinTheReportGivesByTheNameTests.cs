using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «حفيد الحاج يوسف شو قال؟»، «ابن الحاج محمود شو قال؟» ask of someone the report introduces by that kin beside their
/// name («الشاب عمر الزغير، حفيد الحاج يوسف»، «أما ابنه هاني» after the father): they are the one asked of, though their
/// name shares nothing with the one asked by, and though another report quotes a «يوسف» of another family.
/// </summary>
public sealed class SpeakerQuestionsOfKinTheReportGivesByTheNameTests : IDisposable
{
    private static readonly Briefing Furnace = Indexes.Briefing(
        "2027-01-10-glass-furnace",
        new DateOnly(2027, 1, 10),
        "يقف الحاج يوسف الزغير أمام فرن الزجاج منذ الفجر. ويقول إن الفرن لا ينطفئ طوال الأسبوع.",
        "ويعمل في الفرن منذ سنتين الشاب عمر، حفيد الحاج يوسف، بعد أن أنهى دراسته. ويقول عمر إن أصدقاءه يسخرون منه لأنه يعمل أمام النار.");

    private static readonly Briefing Sweets = Indexes.Briefing(
        "2027-01-12-sweets-shop",
        new DateOnly(2027, 1, 12),
        "في محله القديم يقف الحاج محمود الأقرع منذ خمسين عامًا. ويقول إن الزبائن ما زالوا يطلبون الكنافة بالسمن البلدي.",
        "أما ابنه هاني، الذي يدير المحل اليوم، فيقول إن أسعار الجبن تضاعفت هذا العام.");

    private static readonly Briefing Molasses = Indexes.Briefing(
        "2027-01-14-grape-molasses",
        new DateOnly(2027, 1, 14),
        "ويقول يوسف إن موسم العنب هذا العام كان أقل من العام الماضي.");

    private readonly PassageIndex _index = Indexes.Of(Furnace, Sweets, Molasses);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Furnace, Sweets, Molasses).Answer(new AnswerRequest(question));

    [Fact]
    public void A_grandchild_the_report_names_so_is_asked_of_not_a_namesake_of_another_report()
    {
        var answer = Ask("حفيد الحاج يوسف شو قال؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(Furnace.Passages[1].Id, answer.Passages[0].Passage.Id);
    }

    [Fact]
    public void A_son_the_report_names_after_his_father_is_asked_of()
    {
        var answer = Ask("ابن الحاج محمود شو قال؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(Sweets.Passages[1].Id, answer.Passages[0].Passage.Id);
    }

    [Fact]
    public void The_one_named_without_kin_is_still_asked_of()
    {
        var answer = Ask("شو قال الحاج يوسف الزغير؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Furnace.Passages[0].Id], answer.Passages.Select(p => p.Passage.Id));
    }
}
