using BriefingBot.Core.Answering;
using BriefingBot.Core.Answering.Checks;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «من هو محافظ أسوان؟» and «ما اسم مدير سياحة أسوان؟» ask who holds an office; «وأعلنت محافظة أسوان …» is the governorate
/// speaking and «من مديرية سياحة أسوان» the directorate a guide works in: neither names a governor or a director, though the
/// index reads «محافظة» and «مديرية» as the office's stem. A passage that says the office itself, with its holder, answers.
/// </summary>
public sealed class HolderOfOfficeNotBodyTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-11-20-upper-egypt-offices",
        new DateOnly(2026, 11, 20),
        "وأعلنت محافظة أسوان في بيان أن مهرجان التعامد يقام هذا العام على مدى ثلاثة أيام بمشاركة فرق من النوبة.",
        "تقول المرشدة سعاد النوبي، من مديرية سياحة أسوان، إن الزوار يطلبون جولات القرى النوبية أكثر من المعابد.",
        "وقال محافظ قنا اللواء خالد عبد الحليم إن طريق الكورنيش الجديد سيفتح أمام السيارات قبل الصيف.",
        "ويقول مدير آثار الأقصر الدكتور هشام عبد العزيز إن ترميم طريق الكباش انتهى وإن الإنارة تركب الآن.");

    [Theory]
    [InlineData("من هو محافظ أسوان؟")]
    [InlineData("مين محافظ أسوان؟")]
    [InlineData("ما اسم مدير سياحة أسوان؟")]
    public void A_passage_naming_only_the_body_the_office_heads_names_no_holder(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.HolderNotNamed, answer.Declined);
    }

    [Theory]
    [InlineData("من هو محافظ قنا؟", "وقال محافظ قنا")]
    [InlineData("من هو مدير آثار الأقصر؟", "ويقول مدير آثار الأقصر")]
    public void A_passage_saying_the_office_with_its_holder_answers(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("مديرية", "مدير", true)]
    [InlineData("بمديرية", "المدير", true)]
    [InlineData("محافظة", "محافظ", true)]
    [InlineData("والمحافظات", "محافظ", true)]
    [InlineData("مديرة", "مدير", false)]
    [InlineData("المدير", "مدير", false)]
    [InlineData("محافظ", "محافظ", false)]
    [InlineData("وزارة", "وزير", false)]
    public void The_body_of_an_office_is_its_relation_noun_and_a_governorate_is_a_governor_s_feminine(string written, string office, bool body) =>
        Assert.Equal(body, BodyOfOffice.Names(written, office));
}
