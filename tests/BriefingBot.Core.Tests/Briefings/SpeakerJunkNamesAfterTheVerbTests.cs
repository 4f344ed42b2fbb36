using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Words after a verb that only look like a name: the mood a woman speaks in («وتعلّق ضاحكة على سؤال … بأن»), and after
/// «كان» and a title the person's own present verb («كان المعلّم عودة يجلس …، ويقول إنه»), which is no surname.
/// </summary>
public class SpeakerJunkNamesAfterTheVerbTests
{
    /// <summary>Two speakers heard under a first heading, before the paragraph a spec judges under a second.</summary>
    private static readonly string[] Before =
    [
        "وقالت سلمى القطيشات، وهي أرملة في الخامسة والخمسين، إن البيت قديم.",
        "وقال المعلّم عودة الحياري، وهو قاطع حجارة في السبعين، إن الحجر تغير لونه.",
        "## آخر النهار",
    ];

    [Fact]
    public void The_mood_she_speaks_in_is_no_name() =>
        Assert.DoesNotContain("ضاحكة", SpeakersOf([.. Before, "وتعلّق ضاحكة على سؤال عن بيعه بأن \"الحجر لا يُباع، يُورَّث\"."]));

    [Fact]
    public void A_present_verb_after_was_and_a_given_name_is_no_surname() =>
        Assert.Equal("عودة الحياري", SpeakersOf([.. Before, "وفي آخر النهار، كان المعلّم عودة يجلس على عتبة بيت قديم، يقلّب حجرًا في يده، ويقول إنه مستعد أن يعلّم الصنعة."])[^1]);
}
