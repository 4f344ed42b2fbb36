using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A person narrated in a scene who speaks at the end of the same sentence through «قبل أن» or the «لـ» of purpose on a
/// present reporting verb, followed right away by «أن / إن» («يتنقل … بين الطاولات، …، قبل أن يقول إن»، «ثم يتوقف …
/// ليقول إن»): the verb has no subject of its own, so it is the narrated person's — also after «وبينما كان» and a
/// priest's «الأب».
/// </summary>
public class SpeakerSaysAtTheEndOfANarratedSentenceTests
{
    [Theory]
    [InlineData("يتنقل سامي الخوري بين الأحواض، يتفقد الشتلات واحدة واحدة، قبل أن يقول إن الموسم تأخر شهرًا كاملًا.", "سامي الخوري")]
    [InlineData("تقف سعاد المومني أمام فرنها منذ الفجر، تقلب الأرغفة بيديها، قبل أن تؤكد أن سعر الطحين تضاعف هذا العام.", "سعاد المومني")]
    [InlineData("ويصعد الحاج سالم العبادي، صاحب مقهى في السوق القديم، الدرج ببطء، ثم يتوقف عند الباب ليقول إن الزبائن قلّوا منذ الصيف.", "سالم العبادي")]
    [InlineData("وبينما كان الأب جورج خوري، كاهن كنيسة القرية، يقرع الجرس صباح الأحد، التفت إلى الزوار ليؤكد أن الكنيسة مفتوحة للجميع.", "جورج خوري")]
    public void A_verb_after_before_that_or_the_lam_of_purpose_is_the_narrated_persons(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Theory]
    // A body is narrated, not a person.
    [InlineData("وتنتظر الحكومة نتائج الحصر أسابيع قبل أن تعلن أن البيوت المهددة ستُخلى.")]
    // The person is the narrated verb's object, not its subject.
    [InlineData("يرافق الصحفيون سامي الخوري في جولته بين الأحواض قبل أن يؤكد أن الموسم تأخر.")]
    // A given name alone, its surname a common noun elsewhere, is too thin to carry the verb.
    [InlineData("يجلس محمد طاهر على صندوق خشبي ويقلّب حجرًا في كفه قبل أن يؤكد أنه آخر من بقي. وقال الطاهر، وهو جاره، إن الحي تغير.")]
    // «قبل أن» with no «أن» after the verb: narration.
    [InlineData("يتنقل سامي الخوري بين الأحواض قبل أن يقول كلمته الأخيرة للعمال في آخر النهار.")]
    public void Narration_whose_closing_verb_has_no_narrated_person_quotes_no_one(string paragraph) =>
        Assert.Null(SpeakerOf(paragraph));

    [Fact]
    public void A_verb_joined_by_wa_without_a_comma_after_before_that_is_the_narrated_persons() =>
        Assert.Equal("إبراهيم أوبلا", SpeakerOf("خلف منضدة خشبية، يزن الحاج إبراهيم أوبلا خاتمًا قبل أن يرفعه إلى الضوء ويقول إن الدمغة شهادة ميلاد للقطعة."));

    [Fact]
    public void The_aside_on_the_narrated_person_is_their_role_which_a_later_title_points_back_to() => AssertSpeakers(
        [
            "ويقف يوسف الخريسات، وهو مهندس معماري في الثلاثين، أمام بيت قديم من ثلاثة طوابق، قبل أن يؤكد أن نصف الشقوق سببها الأنابيب.",
            "ويشير المهندس إلى أن المشروع رمّم حتى الآن ثمانية وأربعين بيتًا.",
        ],
        (0, "يوسف الخريسات"),
        (1, "يوسف الخريسات"));
}
