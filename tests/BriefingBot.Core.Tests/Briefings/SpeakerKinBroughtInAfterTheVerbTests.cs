using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «kin brought in after the verb»: a feature follows a person at work and brings in a relative inside the sentence,
/// after the verb or its object («ويساعده في العجن ابنه كريم، الطالب …»، «وتقف إلى جانبه زوجته نادية الرزقي عند الموقد»),
/// then quotes the relative by what they are («ويرى الشاب أن»، «وتقول الزوجة إن»، «ويخطط الابن …، ويقول إن»). The relative
/// speaks, not the person heard before; the kin is their role («ابن عادل الزعبي»); and «الأب» or a description that is no
/// word of the relative's role («الخباز الخمسيني») calls back the one whose relative they are.
/// </summary>
public class SpeakerKinBroughtInAfterTheVerbTests
{
    [Theory]
    [InlineData(
        "يقف عادل الزعبي منذ الفجر خلف فرن الخبز في سوق البلدة، ويقول إن الطحين صار غاليًا هذا الشتاء.",
        "ويساعده في العجن ابنه كريم، الطالب في كلية الهندسة، الذي يأتي إلى الفرن بعد محاضراته. ويرى الشاب أن الفرن يحتاج إلى آلة عجن حديثة.",
        "كريم")]
    [InlineData(
        "تقول أم سعيد، بائعة الخضار في السوق القديم، إن الحركة هادئة هذا الشتاء.",
        "وتصطحب أم سعيد في جولاتها على البسطات ابنتها هدى، الطالبة في المرحلة الثانوية. وتقول الشابة إن الزبائن صاروا يطلبون التوصيل إلى البيوت.",
        "هدى")]
    [InlineData(
        "ويقول مراد الرزقي، صاحب المعصرة، إن الموسم كان ضعيفًا بسبب الجفاف.",
        "وتقف إلى جانبه زوجته نادية الساحلي عند الموقد طوال النهار. وتقول الزوجة إن نساء القرية يتقاسمن العمل في أيام العصر.",
        "نادية الساحلي")]
    public void A_relative_brought_in_after_the_verb_speaks_by_what_they_are(string heard, string broughtIn, string relative) =>
        ParsedBriefing.AssertSpeakers([heard, broughtIn], (1, relative));

    [Fact]
    public void A_kin_noun_in_a_later_paragraph_points_back_to_the_relative()
    {
        ParsedBriefing.AssertSpeakers(
            [
                "قال سالم العبري، صاحب المزرعة، إن المطر تأخر هذا العام.",
                "ويرافقه في الحقل ابنه فهد، خريج كلية الزراعة، منذ عامين. ويرى الشاب أن الري بالتنقيط هو الحل.",
                "ويخطط الابن، الذي عاد من مسقط قبل عامين، لزراعة النخيل النادرة، ويقول إن السوق يطلبها.",
            ],
            (1, "فهد"),
            (2, "فهد"));
    }

    [Fact]
    public void The_kin_is_recorded_as_the_relatives_role()
    {
        var briefing = ParsedBriefing.Parse(
            "يقف عادل الزعبي منذ الفجر خلف فرن الخبز في سوق البلدة، ويقول إن الطحين صار غاليًا هذا الشتاء.",
            "ويساعده في العجن ابنه كريم، الطالب في كلية الهندسة، الذي يأتي إلى الفرن بعد محاضراته. ويرى الشاب أن الفرن يحتاج إلى آلة عجن حديثة.");
        Assert.Equal("ابن عادل الزعبي، الطالب في كلية الهندسة", briefing.SpeakerProfiles.Single(p => p.Name == "كريم").Role);
    }

    [Fact]
    public void The_father_called_back_after_his_son_spoke_is_the_one_heard_before()
    {
        ParsedBriefing.AssertSpeakers(
            [
                "يقف عادل الزعبي منذ الفجر خلف فرن الخبز في سوق البلدة، ويقول إن الطحين صار غاليًا هذا الشتاء.",
                "ويساعده في العجن ابنه كريم، الطالب في كلية الهندسة، الذي يأتي إلى الفرن بعد محاضراته. ويرى الشاب أن الفرن يحتاج إلى آلة عجن حديثة.",
                "أما الأب فيرفض الفكرة، ويؤكد أن الخبز المعجون باليد أطيب.",
            ],
            (1, "كريم"),
            (2, "عادل الزعبي"));
    }

    [Fact]
    public void A_description_that_is_no_word_of_the_relatives_role_calls_back_the_one_whose_relative_they_are()
    {
        ParsedBriefing.AssertSpeakers(
            [
                "ويعمل جورج طوق دليلًا في الوادي منذ عشرين عامًا. ويقول الدليل إن الزوار الأجانب يزدادون كل صيف.",
                "ويصطحب طوق في جولاته ابنه ميشال، الطالب في كلية السياحة، الذي يترجم للزوار. ويرى الشاب أن الدرب تحتاج إلى صيانة.",
                "\"الوادي ما بينعرف من الكتب\"، يقول الدليل الخمسيني ضاحكًا.",
            ],
            (1, "ميشال"),
            (2, "جورج طوق"));
    }

    [Fact]
    public void Two_relatives_brought_in_by_the_same_kin_word_are_no_ones()
    {
        var briefing = ParsedBriefing.Parse(
            "يقف عادل الزعبي منذ الفجر خلف فرن الخبز في سوق البلدة، ويقول إن الطحين صار غاليًا هذا الشتاء.",
            "ويساعده في العجن ابنه كريم، الطالب في كلية الهندسة، ويحمل الصواني ابنه سامر. ويرى الشاب أن الفرن يحتاج إلى آلة عجن حديثة.");
        Assert.NotEqual("كريم", briefing.Passages[1].Speaker);
        Assert.NotEqual("سامر", briefing.Passages[1].Speaker);
    }
}
