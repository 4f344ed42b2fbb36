using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «أما علي الصفار، ابن أحد نواخذة تاروت، فترك البحر …. «…»، يقول الصفار الذي بلغ السادسة والعشرين»: a surname alone after
/// the quotation, closed by a relative or «وهو / وهي», is the person the paragraph's narration named in full, though no one
/// was heard by it before.
/// </summary>
public class SpeakerSurnameAfterTheQuoteNamedInFullBeforeTests
{
    [Theory]
    [InlineData("أما علي الصفار، ابن أحد نواخذة تاروت، فترك البحر في العشرين ليعمل فني صيانة. «أبوي يحلف إن البحر أحسن، بس البحر ما فيه راتب ثابت»، يقول الصفار الذي بلغ السادسة والعشرين.", "علي الصفار")]
    [InlineData("تفتح ليلى العطار دكانها في السوق المسقوف كل صباح قبل السابعة. \"الزبون الأول يحدد اليوم كله\"، تقول العطار وهي ترتب القوارير على الرف.", "ليلى العطار")]
    public void The_surname_is_the_person_named_in_full_before_the_quote(string text, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(text));
}
