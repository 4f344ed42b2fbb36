using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// The forms of the Erbil–Baghdad salaries report (seventeenth round): a verb's object right after a title with the
/// article («وطمأنت الوزيرة موظفي الإقليم»), a title with a people's adjective that passes over a minister of another
/// people («الوزير الكردي» after «وزير الطاقة التركي»), a statement read out by a spokesman («وتلا … بيانًا»), and a
/// body's statement told with «بحسب بيان لـ … فإن». Each case is one section: paragraphs separated by a newline.
/// </summary>
public class SpeakerAttributionOfObjectsTitlesAndStatementsReadOutTests
{
    [Theory]
    [InlineData("قالت وزيرة المالية، هدى الجبوري، إن الرواتب تأخرت بسبب قوائم الموظفين.\nوطمأنت الوزيرة موظفي الإقليم بأن الرواتب ستصل خلال أيام.", "هدى الجبوري|هدى الجبوري")]
    [InlineData("قال وزير العمل سالم العلي إن المصانع تحتاج إلى العاملين.\nوطمأن الوزير عاملي المصانع بأن الأجور لن تنخفض.", "سالم العلي|سالم العلي")]
    public void A_plural_noun_in_construct_right_after_a_definite_title_is_the_verbs_object(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("قال وزير المالية في حكومة الإقليم، كاوه رشيد، إن الإقليم لا يملك نفطًا يسلمه.\nوقال وزير الطاقة التركي، أورهان دمير، إن الخط جاهز.\nوعاد الوزير الكردي ليقول إن حكومته مستعدة لتسليم النفط.", "كاوه رشيد|أورهان دمير|كاوه رشيد")]
    [InlineData("قال وزير المالية في حكومة الإقليم، كاوه رشيد، إن الإقليم لا يملك نفطًا يسلمه.\nوقال وزير الطاقة التركي، أورهان دمير، إن الخط جاهز.\nوأكد الوزير التركي أن الصيانة تحتاج إلى أسبوع.", "كاوه رشيد|أورهان دمير|أورهان دمير")]
    public void A_title_with_a_peoples_adjective_passes_over_a_minister_of_another_people(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Fact]
    public void A_statement_read_out_by_a_spokesman_is_his() =>
        AttributionCases.AssertQuoted("وتلا المتحدث باسم حكومة الإقليم، آزاد بيشدري، بيانًا باسم مجلس الوزراء جاء فيه أن الحكومة سلمت ما عليها.", "آزاد بيشدري");

    [Fact]
    public void A_statement_told_with_bihasab_and_the_lam_of_its_author_is_the_bodys() =>
        AttributionCases.AssertQuoted("وبحسب بيان لوزارة المالية الاتحادية صدر مساء الإثنين، فإن الوزارة موّلت رواتب ثمانية أشهر.", "وزارة المالية الاتحادية");
}
