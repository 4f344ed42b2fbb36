using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A craftsman or master narrated by one name before a present verb and quoted by a bare verb after it («لكن المعلم بركات
/// يشكك في جدوى المدرسة، ويقول إن»): the verb («يشكك») is what the person does, no part of the name.
/// </summary>
public class SpeakerPresentVerbAfterAOneWordNameTests
{
    [Theory]
    [InlineData("لكن المعلم بركات يشكك في جدوى المدرسة، ويقول إن «الصنعة لا تُتعلم في الصف».", "بركات")]
    [InlineData("لكن المعلمة زهرة تشكك في جدوى الدورات، وتقول إن «الحرفة لا تعيش في المتاحف».", "زهرة")]
    public void The_present_verb_after_a_one_word_name_is_no_part_of_it(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void A_speaker_met_by_full_name_is_the_one_the_short_name_points_back_to() => AssertSpeakers(
        [
            "وقال المعلم أحمد طاهر بركات إن الورشة لم تبن مركبًا منذ عامين.",
            "لكن المعلم بركات يشكك في جدوى المدرسة، ويقول إن «الصنعة لا تُتعلم في الصف».",
        ],
        (1, "أحمد طاهر بركات"));
}
