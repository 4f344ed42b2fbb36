using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ماذا قال المسؤول المصري؟»: the briefing named the official by his office and then pointed back to him as «المسؤول
/// المصري»; the question asks by that title, and a speaker whose surname is the adjective («ريم المصري») is not meant.
/// </summary>
public sealed class SpeakerQuestionsByATitleThatPointsBackTests
{
    private static readonly Briefing[] Briefings =
    [
        new BriefingParser().Parse(BriefingMarkdown.OneSection("2026-11-10-ai", "وقالت الخبيرة ريم المصري إن الذكاء الاصطناعي يحتاج إلى قواعد.")),
        new BriefingParser().Parse(BriefingMarkdown.OneSection(
            "2026-12-14-alexandria",
            "وقال رئيس الهيئة المصرية لحماية الشواطئ، المهندس حسام عبد الفتاح، إن الأعمال ستبدأ في أبريل.\n\n"
            + "وأقرّ المسؤول المصري بأن الكتل الخرسانية نقلت المشكلة إلى مكان آخر.")),
    ];

    [Fact]
    public void A_title_with_an_adjective_pointing_back_to_a_person_is_kept_as_a_way_to_call_them()
    {
        var analysis = new SpeakerAttributor().Analyse(
        [
            ("الهيئة", "وقال رئيس الهيئة المصرية لحماية الشواطئ، المهندس حسام عبد الفتاح، إن الأعمال ستبدأ في أبريل."),
            ("الهيئة", "وأقرّ المسؤول المصري بأن الكتل الخرسانية نقلت المشكلة إلى مكان آخر."),
        ]);

        Assert.Equal(["المسؤول المصري"], analysis.Profiles.Single(p => p.Name == "حسام عبد الفتاح").References);
    }

    [Fact]
    public void A_title_the_briefing_pointed_back_by_asks_of_the_person_it_pointed_to()
    {
        var speakers = Briefings.SelectMany(b => b.Speakers).Distinct().ToList();

        Assert.Equal(["حسام عبد الفتاح"], SpeakerQuestion.MatchAll("ماذا قال المسؤول المصري؟", new SpeakerDirectory(speakers), new SpeakerRoster(Briefings)));
    }

    [Fact]
    public void The_surname_asked_alone_is_still_the_person_of_that_name()
    {
        var speakers = Briefings.SelectMany(b => b.Speakers).Distinct().ToList();

        Assert.Equal(["ريم المصري"], SpeakerQuestion.MatchAll("ماذا قالت المصري؟", new SpeakerDirectory(speakers), new SpeakerRoster(Briefings)));
    }
}
