using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A person introduced in narration who speaks later in the same sentence by a reporting verb joined with «، و…» or
/// «، وهو / وهي …» and followed by «أن» («يجلس أبو ماجد خلف …، ويحكي أن»، «البائعة هي خديجاتو …، وهي أرملة …، وتوضح
/// أن»، «أما ابنه إبراهيم …، وهو بحار …، فيفكر في …، ويرى أن»): the verb has no subject of its own, so it is theirs.
/// </summary>
public class SpeakerSaysLaterInTheSentenceTests
{
    [Theory]
    [InlineData("وفي سوق الخميس، حيث يباع العسل، يجلس أبو سالم خلف جراره منذ الفجر، ويحكي أن سعر الكيلوغرام تضاعف في خمس سنوات.", "أبو سالم")]
    [InlineData("وتحتفظ أم رائد في بيتها بصور ابنها الذي هاجر قبل عشر سنوات، وهي ترى أن القرية «لم تعد تعطي شيئًا لشبابها».", "أم رائد")]
    [InlineData("الخبازة هي زينب ولد الشيخ، وهي أم لأربعة أطفال تعيلهم من الفرن، وتوضح أن كيس الطحين ارتفع إلى ضعف ثمنه.", "زينب ولد الشيخ")]
    [InlineData("أما ابنه سالم الحداد، وهو صياد في الثلاثين، فيفكر في بيع قاربه والسفر، ويرى أن «البحر لم يعد يطعم أحدًا».", "سالم الحداد")]
    public void A_joined_reporting_verb_is_the_narrated_persons(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Theory]
    // The joined verb has a subject of its own.
    [InlineData("يجلس أبو سالم خلف جراره منذ الفجر، ويرى مراقبون أن سعر العسل تضاعف في خمس سنوات.")]
    // «وهو ما»: narration, no reporting verb.
    [InlineData("يجلس أبو سالم خلف جراره منذ الفجر، وهو ما يفعله كل يوم منذ أربعين عامًا في السوق القديم.")]
    // The verb does not agree with the person.
    [InlineData("يجلس أبو سالم خلف جراره منذ الفجر، وتحكي أن سعر العسل تضاعف في خمس سنوات.")]
    public void Narration_without_a_joined_verb_of_its_own_quotes_no_one(string paragraph) =>
        Assert.Null(SpeakerOf(paragraph));
}
