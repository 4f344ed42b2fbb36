using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «بهذه الكلمات / العبارة» names who said the quotation before it, whatever the verb, and whatever was said before: a name
/// right after the verb closed by a comma, titled or not («بهذه الكلمات يلخص عبد الرحيم آيت الطالب، وهو صائغ …، حال
/// السوق»); a paragraph opening so after a paragraph that is one quotation, which is then theirs too («"…".» / «بهذه العبارة
/// تختصر نادية الصنهاجي، الباحثة …، موقفها»). The verb is never read as a word of the name.
/// </summary>
public class SpeakerWithTheseWordsAfterTheQuotationTests
{
    [Theory]
    [InlineData("\"كنا نشتري الغرام بعشرة دراهم\"، بهذه الكلمات يلخص عبد الرحيم آيت الطالب، وهو صائغ في الثلاثين، حال السوق.", "عبد الرحيم آيت الطالب")]
    [InlineData("\"كنا نشتري الغرام بعشرة دراهم\"، بهذه الكلمات يصف رشيد بنعلي، وهو صائغ في الثلاثين، حال السوق.", "رشيد بنعلي")]
    public void An_untitled_name_closed_by_a_comma_after_the_verb_said_the_quotation(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("قال مصطفى اليعقوبي إن الدورة تبدأ في يوليو.\n\"المدينة العتيقة ليست معرضًا مفتوحًا، إنها بيوت يسكنها ناس\".\nبهذه العبارة تختصر نادية الصنهاجي، الباحثة في التراث المعماري، موقفها من المهرجان.\nوتدعو الصنهاجي إلى التصويت.", "مصطفى اليعقوبي|نادية الصنهاجي|نادية الصنهاجي|نادية الصنهاجي")]
    [InlineData("\"الولد الذي كان يناولني المسامير صار في ميلانو\".\nبهذه العبارة يلخص صابر عبد الحميد، وهو ينفض نشارة الخشب عن ذراعيه، ما حل بالصنعة.", "صابر عبد الحميد|صابر عبد الحميد")]
    public void A_quotation_alone_before_the_paragraph_that_names_its_speaker_is_theirs(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void A_quotation_alone_before_a_paragraph_that_names_no_one_goes_on_with_the_one_before() =>
        AttributionCases.AssertSpeakers(
            "قال مصطفى اليعقوبي إن الدورة تبدأ في يوليو.\n\"المدينة العتيقة ليست معرضًا مفتوحًا\".\nوتقع أصيلة على ساحل المحيط الأطلسي.",
            "مصطفى اليعقوبي|مصطفى اليعقوبي|-");
}
