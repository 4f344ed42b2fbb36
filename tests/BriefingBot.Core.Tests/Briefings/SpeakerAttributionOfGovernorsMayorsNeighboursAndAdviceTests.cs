using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Constructions the twenty-fifth round's Algiers Casbah briefing (and the Hebron, Amman and Taif briefings before it)
/// left unread: the Maghreb's governor «والي», a city's mayor «أمين عمّان» with his name apposed, a listed given name the
/// briefing also writes with the article as a place («خليل» beside «الخليل»), a neighbour or kin named with a possessive
/// pronoun («جارتهم»), a rank in construct before an office («مساعد وزير»), and verbs of advice and pledges.
/// </summary>
public class SpeakerAttributionOfGovernorsMayorsNeighboursAndAdviceTests
{
    [Fact]
    public void The_governor_of_a_province_is_a_title_before_his_apposed_name() =>
        AttributionCases.AssertSpeakers(
            "وحذّر والي ولاية الجزائر، عبد القادر زروقي، من أن عشرات البيوت قد تنهار.\nوأضاف أن مصالح الولاية أحصت مئة بناية تحتاج إلى تدعيم.",
            "عبد القادر زروقي|عبد القادر زروقي");

    [Fact]
    public void And_to_folded_like_the_governor_is_no_title() =>
        AttributionCases.AssertSpeakers(
            "وقال الوزير أحمد سعيد إن الخطة جاهزة، وإلى جانب ذلك ستبني الوزارة مدرستين.",
            "أحمد سعيد");

    [Fact]
    public void The_mayor_of_a_city_is_named_in_apposition_not_by_the_city() =>
        AttributionCases.AssertSpeakers(
            "وقال أمين عمّان، حازم الروسان، في مؤتمر صحفي، إن ثلث الركاب تركوا سياراتهم.",
            "حازم الروسان");

    [Fact]
    public void A_listed_given_name_is_a_name_though_the_briefing_writes_it_with_the_article_as_a_place() =>
        AttributionCases.AssertSpeakers(
            "تضم مدينة الخليل عشرات مصانع الزجاج.\nوقال خليل الزعتري، وهو تاجر يصدّر زجاج الخليل، إن التصدير صار نصف المبيعات.",
            "-|خليل الزعتري");

    [Theory]
    [InlineData("وتقول جارتهم نصيرة حداد، وهي معلمة متقاعدة، إن البلدية وعدتهم ثلاث مرات.", "نصيرة حداد")]
    [InlineData("ويقول شقيقه سامر الخطيب إن الأسرة لم تتلق أي تعويض.", "سامر الخطيب")]
    public void A_relation_with_a_possessive_pronoun_is_no_part_of_the_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وقالت الباحثة هيفاء القرشي إن منسوب المياه يتراجع.\nوأوصت القرشي المزارعين بالتحول إلى الري بالتنقيط.", "هيفاء القرشي|هيفاء القرشي")]
    [InlineData("وتعهد وزير الإسكان سليم الحداد بتسليم الشقق قبل الصيف.", "سليم الحداد")]
    public void Advice_and_pledges_quote_their_subject(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وقال مساعد وزير السياحة والآثار لشؤون الطيران، الدكتور هشام منصور، إن زوار المتحف يمكثون عشر ليال.", "هشام منصور")]
    [InlineData("وقال معاون مدير الشرطة العقيد سامي الحداد إن الحادث وقع ليلًا.", "سامي الحداد")]
    [InlineData("وقال مساعد العيبان إن الوزارة تدرس الملف.", "مساعد العيبان")]
    public void A_rank_in_construct_before_an_office_is_part_of_the_title_not_the_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);
}
