using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «أما الحاج أوبلا فختم حديثه بأن»، «أما الحاج الزكاري فيرى أن»: a popular title before the surname of someone already
/// quoted, between «أما» and the verb with «فـ», is that person, as after a verb that comes first («ويتذكر الحاج أوبلا
/// أن»). A surname no one was quoted by stays no one.
/// </summary>
public class SpeakerPopularTitleBeforeFaTests
{
    [Theory]
    [InlineData("قال الحاج إبراهيم أوبلا إن الدمغة جاءت متأخرة.\nقالت المصممة فاطمة بوتزكيت إن الشباب يحبون الفضة.\nأما الحاج أوبلا فختم حديثه بأن الفضة \"تكذب إذا كذب صاحبها\".", "إبراهيم أوبلا|فاطمة بوتزكيت|إبراهيم أوبلا")]
    [InlineData("قال الحاج أحمد الزكاري إن أحدًا لم يسأله قبل الرسم.\nقالت فاطمة الزهراء الدكالي إن السياح كثروا.\nأما الحاج الزكاري فيرى أن القارب \"جميل، لكنه ليس قاربي\".", "أحمد الزكاري|فاطمة الزهراء الدكالي|أحمد الزكاري")]
    public void A_popular_title_and_a_surname_before_fa_is_the_one_quoted_by_it(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void A_surname_no_one_was_quoted_by_stays_no_one() =>
        AttributionCases.AssertSpeakers("قالت فاطمة الزهراء الدكالي إن السياح كثروا.\nأما الحاج الزكاري فختم حديثه بأن القارب جميل.", "فاطمة الزهراء الدكالي|-");
}
