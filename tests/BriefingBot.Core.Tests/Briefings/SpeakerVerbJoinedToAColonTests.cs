using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A verb joined to a colon before the quotation goes on with the one just heard: a manner of saying after the reporting
/// verb («ثم يضيف ضاحكًا: "…"»، «ويضيف مازحًا إن»), a verb of what they do with a clause of circumstance («ويضحك وهو يشير
/// إلى الدواسة: "…"»), and «وشكا من أن» / «وحذّر من أن» with its preposition. What looks the same but is not: a clause of
/// circumstance with «أن» in it, which says something of its own. Each case is one section: paragraphs
/// separated by a newline, the speakers of each by «|», «-» for none.
/// </summary>
public class SpeakerVerbJoinedToAColonTests
{
    [Theory]
    [InlineData("وقال المرشد عبد الرحيم الدريوش إن السياح يسألون عن الجداريات الممحوة.\nثم يضيف ضاحكًا: \"أنا المتحف الوحيد الذي لا يغلق أبوابه في الشتاء\".", "عبد الرحيم الدريوش|عبد الرحيم الدريوش")]
    [InlineData("وقال الصياد عبد الرحمن أبو زيد إن البوغاز أغلق مرتين.\nويضيف مبتسمًا إن البحر \"لا يرحم أحدًا\".", "عبد الرحمن أبو زيد|عبد الرحمن أبو زيد")]
    [InlineData("قالت الخياطة سناء المصري إن الزبونات يدفعن بالتقسيط.\nوتضيف ساخرة: \"الموضة تأتي إلى طرابلس متأخرة سنة\".", "سناء المصري|سناء المصري")]
    public void A_manner_of_saying_after_the_verb_goes_on_with_the_one_just_heard(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("يدفع المعلم محمود الشامي دواسة ماكينته بقدمه، ويقول إن ابنه سافر إلى ألمانيا.\nويضحك وهو يشير إلى الدواسة: \"قلت له: خذ الماكينة معك إذن\".", "محمود الشامي|محمود الشامي")]
    [InlineData("قالت هند العلمي إن الجماعة لا تعطي الشباب إلا جدارًا واحدًا.\nوتبتسم وهي تطوي قماش الرسم: \"في الشتاء نرسم على الورق\".", "هند العلمي|هند العلمي")]
    [InlineData("وقال الحاج إبراهيم أوبلا إن الدمغة جاءت متأخرة.\nويبتسم وهو يطوي القماش: \"الفضة تكذب إذا كذب صاحبها\".", "إبراهيم أوبلا|إبراهيم أوبلا")]
    public void A_verb_of_what_they_do_as_they_speak_before_the_colon_goes_on_with_them(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("قال الحاج إبراهيم أوبلا إن الدمغة جاءت متأخرة.\nوشكا من أن عدد المتعلمين لم يعد يتجاوز خمسة عشر.", "إبراهيم أوبلا|إبراهيم أوبلا")]
    [InlineData("قال الحاج إبراهيم أوبلا إن الدمغة جاءت متأخرة.\nوحذّر من أن الفضة المغشوشة تملأ السوق.", "إبراهيم أوبلا|إبراهيم أوبلا")]
    public void A_verb_with_min_before_what_was_said_goes_on_with_the_one_just_heard(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وقال الحاج إبراهيم أوبلا إن الدمغة جاءت متأخرة.\nويمضي وهو يشير إلى أن الدمغة: \"لا تكفي\".", "إبراهيم أوبلا|إبراهيم أوبلا")]
    public void A_clause_of_circumstance_that_reports_words_itself_goes_on_with_the_one_just_heard_when_it_names_no_one(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);
}
