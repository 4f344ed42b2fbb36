using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Ways of quoting people that agencies, papers and TV sites use and the dev set's first writers did not: a religious or
/// church title after a role, a speaker who «comes back to» say something, a stance shown rather than said («لم تخفِ …
/// قلقها، قائلة»), a person introduced by name at the head of a paragraph who speaks in the next sentence, and sources
/// that are no one (a survey, an indefinite plural, a verbal noun after «مع»). Each case is one section: paragraphs
/// separated by a newline, the speakers of each by «|».
/// </summary>
public class SpeakerAttributionInOtherHandsTests
{
    [Theory]
    [InlineData("وانتقد خطيب جمعة النجف الشيخ علي الحكيم في خطبته الأخيرة \"الوعود التي لا تتحقق\".", "علي الحكيم")]
    [InlineData("وقال إمام المسجد الكبير الشيخ يوسف العلي إن التبرعات تضاعفت.", "يوسف العلي")]
    [InlineData("وقال المطران جورج صليبا، رئيس أساقفة حلب، في رسالة بمناسبة الميلاد، إن المدينة تحتاج إلى السلام.", "جورج صليبا")]
    [InlineData("وقال القس منذر إسحاق إن الكنيسة ستبقى مفتوحة للجميع.", "منذر إسحاق")]
    [InlineData("وقال المطران لويجي بونتي، رئيس أساقفة الرباط، في رسالة بمناسبة الموسم، إن الزيتونة «شجرة سلام».", "لويجي بونتي")]
    public void A_religious_title_stands_before_the_name_even_after_a_role(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("قال وزير النقل سامي العبيدي إن الخط سيفتتح العام المقبل.\nوتعاني المدينة من زحام خانق.\nوفي ختام كلمته، عاد العبيدي ليؤكد أن الحكومة ملتزمة بالموعد.", "سامي العبيدي|-|سامي العبيدي")]
    [InlineData("وعاد رئيس الوزراء ليقول إن الانتخابات ستجري في موعدها.", "رئيس الوزراء")]
    public void A_speaker_who_comes_back_to_say_something_is_quoted(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وقالت مديرة الهيئة ليلى السعدي إن الصادرات ارتفعت.\nولم تخفِ السعدي قلقها من تراجع الجودة، قائلة: «نخشى على سمعتنا».", "ليلى السعدي|ليلى السعدي")]
    [InlineData("ولم يخف الوزير خالد الحمدان تفاؤله بالموسم، قائلًا إن الأمطار جاءت في وقتها.", "خالد الحمدان")]
    public void A_stance_shown_and_then_said_is_quoted(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("سمير الحاج، مزارع من الجنوب في الأربعين من عمره، عاد من ألمانيا قبل ثلاث سنوات ليزرع أرض عائلته. يقول: «هنا أربح أقل، لكنني حر».\nويضيف الحاج أن الماء صار أغلى من المحصول.", "سمير الحاج|سمير الحاج")]
    public void A_person_named_at_the_head_of_a_paragraph_who_speaks_in_the_next_sentence_is_quoted(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وفي المقابل، نقلت صحيفة «لا ريبوبليكا» الإيطالية عن رئيس جمعية المزارعين في صقلية جوزيبي روسو قوله إن الأسعار تنهار.", "جوزيبي روسو")]
    [InlineData("ونقلت وكالة رويترز عن المتحدث باسم الشركة مارك ديفيس قوله إن الإنتاج سيستأنف.", "مارك ديفيس")]
    public void A_paper_relaying_what_someone_said_names_that_person(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("ووفقًا لاستطلاع أجرته نقابة المعلمين، فإن نصف المعلمين يعملون في وظيفة ثانية.", "-")]
    [InlineData("ويخشى معماريون ومهتمون بالتراث أن تهدم المباني القديمة.", "-")]
    [InlineData("ويرى اقتصاديون أن الدعم لن يستمر.", "-")]
    [InlineData("ومع توقع ارتفاع الطلب على الكهرباء، يبدو أن الأزمة ستتكرر.", "-")]
    public void A_survey_an_indefinite_plural_and_a_verbal_noun_after_ma_a_are_no_one(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("قال وزير المالية إن العجز تراجع.\nوقال الوزير: \"لا ضرائب جديدة\".", "وزير المالية|وزير المالية")]
    [InlineData("قالت الباحثة ريم الأحمد إن الحل سياسي.\nوتابعت الباحثة: «لا أحد يسمع».", "ريم الأحمد|ريم الأحمد")]
    public void A_title_alone_before_a_colon_goes_on_with_its_holder(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وقال شقيق الضحية، محمد الأحمد، إن العائلة تطالب بالتحقيق.", "محمد الأحمد")]
    [InlineData("وتقول والدة الطفل، سعاد الخطيب، إن ابنها لم يعد.", "سعاد الخطيب")]
    public void A_relative_described_before_the_name_is_named_after_the_comma(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وبحسب ما نقلته وكالة الأنباء الرسمية عن وزير الداخلية، فإن الحدود ستفتح.", "وزير الداخلية")]
    [InlineData("وبحسب وزير الداخلية، فإن الحدود ستفتح.", "وزير الداخلية")]
    [InlineData("ووفقًا لما نقلته صحيفة الأخبار عن الخبير سامي نادر، فإن الدين سيتضاعف.", "سامي نادر")]
    public void According_to_an_office_or_to_what_a_medium_relayed_from_someone_names_that_someone(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("ونقلت رويترز عن ثلاثة مصادر مطلعة أن الاتفاق وشيك.", "-")]
    [InlineData("وقال عدة مسؤولين إن الاتفاق وشيك.", "-")]
    public void A_counted_group_is_no_one(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وأشار الباحث الفرنسي جان-بيير فيليو إلى أن الأزمة ستطول.", "جان-بيير فيليو")]
    [InlineData("وقالت الكاتبة ماري-كلير دوبوا إن الرواية ستترجم.", "ماري-كلير دوبوا")]
    public void A_hyphenated_given_name_is_part_of_the_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);
}
