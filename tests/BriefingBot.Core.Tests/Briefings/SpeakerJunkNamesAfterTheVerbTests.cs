using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Words after a verb that only look like a name: the mood a woman speaks in («وتعلّق ضاحكة على سؤال … بأن»), and after
/// «كان» and a title the person's own present verb («كان المعلّم عودة يجلس …، ويقول إنه»), which is no surname.
/// </summary>
public class SpeakerJunkNamesAfterTheVerbTests
{
    [Fact]
    public void The_mood_she_speaks_in_is_no_name() =>
        Assert.DoesNotContain("ضاحكة", SpeakersOf("وتعلّق ضاحكة على سؤال عن بيعه بأن \"الحجر لا يُباع، يُورَّث\"."));

    [Fact]
    public void A_present_verb_after_was_and_a_given_name_is_no_surname() =>
        Assert.Equal("عودة الحياري", SpeakersOf("وفي آخر النهار، كان المعلّم عودة يجلس على عتبة بيت قديم، يقلّب حجرًا في يده، ويقول إنه مستعد أن يعلّم الصنعة.")[^1]);

    private static List<string?> SpeakersOf(string paragraph) =>
        new BriefingParser().Parse(
            "---\nid: 2027-01-06-junk-names\ntitle: أسماء زائفة\ndate: 2027-01-06\n---\n\n"
            + "وقالت سلمى القطيشات، وهي أرملة في الخامسة والخمسين، إن البيت قديم.\n\n"
            + "وقال المعلّم عودة الحياري، وهو قاطع حجارة في السبعين، إن الحجر تغير لونه.\n\n"
            + "## آخر النهار\n\n"
            + paragraph + "\n").Passages.Select(p => p.Speaker).ToList();
}
