using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A trade is a surname as often («مرتضى كريم النجار»، «ماري الخوري»), and a question asks of the carpenter, the priest,
/// the student by the trade and what they do: «شو قال النجار اللي يصنع رفوف المكتبات؟»، «ايش قال نجار الرفوف؟». The trade
/// before «اللي», or heading a construct, is what the person is, not the surname; the surname asked alone or with the
/// given name is still the person of that name.
/// </summary>
public sealed class SpeakerQuestionsOfATradeThatIsAlsoASurnameTests : IDisposable
{
    private static readonly Briefing Street = Indexes.Briefing(
        "2027-01-11-mutanabbi-street",
        new DateOnly(2027, 1, 11),
        "يزدحم شارع المتنبي في بغداد صباح كل جمعة بآلاف الزوار بين المكتبات وبسطات الرصيف.",
        "وقال مرتضى كريم النجار، الذي يبيع الكتب على الرصيف أمام المقهى، إن نصف ما يبيعه طبعات مصورة.",
        "وقال سعد هادي الجبوري، وهو نجار يصنع رفوف المكتبات الخشبية منذ ثلاثين عامًا، إن الطلب على الرفوف قلّ كثيرًا.",
        "وقالت ماري الخوري، صاحبة مطعم في الشارع، إن السياح يملؤون المكان في الصيف وحده.",
        "وقال الأب إيليا حدادين، الذي يفتح الكنيسة القديمة للسياح كل صباح، إن الزوار يسألون عن الأيقونات.");

    // The heading «الخطاط» is the calligrapher's trade; the professor quoted under the next heading bears it as her surname.
    private static readonly Briefing Calligraphy = Indexes.Briefing(
        "2027-01-11-mutanabbi-calligraphy",
        new DateOnly(2027, 1, 11),
        "## الخطاط",
        "يكتب الخطاط عباس جواد الربيعي لافتات المحال وبطاقات الأعراس بقصبة وحبر يصنعه بنفسه من السخام.",
        "## الأستاذة وطلابها",
        "وتقول الدكتورة سهى فاضل الخطاط، أستاذة التاريخ في جامعة بغداد، إن الشارع هو المختبر الحقيقي لطالب التاريخ.");

    private readonly PassageIndex _index = Indexes.Of(Street);
    private readonly PassageIndex _calligraphyIndex = Indexes.Of(Calligraphy);

    public void Dispose()
    {
        _index.Dispose();
        _calligraphyIndex.Dispose();
    }

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Street).Answer(new AnswerRequest(question));

    [Theory]
    [InlineData("شو قال النجار اللي يصنع رفوف المكتبات؟", 2)]
    [InlineData("ايش قال نجار الرفوف؟", 2)]
    [InlineData("الخوري اللي بيفتح الكنيسة للسياح شو قال", 4)]
    public void A_trade_described_or_in_construct_asks_of_whoever_does_it(string question, int passage)
    {
        Assert.Equal(Street.Passages[passage].Id, Ask(question).Passages[0].Passage.Id);
    }

    [Theory]
    [InlineData("شو قال مرتضى النجار؟", 1)]
    [InlineData("ماذا قال النجار؟", 1)]
    [InlineData("شو قالت ماري الخوري؟", 3)]
    public void The_surname_asked_alone_or_with_the_given_name_is_still_the_person(string question, int passage)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Street.Passages[passage].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Theory]
    [InlineData("الخطاط")]
    [InlineData("ما هي الخطاط؟")]
    public void A_surname_asked_alone_that_is_a_heading_asks_for_that_section(string question)
    {
        var answer = Indexes.Answerer(_calligraphyIndex, null, Calligraphy).Answer(new AnswerRequest(question));

        Assert.Equal(AnswerOutcome.Passages, answer.Outcome);
        Assert.Equal("الخطاط", answer.Passages[0].Passage.Section);
    }

    [Theory]
    [InlineData("ماذا قالت الخطاط؟")]
    [InlineData("سهى الخطاط")]
    public void The_surname_that_is_a_heading_asked_with_a_verb_or_the_given_name_is_still_the_person(string question)
    {
        var answer = Indexes.Answerer(_calligraphyIndex, null, Calligraphy).Answer(new AnswerRequest(question));

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Calligraphy.Passages[1].Id], answer.Passages.Select(p => p.Passage.Id));
    }
}
