using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A person asked of by their full name is the one a passage names so: the age told after «حليمة الزغلامي» is no age of
/// «حليمة أحمد», though the two share a word of the name. The age is told of the person asked where the passage names
/// them in full, or records them as its speaker when it names them by the surname alone.
/// </summary>
public sealed class AgeOfAPersonNamedInFullCheckTests() : BriefingsAnswerSpec(Anjouan, Kairouan)
{
    private static readonly Briefing Anjouan = Indexes.Briefing(
        "2027-01-01-anjouan",
        new DateOnly(2027, 1, 1),
        "وتقول حليمة أحمد، وهي قاطفة زهر في قرية باندراني منذ عشرين عامًا، إنها تتقاضى مئتين وخمسين فرنكًا عن كل كيلوغرام من الزهر.",
        "ويقول المزارع عوض الشرعة، الذي يملك مزرعة زيتون قرب البلدة، إن إغلاق الآبار أضر بالعائلات.",
        "وأضاف الشرعة، البالغ من العمر ثمانية وخمسين عامًا، أن سعر صهريج المياه ارتفع إلى خمسة وعشرين دينارًا.");

    private static readonly Briefing Kairouan = Indexes.Briefing(
        "2026-12-15-kairouan",
        new DateOnly(2026, 12, 15),
        "وتقول النساجة حليمة الزغلامي، وهي في الثانية والستين من عمرها وتعيش في قرية الشراردة، إنها تعلمت النسج من أمها.",
        "ويعمل في نسج الزرابي في ولاية القيروان نحو عشرين ألف امرأة، أغلبهن في الأرياف.");

    [Fact]
    public void The_age_after_another_name_sharing_a_word_of_the_name_asked_is_no_answer()
    {
        var answer = Ask("كم عمر حليمة أحمد؟");

        Assert.False(answer.Answered);
        Assert.Equal(DeclineReason.AttributeNotOfSubject, answer.Declined);
    }

    [Fact]
    public void The_age_after_the_full_name_asked_answers()
    {
        var answer = Ask("كم عمر حليمة الزغلامي؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وتقول النساجة", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_age_after_the_surname_of_the_speaker_asked_answers()
    {
        var answer = Ask("كم عمر عوض الشرعة؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Contains(answer.Passages, p => p.Passage.Text.StartsWith("وأضاف الشرعة", StringComparison.Ordinal));
    }
}
