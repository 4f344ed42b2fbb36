using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A speaker introduced by name and role in one paragraph and going on under his surname in the next: a question that
/// names him by the introduction's words and asks what he says after finds the next paragraph first
/// (<see cref="ContinuationRescorer"/>), on a real index.
/// </summary>
public sealed class ContinuationRescorerTests
{
    private static readonly Briefing[] Stories =
    [
        Indexes.TitledBriefing(
            "2027-01-02-harbour", "ميناء الصيد في الحمراء",
            "ويقول الصياد سالم بن علي، وهو من قرية الحمراء الساحلية، إن المراكب لم تخرج إلى البحر منذ أسبوع بسبب الريح الشرقية.",
            "ويضيف بن علي أن ابنه الأكبر يعمل في مصنع الإسمنت منذ عامين، وأن أسرته لم تعد تعيش من البحر وحده.",
            "وتقول جمعية الصيادين إن عدد المراكب العاملة تراجع إلى النصف في عشر سنوات."),
        Indexes.TitledBriefing("2027-01-01-cement", "مصنع الإسمنت", "وأعلن مصنع الإسمنت توظيف مئة عامل جديد من القرى المجاورة."),
        Indexes.TitledBriefing("2026-12-30-wind", "الريح تغلق الموانئ", "وأغلقت الريح الشرقية موانئ الساحل ثلاثة أيام."),
    ];

    private static List<string> Ranked(SearchTuning tuning, string question)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild(Stories, "test");
        return [.. index.Search(new PassageSearch(index.Analyze(question), 5)).Hits.Select(h => $"{h.Passage.BriefingId}/{h.Passage.Ordinal}")];
    }

    [Fact]
    public void What_the_speaker_says_after_his_introduction_comes_first_for_a_question_naming_him_as_introduced()
    {
        const string Question = "أين يعمل ابن الصياد سالم بن علي من قرية الحمراء؟";
        Assert.Equal("2027-01-02-harbour/1", Ranked(SearchTuning.Default with { ContinuationWeight = 0 }, Question)[0]);
        Assert.Equal("2027-01-02-harbour/2", Ranked(SearchTuning.Default, Question)[0]);
    }

    [Fact]
    public void The_introduction_keeps_first_place_when_the_continuation_already_holds_every_word_it_holds()
    {
        const string Question = "لماذا لم تخرج مراكب الصياد سالم بن علي إلى البحر؟";
        Assert.Equal("2027-01-02-harbour/1", Ranked(SearchTuning.Default, Question)[0]);
    }
}
