using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A feature sets a person in a scene by what they are to someone already told of, or as one of a group, never by a name
/// («يجلس ابن أخيه، وهو شاب …، أمام … . ويقول إنه»، «ويقف أحد الحمالين، وهو رجل …، عند … . ويقول إن»), then lets them
/// speak by a bare verb in a later sentence: the kin or group phrase as written is who speaks, and a later mention by what
/// they are («ويضيف الشاب أنه») goes on with them.
/// </summary>
public class SpeakerKinOrOneOfAGroupSetInASceneTests
{
    [Theory]
    [InlineData("في الورشة المجاورة، يجلس ابن أخيه، وهو شاب في العشرين، أمام آلة الخياطة، ثم يقص القماش. ويقول إنه يتعلم الصنعة منذ عامين.", "ابن أخيه")]
    [InlineData("وقرب الفرن تجلس ابنتها الكبرى، وهي طالبة في كلية الطب، وتطوي العجين بسرعة. وتقول إن الدراسة لا تترك لها وقتًا للعمل.", "ابنتها الكبرى")]
    [InlineData("ويقف أحد الحمالين، وهو رجل في الخمسين، عند باب المخزن ويعد الأكياس. ويقول إن العمل قل كثيرًا هذا الشتاء.", "أحد الحمالين")]
    public void The_kin_or_one_of_a_group_set_in_the_scene_says_what_the_later_bare_verb_brings(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void A_later_mention_by_what_they_are_goes_on_with_them() =>
        AssertSpeakers(
            [
                "يقف المعلم كريم داود أمام الآلة منذ الفجر، ويقول إن الطلبيات كثرت.",
                "في الورشة المجاورة، يجلس ابن أخيه، وهو شاب في العشرين، أمام آلة الخياطة، ثم يقص القماش. ويقول إنه يتعلم الصنعة منذ عامين.",
                "ويضيف الشاب أنه يريد أن يفتح ورشة خاصة به.",
            ],
            (0, "كريم داود"),
            (1, "ابن أخيه"),
            (2, "ابن أخيه"));

    [Fact]
    public void The_nickname_a_verb_of_naming_in_the_aside_gives_is_theirs() =>
        Assert.Contains(
            "الأستاذ",
            Parse("وإلى جوار الآلة، يجلس ابن أخيه، وهو شاب في العشرين يناديه العمال \"الأستاذ\" لأنه درس في معهد، على كرسي قديم. ويقول إنه يتعلم الصنعة منذ عامين.")
                .SpeakerProfiles.Single(p => p.Name == "ابن أخيه").Aliases);

    [Fact]
    public void A_later_verb_of_the_other_gender_is_not_theirs() =>
        Assert.NotEqual("ابنته", SpeakerOf("تجلس ابنته، وهي طالبة في الجامعة، أمام الحاسوب. ويقول إن المحل يحتاج إلى موقع على الإنترنت."));

    [Fact]
    public void Someone_else_named_in_the_scene_before_the_verb_is_not_passed_over() =>
        Assert.NotEqual("ابنه", SpeakerOf("يجلس ابنه، وهو طالب في الجامعة، مع المهندس سامر خليل أمام الحاسوب. ويقول إن الموقع سيعمل الشهر المقبل."));
}
