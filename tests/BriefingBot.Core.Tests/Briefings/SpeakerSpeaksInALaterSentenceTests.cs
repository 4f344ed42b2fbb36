using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A person narrated in one sentence of a paragraph who speaks in a later sentence of it, by a bare reporting verb, a
/// shorter mention of the name or a word a portrait points back with («تخيط نوال حسين … سلالًا … . قالت إنها»، «تجلس
/// شيخة بنت سالم الكندية … . تقول شيخة إن»، «يعمل ابنه جاسم … . ويقول الشاب إنه»): the later verb is theirs.
/// </summary>
public class SpeakerSpeaksInALaterSentenceTests
{
    [Theory]
    [InlineData("في بيتها بمحلة الجمعية، تخيط نوال حسين، المعروفة بأم علي، سلالًا من سعف النخيل ثم تدهنها بالقير الساخن. قالت إنها تعلمت ذلك من حماتها.", "نوال حسين")]
    [InlineData("في بيت قريب من السوق، تجلس مريم الكندية أمام دولاب خشبي صغير تصنع عليه المجامر. وتقول إن المجامر هي ما يبيع اليوم.", "مريم الكندية")]
    [InlineData("في بيت قريب من السوق، تجلس شيخة بنت سالم الكندية أمام دولاب خشبي صغير تصنع عليه المجامر. تقول شيخة إن المجامر هي \"ما يبيع اليوم\".", "شيخة بنت سالم الكندية")]
    [InlineData("ويتسلق عمر قاسمي، \"أبو النخلة\" كما يناديه العمال، الجذوع منذ كان في الخامسة عشرة. ويقول إنه يصعد في اليوم الواحد أكثر من أربعين نخلة.", "عمر قاسمي")]
    [InlineData("وإلى جانبه، يعمل ابنه جاسم في تقطيع الألواح. ويقول الشاب إنه الوحيد بين إخوته الذي بقي في المهنة.", "جاسم")]
    [InlineData("يجلس أبو سالم خلف جراره منذ الفجر في السوق القديم. ويرى أن سعر العسل تضاعف في خمس سنوات.", "أبو سالم")]
    [InlineData("أما المعلم المتقاعد كريم العاني، الذي يلقبه طلابه بدفتر هيت، فيحفظ أسماء النواعير كلها. قال العاني إن لكل ناعور اسمًا يُعرف به.", "كريم العاني")]
    [InlineData("يحفظ المعلم المتقاعد كريم العاني أسماء النواعير كلها. قال العاني إن لكل ناعور اسمًا يُعرف به.", "كريم العاني")]
    public void A_later_sentences_bare_verb_or_mention_is_the_narrated_persons(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Theory]
    // The later sentence names a subject of its own.
    [InlineData("في بيتها بمحلة الجمعية، تخيط نوال حسين سلالًا من سعف النخيل. وقال مدير البلدية إن السلال تباع في السوق.")]
    // A mention that is no word of the narrated name.
    [InlineData("في بيتها بمحلة الجمعية، تخيط نوال حسين سلالًا من سعف النخيل. وتقول الحكومة إن السلال تباع في السوق.")]
    // The verb does not agree with the person.
    [InlineData("في بيتها بمحلة الجمعية، تخيط نوال حسين سلالًا من سعف النخيل. ويقول إن السلال تباع في السوق.")]
    public void A_later_sentence_that_is_not_the_narrated_persons_is_never_given_to_them(string paragraph) =>
        Assert.NotEqual("نوال حسين", SpeakerOf(paragraph));
}
