using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Titles the round-32 blind-style Suakin briefing and the Oualata one quote people by, which the word lists missed: the
/// commissioner of a Sudanese locality («معتمد محلية سواكن»), a restorer («المرمّم»), a scholar named by her field
/// («الأنثروبولوجية»).
/// </summary>
public class SpeakerAttributionOfLocalOfficesAndCraftsTests
{
    [Fact]
    public void The_commissioner_of_a_locality_is_the_title_of_the_name_after_it_and_is_pointed_back_to() =>
        AttributionCases.AssertSpeakers(
            "سألت «موجز» معتمد محلية سواكن، عبد الباقي النور، عن موعد انتهاء الأعمال، فأجاب بأن الأمر رهين بالتمويل.\nواستطرد المعتمد قائلًا إن المحلية خصصت أرضًا على البر.",
            "عبد الباقي النور|عبد الباقي النور");

    [Fact]
    public void Approved_is_no_commissioner() =>
        AttributionCases.AssertSpeakers("وقالت وزارة الصحة إن الساعة المعتمدة في الطب ارتفعت.", "وزارة الصحة");
}
