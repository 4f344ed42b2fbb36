using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A body the paragraph's own narration names by its noun and adjectives («ألغت المحكمة الإدارية قرارًا …») and then
/// quotes by the noun alone («وقالت المحكمة في حكمها إن») is that body: the first mention, with its adjective, is not yet
/// the one quoted. Each case is one paragraph.
/// </summary>
public class SpeakerAttributionOfABodyNamedByItsAdjectivesTests
{
    [Theory]
    [InlineData("وفي أكادير، ألغت المحكمة الإدارية قرارًا لعامل الإقليم بتفويت ثلاثمئة هكتار من الغابة. وقالت المحكمة في حكمها إن حق الانتفاع \"حق عرفي ثابت\".", "المحكمة الإدارية")]
    [InlineData("وفي البصرة، قضت محكمة البداءة المختصة بالدعاوى التجارية بإلزام شركة شحن بتعويض مصدّر. وقالت المحكمة في قرارها إن الناقل مسؤول.", "محكمة البداءة")]
    public void A_body_named_earlier_in_the_paragraph_is_who_its_noun_quotes(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);
}
