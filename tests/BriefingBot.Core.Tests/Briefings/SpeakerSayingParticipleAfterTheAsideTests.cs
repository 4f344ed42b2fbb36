using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ويعوّل عبد الكريم الشرعبي، الذي يتاجر …، على المغتربين، قائلًا إن»: a person named in narration by a verb that
/// reports nothing, then «قائلًا / قائلة» after a comma later in the sentence — the participle is theirs, even with «على»
/// (folded like the given name «علي») between them.
/// </summary>
public class SpeakerSayingParticipleAfterTheAsideTests
{
    [Theory]
    [InlineData("ويعوّل عبد الكريم الشرعبي، الذي يتاجر بالمعاوز في السوق منذ ثلاثين عامًا، على المغتربين العائدين في العيد، قائلًا إن المعوز الأصلي يباع بخمسة وعشرين ألف ريال.", "عبد الكريم الشرعبي")]
    [InlineData("وتعوّل سعاد الحكيمي، وهي صاحبة مشغل للخياطة في المدينة، على معارض الصيف، قائلة إن الطلب يرتفع في العطل.", "سعاد الحكيمي")]
    public void The_participle_after_the_aside_is_the_narrated_persons(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Theory]
    // The participle does not agree with the person.
    [InlineData("ويعوّل عبد الكريم الشرعبي، الذي يتاجر بالمعاوز في السوق منذ ثلاثين عامًا، على المغتربين، قائلة إن الطلب يرتفع.")]
    // A body, not a person.
    [InlineData("وتعوّل وزارة الثقافة على المانحين لترميم السوق القديم، قائلة إن الخطة جاهزة منذ عامين.")]
    // A collective.
    [InlineData("ويعوّل تجار السوق على المغتربين العائدين في العيد، قائلين إن المعوز الأصلي يباع بثمن أعلى.")]
    public void No_person_named_in_narration_says_nothing(string paragraph) =>
        Assert.Null(SpeakerOf(paragraph));
}
