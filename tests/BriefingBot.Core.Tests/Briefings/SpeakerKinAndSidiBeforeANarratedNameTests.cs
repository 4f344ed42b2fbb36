using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A person narrated before they speak later in the sentence, their name opened by kin of someone already met
/// («يقاطعه حفيده يوسف الحشيبري، وهو طالب …، قائلًا إن») or by the Mauritanian «سيدي» before a given name («ويحفظ سيدي
/// محمد ولد بونا، وهو شيخ …، ويقول إن»): the kin word stands as a title does, and «سيدي» is part of the name.
/// </summary>
public class SpeakerKinAndSidiBeforeANarratedNameTests
{
    [Theory]
    [InlineData("يقاطعه حفيده سامر الحياري، وهو طالب هندسة في جامعة البلقاء، قائلًا إن الزوار يصورون الدرج أكثر مما يشترون.", "سامر الحياري")]
    [InlineData("وتساعدها ابنتها سلمى القطيشات، وهي معلمة في الخامسة والعشرين، في ترتيب الغرف، وتقول إن النزل محجوز كل أسبوع.", "سلمى القطيشات")]
    // A one-word name closed by its comma is a name, even for a verb at the end of the sentence.
    [InlineData("يقاطعه حفيده ياسين، وهو في الثانية والعشرين ويدرس الإعلام الآلي، ليقول إن جده لا يثق إلا بعينيه.", "ياسين")]
    [InlineData("ويحفظ سيدي محمد ولد بونا، وهو شيخ في الثمانين، أسماء الرموز كما تلقاها عن أمه، ويقول إن النقش يحرس الباب.", "سيدي محمد ولد بونا")]
    public void The_narrated_person_after_kin_or_sidi_speaks(string paragraph, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(paragraph));

    [Fact]
    public void Kin_alone_with_no_name_after_it_quotes_no_one() =>
        Assert.Null(ParsedBriefing.SpeakerOf("يقاطعه حفيده في الدكان كل صباح، ويقول مراقبون إن الزوار قلّوا."));
}
