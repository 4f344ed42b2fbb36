using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A chain of titles before the full name in narration («خوري الرعية الأب جورج صليبا»، «إمام المسجد الشيخ محمود الحلبي»),
/// then the quotation carried by the last title and the surname alone («"…"، يقول الأب صليبا»): the speaker is the person
/// named in full, with the chain as their role.
/// </summary>
public class SpeakerTitleAndSurnameAfterTheQuoteTests
{
    [Theory]
    [InlineData("وفي كنيسة مار مارون، يحتفظ خوري الرعية الأب جورج صليبا بخنجر قديم أهدته إحدى العائلات للكنيسة قبل قرن. \"الناس هنا كانوا يقدمون السكين للعروس كما يقدمون الذهب\"، يقول الأب صليبا.", "جورج صليبا")]
    [InlineData("يحتفظ خوري الرعية الأب ميخائيل صوما في باحة الكنيسة بخابية ضخمة يقول أهل البلدة إن عمرها يتجاوز مئتي عام. \"هذه الخابية شاهدة على أن البلدة عاشت من الطين\"، يقول الأب صوما، الذي يبارك الأفران كل عام.", "ميخائيل صوما")]
    [InlineData("ويتعاون الكاهن مع إمام المسجد الشيخ محمود الحلبي على تنظيم سوق سنوية للفخار. \"الجرة لا تسأل صانعها عن دينه\"، يقول الشيخ الحلبي، مضيفًا أن ريع السوق ذهب إلى ترميم فرن.", "محمود الحلبي")]
    [InlineData("وتعالج طبيبة الأطفال الدكتورة هالة منصور أطفال المخيم منذ عامين في عيادة صغيرة. \"نستقبل كل أسبوع عشرين طفلًا يختنقون\"، تقول الدكتورة منصور.", "هالة منصور")]
    public void The_title_and_surname_after_the_quote_are_the_person_the_narration_named_in_full(string text, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(text));

    [Fact]
    public void The_chain_of_titles_before_the_name_is_the_role()
    {
        var briefing = ParsedBriefing.Parse("وفي كنيسة مار مارون، يحتفظ خوري الرعية الأب جورج صليبا بخنجر قديم. \"الناس هنا كانوا يقدمون السكين للعروس كما يقدمون الذهب\"، يقول الأب صليبا.");
        Assert.Contains("خوري الرعية", briefing.SpeakerProfiles.Single(p => p.Name == "جورج صليبا").Role);
    }
}
