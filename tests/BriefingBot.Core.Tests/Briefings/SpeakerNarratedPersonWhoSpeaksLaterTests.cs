using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A person named as the subject of a narrated verb, or heading the paragraph with an aside, who speaks later in the same
/// sentence: by a joined «، وهو يروي أن / وتروي أن / وأكد أن», a closing «كما قال مازحًا», or «التي تقول إن» pointing back
/// to the name. What looks the same but is not: a body before «التي تقول»، a verb of the other gender, a second person
/// named between, a later verb with its own subject. Each case is one section: paragraphs separated by a newline, the
/// speakers of each by «|», «-» for none.
/// </summary>
public class SpeakerNarratedPersonWhoSpeaksLaterTests
{
    [Theory]
    [InlineData("في ورشة الديكور، ينحت رشيد بلحاج رأس تمثال من الجبس، وهو يروي أنه دخل الاستوديو عامل نظافة.", "رشيد بلحاج")]
    [InlineData("وفي آخر الموسم، وقف الحاج إبراهيم عند السد يراقب الماء، وأكد أن الأمناء سيجتمعون قريبًا.", "إبراهيم")]
    [InlineData("فاطمة الزهراء أمزيان، أم لثلاثة أطفال، بدأت العمل قبل ثماني سنوات، وتروي أنها تعلمت ركوب الجمل.", "فاطمة الزهراء أمزيان")]
    [InlineData("اصطف نحو أربعمئة رجل وامرأة، بينما كان عزيز الوردي، مدير الكاستينغ المحلي، يمر بينهم ويختار الوجوه \"التي تصلح لقرية قديمة\"، كما قال مازحًا.", "عزيز الوردي")]
    [InlineData("أطلقت الجمعية ورشات أسبوعية تقودها سمية باباعمي، طالبة الدكتوراه في الهندسة، التي تقول إن مئتي متطوع شاركوا فيها.", "سمية باباعمي")]
    [InlineData("قال المدير كريم الصنهاجي إن الحوافز بطيئة.\nكلير هيوز، وهي منتجة تنفيذية بريطانية، اعتبرت أن الطواقم المحلية أثمن ما في المنطقة.", "كريم الصنهاجي|كلير هيوز")]
    public void A_person_named_in_narration_who_speaks_later_in_the_sentence_is_its_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("أطلقت البلدية برنامجًا تدعمه جمعية تويزة الواحة، وهي منظمة أهلية، التي تقول إن مئتي متطوع شاركوا فيه.")]
    [InlineData("في الورشة، ينحت رشيد بلحاج رأس تمثال من الجبس، وتروي أنها دخلت الاستوديو قبل عشرين سنة.")]
    [InlineData("في الورشة، ينحت رشيد بلحاج رأس تمثال مع الحاج محمد الطاهر، وهو يروي أنه دخل الاستوديو قبل عشرين سنة.")]
    [InlineData("في الورشة، ينحت رشيد بلحاج رأس تمثال من الجبس، ويرى مراقبون أن الحرفة تندثر.")]
    public void A_later_verb_that_is_not_the_narrated_persons_names_no_one(string paragraph) =>
        AttributionCases.AssertQuoted(paragraph, "-");
}
