using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A body named in full once is called by its kind after («ويعمل في الشركة …»): the headcount of «شركة البوتاس العربية» is
/// given by the passage counting the company's people in a briefing about it, not by one about another body of the kind.
/// </summary>
public sealed class WorkplaceCalledByItsKindTests() : BriefingsAnswerSpec(Potash, Canal)
{
    private static readonly Briefing Potash = Titled(
        "2026-12-12-potash",
        "البوتاس الأردني: إنتاج قياسي من البحر الميت وأسعار تتراجع",
        "أعلنت شركة البوتاس العربية يوم الخميس أنها أنتجت نحو ثلاثة ملايين طن من البوتاس هذا العام.",
        "ويعمل في الشركة نحو ألفين وسبعمئة موظف، معظمهم من أبناء محافظة الكرك.",
        "وتراجع سعر طن البوتاس في عقود الهند إلى ثلاثمئة وخمسين دولارًا.");

    private static readonly Briefing Canal = Titled(
        "2026-12-06-canal",
        "قناة السويس بعد عامين: الإيرادات تتعافى ببطء",
        "وأعلنت شركة ميرسك الدنماركية أنها ستعيد بعض سفنها إلى القناة في الربيع المقبل.",
        "ويعمل في الهيئة نحو أربعة وعشرين ألف موظف في الإرشاد والصيانة، بحسب الشركة المشغلة للموانئ.");

    [Fact]
    public void The_body_the_briefing_is_about_is_counted_by_its_kind()
    {
        var answer = Ask("كم عدد موظفي شركة البوتاس العربية؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Contains(answer.Passages, p => p.Passage.Text.StartsWith("ويعمل في الشركة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_named_in_passing_is_not_counted_by_its_kind()
    {
        var answer = Ask("كم عدد موظفي شركة ميرسك؟");

        Assert.False(answer.Answered);
    }

    private static Briefing Titled(string id, string title, params string[] paragraphs) =>
        new BriefingParser().Parse(string.Join("\n\n", paragraphs), new BriefingHeader(id, title, new DateOnly(2026, 12, 12)));
}
