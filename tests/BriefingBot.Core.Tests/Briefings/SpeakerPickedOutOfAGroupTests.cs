using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ومن هؤلاء مصطفى …، خريج …. ويقول إنه …»، «ومن بين القاطفين ياسر …، الشاب …. ويقول إنه …»: a paragraph picks one person
/// out of a group just told of, sets the name off by a comma, and lets them speak in a later sentence by a bare verb.
/// </summary>
public class SpeakerPickedOutOfAGroupTests
{
    [Theory]
    [InlineData("ومن هؤلاء كمال وديع الشامي، خريج معهد الفنون الذي فتح ورشة صغيرة قرب الجسر قبل عامين. ويقول إنه يبيع أغلب ما يصنعه لمقاهٍ جديدة في المدينة.", "كمال وديع الشامي")]
    [InlineData("ومن بين الصيادين سليم فوزي الأحمر، الشاب القادم من القرية المجاورة، الذي يقضي موسمه الثالث على الشاطئ. ويقول إنه يرسل معظم ما يكسبه إلى أهله.", "سليم فوزي الأحمر")]
    public void The_one_picked_out_of_the_group_speaks_by_the_later_bare_verb(string text, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(text));

    [Fact]
    public void A_group_without_anyone_named_is_no_one()
    {
        var speaker = ParsedBriefing.SpeakerOf("ومن بين الصيادين كثيرون جاؤوا من القرى المجاورة هذا الموسم. ويقولون إن البحر لم يعد كما كان.");
        Assert.Null(speaker);
    }
}
