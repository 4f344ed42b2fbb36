using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «من هو والي …؟» asks who holds the Maghreb governor's office: passages on the province that never say «والي» (and «وإلى»,
/// its letters folded alike, is no office) do not tell it; a passage that quotes the governor by name does.
/// </summary>
public sealed class GovernorCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-12-governors",
        new DateOnly(2026, 12, 12),
        "وتراجع إنتاج اللوز في ولاية صفاقس هذا العام إلى النصف بعد ثلاث سنوات من الجفاف، وانتقل مزارعون كثيرون إلى صفاقس المدينة.",
        "وقال المزارع كمال التريكي إن الآبار في صفاقس جفت، وإنه نقل أشجاره من الضيعة وإلى صفاقس المدينة باع ما بقي.",
        "وقال والي القيروان، محمد بورقيبة، إن الولاية وزعت على النساجات ألف قنطار من الصوف.");

    [Theory]
    [InlineData("من هو والي صفاقس؟")]
    [InlineData("ما اسم والي صفاقس؟")]
    public void A_governor_no_passage_speaks_of_is_not_named(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.HolderNotNamed, answer.Declined);
    }

    [Fact]
    public void A_governor_quoted_by_name_is_named()
    {
        var answer = Ask("من هو والي القيروان؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وقال والي القيروان", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
