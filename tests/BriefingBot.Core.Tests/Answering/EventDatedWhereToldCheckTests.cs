using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «متى …؟» with a verb is answered where a passage tells that happening of what the question names and dates it in the
/// clause that tells it: «المصنع الذي أُنشئ في الأبيض يعمل اليوم بربع طاقته» tells the founding undated, and «توقف المصنع في
/// مايو/أيار 2024» in the clause after dates its stopping. A founding dated in its clause answers.
/// </summary>
public sealed class EventDatedWhereToldCheckTests : IDisposable
{
    private static readonly Briefing Gum = new BriefingParser().Parse(
        string.Join(
            "\n\n",
            "ويقول المجلس إن المصنع الذي أُنشئ في الأبيض يعمل اليوم بربع طاقته، بعد أن توقف المصنع في مايو/أيار 2024 ثلاثة أشهر.",
            "وأنشأت شركة عراقية في عام 2019 معملًا لتعبئة التمور في البصرة، ويعمل فيه نحو مئتي عامل."),
        new BriefingHeader("2026-12-14-gum", "الصمغ العربي السوداني: الصادرات تتراجع مع الحرب", new DateOnly(2026, 12, 14)));

    private readonly PassageIndex _index = Indexes.Of(Gum);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Gum).Answer(new AnswerRequest(question));

    [Fact]
    public void A_happening_told_without_a_time_in_its_clause_is_not_dated_by_a_time_elsewhere()
    {
        var answer = Ask("متى أنشئ مصنع الأبيض؟");

        Assert.Equal(DeclineReason.TimeNotOfEvent, answer.Declined);
    }

    [Fact]
    public void A_happening_dated_in_its_clause_answers()
    {
        var answer = Ask("متى أنشئ معمل تعبئة التمور؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وأنشأت شركة", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
