using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «وتقول فاطمة الزهراء بوغازي إن»: «الزهراء» is the second part of a compound given name, so the family name without the
/// article goes on after it, where after another word with the article a new name begins; the name was cut at «الزهراء»
/// and the paragraph quoted no one.
/// </summary>
public class SpeakerCompoundWomansNameGoesOnToTheFamilyNameTests
{
    [Fact]
    public void A_family_name_without_the_article_after_fatima_al_zahra_is_part_of_the_name()
    {
        var speaker = ParsedBriefing.SpeakerOf("وتقول فاطمة الزهراء بوغازي إن الطبقة المائية السطحية باتت ملوثة بالنترات في عدة بلديات.");
        Assert.Equal("فاطمة الزهراء بوغازي", speaker);
    }

    [Fact]
    public void The_full_name_is_who_the_family_name_after_the_next_quotation_points_back_to()
    {
        var speakers = ParsedBriefing.SpeakersOf(
            "وتقول فاطمة الزهراء أمزيل إن الثلج تأخر هذا العام أكثر من شهر عن موعده.",
            "\"الأطفال يمشون ساعة في الطين للوصول إلى المدرسة\"، تضيف أمزيل.");
        Assert.Equal("فاطمة الزهراء أمزيل", speakers[0]);
        Assert.Equal("فاطمة الزهراء أمزيل", speakers[1]);
    }
}
