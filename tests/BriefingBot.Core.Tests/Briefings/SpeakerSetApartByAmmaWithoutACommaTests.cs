using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «أما سليمان بوخالفة فعاد إلى بني يني … . ويحكي الرجل أنه»: a person set apart by «أما» with no comma before the «فـ»
/// word, then a later sentence that opens with a reporting verb: the person set apart speaks. A topic with the article
/// («أما المرجان فأصعب منالًا») is no one. Each case is one section: paragraphs separated by a newline, the speakers of each
/// by «|», «-» for none.
/// </summary>
public class SpeakerSetApartByAmmaWithoutACommaTests
{
    [Theory]
    [InlineData("أما سليمان بوخالفة فعاد إلى بني يني قبل ثلاث سنوات بعد ربع قرن في مصانع السيارات. ويحكي الرجل أنه تعلم الصنعة صغيرًا \"وبقات في يدي\".", "سليمان بوخالفة")]
    [InlineData("أما نادية بن سالم فتدير المحل منذ وفاة والدها. وتقول إن الزبائن \"ما عادوش كيف قبل\".", "نادية بن سالم")]
    public void A_name_set_apart_by_amma_without_a_comma_speaks_in_the_later_sentence(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Fact]
    public void A_topic_with_the_article_set_apart_by_amma_is_no_one() =>
        AttributionCases.AssertQuoted("أما المرجان فأصعب منالًا منذ سنوات. ويحكي الرجل أنه لا يجده إلا في السوق السوداء.", "-");
}
