using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «"…"، يقول العجوز وهو يشد الحبل»، «"…"، تقول الأرملة وهي تعقد الخيط»: a paragraph that opens with the words said and
/// then says who spoke by what they are names no one of its own; the description points back to the person of the
/// paragraph before — the one it quoted, or, when it quoted no one, the one its narration named.
/// </summary>
public class SpeakerDescriptionAfterAnOpeningQuotationPointsBackTests
{
    [Fact]
    public void A_description_after_an_opening_quotation_is_the_one_the_paragraph_before_quoted()
    {
        ParsedBriefing.AssertSpeakers(
            [
                "وشكا المعلّم يوسف الخطيب، وهو نجار في السبعين ورث الورشة عن أبيه، من أن الخشب صار يأتي من الخارج.",
                "«الخشب المستورد لا يعرف رطوبة البحر»، يقول العجوز وهو يمسح الغبار عن طاولته.",
            ],
            (1, "يوسف الخطيب"));
    }

    [Fact]
    public void A_description_after_an_opening_quotation_is_the_one_the_narration_before_named()
    {
        ParsedBriefing.AssertSpeakers(
            [
                "في سوق السمك القديم، تجلس سعاد منير الحلبي منذ الصباح بين صناديق السردين، وقد ورثت البسطة عن زوجها.",
                "\"البحر أخذ زوجي، لكنه ما زال يطعم أولادي\"، تقول الأرملة وهي ترش الماء على السمك.",
            ],
            (1, "سعاد منير الحلبي"));
    }

    [Fact]
    public void A_description_of_another_gender_points_back_to_no_one()
    {
        ParsedBriefing.AssertSpeakers(
            [
                "وشكا المعلّم يوسف الخطيب، وهو نجار في السبعين ورث الورشة عن أبيه، من أن الخشب صار يأتي من الخارج.",
                "«الخشب المستورد لا يعرف رطوبة البحر»، تقول الأرملة وهي تمسح الغبار عن طاولتها.",
            ],
            (1, null));
    }
}
