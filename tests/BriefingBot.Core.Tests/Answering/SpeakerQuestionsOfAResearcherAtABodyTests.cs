using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A role held at a body is written with «بـ» as often as with «في» («الباحثة في علوم البيئة بجامعة البصرة»): a question
/// that names the body with «في» («ماذا قالت الباحثة في جامعة البصرة؟») asks of whoever holds such a role there, in
/// every briefing that quotes one.
/// </summary>
public class SpeakerQuestionsOfAResearcherAtABodyTests
{
    private static readonly Briefing[] Briefings =
    [
        Parse("2026-12-11-marshes", "وقالت الباحثة في علوم البيئة بجامعة البصرة، نادية الفتلاوي، إن الملوحة ارتفعت."),
        Parse("2026-12-12-dates", "وقالت الباحثة في مركز أبحاث النخيل بجامعة البصرة، رنا الحسناوي، إن الطلب الآسيوي يحرك الصادرات."),
        Parse("2026-12-10-cairo", "وقالت الباحثة بجامعة القاهرة، منى سالم، إن الأسعار ارتفعت."),
    ];

    [Fact]
    public void A_body_glued_to_ba_in_the_role_is_the_body_the_question_names_with_fi()
    {
        var roster = new SpeakerRoster(Briefings);

        var holders = roster.Holders(ArabicText.FoldedWords("الباحثة في جامعة البصرة"), asksOfAWoman: true);

        Assert.Equal(new[] { "نادية الفتلاوي", "رنا الحسناوي" }.Order(StringComparer.Ordinal), holders.Order(StringComparer.Ordinal));
    }

    private static Briefing Parse(string id, string paragraph) => new BriefingParser().Parse(BriefingMarkdown.OneSection(id, paragraph, "القسم"));
}
