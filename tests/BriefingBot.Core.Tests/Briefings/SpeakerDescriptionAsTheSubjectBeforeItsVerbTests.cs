using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «a description as the subject before its verb»: a person narrated, then a later sentence of the paragraph that
/// opens with what they are and a relative clause of their story («والمزارع الذي ورث … يقول إن»، «والسيدة التي أسست …
/// تقول إن»), the verb of saying coming only after it: the person the narration named speaks, whether or not the lexicon
/// lists their given name, and the description is their role. What looks the same but is not: a group or a body as the
/// subject, a pronoun or verb of the other gender, a second person named between. Each case is one section: paragraphs
/// separated by a newline, the speakers of each by «|», «-» for none.
/// </summary>
public class SpeakerDescriptionAsTheSubjectBeforeItsVerbTests
{
    [Theory]
    [InlineData("ولا يستطيع جمال الجعبري الوصول إلى كرمه شرقي الخليل إلا بتنسيق مسبق. والمزارع الذي ورث الدونمات الستة عن أبيه يقول إن \"العنب بدو خدمة كل يوم\".", "جمال الجعبري")]
    [InlineData("وفي سعير تقود فاطمة الشلالدة جمعية نسوية تضم ثلاثين امرأة. والسيدة التي أسست الجمعية قبل خمسة عشر عامًا تقول إن \"الجمعية مش بس دخل\".", "فاطمة الشلالدة")]
    [InlineData("وداخل كنيسة الدير، تقف رلى عيسى على سقالة معدنية منذ أربعة أشهر. والمرممة التي درست في فلورنسا تقول إن \"كل سانتي بياخد ساعة\".", "رلى عيسى")]
    [InlineData("يجلس محند آيت لعربي منذ السابعة صباحًا خلف طاولة خشبية ضيقة. والحرفي الذي ورث الورشة عن أبيه وجده يقول إن \"الفضة ما تسامحش في الغلطة\".", "محند آيت لعربي")]
    [InlineData("وفي ورشته يتعلم ياسين عمروش، ابن التاسعة عشرة، صنع الخلاخيل منذ عامين. والمتدرب الذي يقضي عشر ساعات يوميًا أمام اللهب يقول إنه \"ما ندمتش\".", "ياسين عمروش")]
    public void A_description_opening_a_later_sentence_before_its_verb_is_the_narrated_person(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Fact]
    public void The_description_is_the_role_of_a_person_narrated_without_one()
    {
        var profile = Assert.Single(AttributionCases.Analyse("يجلس محند آيت لعربي منذ السابعة صباحًا خلف طاولة خشبية ضيقة. والحرفي الذي ورث الورشة عن أبيه يقول إن \"الفضة ما تسامحش\".").Profiles);
        Assert.Equal("الحرفي الذي ورث الورشة عن أبيه", profile.Role);
    }

    [Theory]
    [InlineData("ولا يستطيع جمال الجعبري الوصول إلى كرمه إلا بتنسيق. والمزارعون الذين ورثوا الكروم عن آبائهم يقولون إن \"العنب بدو خدمة\".")]
    [InlineData("ولا يستطيع جمال الجعبري الوصول إلى كرمه إلا بتنسيق. والجمعية التي أسستها نساء البلدة تقول إن \"الطريق مغلق\".")]
    [InlineData("ولا يستطيع جمال الجعبري الوصول إلى كرمه إلا بتنسيق. والسيدة التي أسست الجمعية تقول إن \"الطريق مغلق\".")]
    [InlineData("ولا يستطيع جمال الجعبري الوصول إلى كرمه مع الحاج محمود زماعرة. والمزارع الذي ورث الكرم عن أبيه يقول إن \"العنب بدو خدمة\".")]
    public void A_description_that_is_no_one_narrated_names_no_one(string paragraph) =>
        AttributionCases.AssertQuoted(paragraph, "-");
}
