using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A portrait shows a person (often by what they never do), quotes them bare, and goes on after the closing mark with a
/// reporting verb that has no subject of its own («"…"، ويضيف أن»، «"…"، مضيفة أنها»، «"…"، تقول ضاحكة، وتضيف أن»): the
/// quotation is as bare as one that ends the sentence, and both are the words of the person the narration named.
/// </summary>
public class SpeakerBareQuoteSaidOnByAJoinedVerbTests
{
    [Theory]
    [InlineData("ولا يستعمل المعلم فؤاد عون أي قرن صناعي في مقابضه، ويشتري القرون من ملاحم صيدا والبقاع. \"الزبون الذي يعرف يميّز القرن الحقيقي من رائحته\"، ويضيف أن كيس القرون صار يكلفه ثلاثين دولارًا.", "فؤاد عون")]
    [InlineData("لا يرى طوني غصن، صاحب أحد الأفران الثلاثة الباقية، أي سبب للتفاؤل بعد أن تضاعف سعر الحطب. \"كنا نشعل الفرن كل أسبوع، واليوم ننتظر حتى يمتلئ\"، ويضيف أن الفرن يحتاج إلى ليلة كاملة من النار.", "طوني غصن")]
    [InlineData("وتجلس الحاجة زينب الكعبي أمام نولها منذ الفجر في غرفة صغيرة خلف البيت. \"النول يعرف يدي أكثر مما أعرفه أنا\"، مضيفة أنها علّمت بناتها الثلاث الحرفة.", "زينب الكعبي")]
    [InlineData("وفي الورشة نفسها، تجلس ياسمين عادل، خريجة كلية الفنون التطبيقية، وتتعلم الغرزة منذ ستة أشهر. \"أول أسبوعين صوابعي كانت كلها خرم من الإبرة\"، تقول ضاحكة، وتضيف أنها تحلم بمشغل صغير.", "ياسمين عادل")]
    public void A_bare_quote_said_on_by_a_verb_without_a_subject_is_the_narrated_persons(string text, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(text));

    [Theory]
    [InlineData("وتقف أم حسن، وهي ربة بيت من سيهات، أمام صندوق صافي تقلب السمك بيدها. «الهامور خليناه للعزايم»، تقول ضاحكة، «نشتري الصافي والشعري».")]
    [InlineData("وأضافت أم ناصر أن ابنها البكر هاجر إلى أستراليا ويعرض أباريقها في سيدني. \"يبيع ناصر الإبريق هناك بثلاثين دولارًا، وهنا لا يدفع أحد أكثر من خمسة\"، قالت ضاحكة.")]
    public void The_mood_she_speaks_in_after_the_quote_is_no_speaker(string text) =>
        Assert.DoesNotContain("ضاحكة", ParsedBriefing.Parse(text).Speakers);
}
