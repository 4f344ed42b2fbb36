using BriefingBot.Core.Answering;
using BriefingBot.Core.Answering.Checks;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «وش قال الرجال اللي جاي من البريمي؟»، «شو قال الختيار اللي بيعرف من صوت النول إذا انقطع الخيط؟»: chat calls a person
/// «الرجال»، «الشب»، «البنية»، «الحجة» … and tells who by a clause, whose verb it says in its own words and the passage in
/// news Arabic or in the speaker's first person («القادم من ولاية البريمي»، «أعرف من صوت النول»). The speaker check is met
/// by the verb in another person or by the clause's complement in a passage that quotes someone (QuestionShape's
/// SaidByClause, DescribedByAClause), in a passage that quotes someone.
/// </summary>
public sealed class SpeakerQuestionsOfAPersonDescribedInChatsWordsTests : IDisposable
{
    private static readonly Briefing Market = Indexes.Briefing(
        "2027-01-12-ain-camel-market",
        new DateOnly(2027, 1, 12),
        "يزدحم سوق الإبل في العين كل صباح بالتجار والمشترين، ويأتيه بعضهم من ولاية البريمي ومن دمشق وعمّان.",
        "ويقول ناصر البلوشي، القادم من ولاية البريمي العمانية، إن المسافة بين بيته والسوق أقصر من أي سوق آخر.",
        "ويضيف البلوشي أن أهل ولاية البريمي يعدون سوق العين سوقهم منذ زمن بعيد.",
        "يقول المعلم فايز الطرابيشي وهو يشد خيط الحرير: \"أعرف من صوت النول إذا انقطع الخيط\".",
        "وتقول سعاد الكتبي إن أسعار العلف تضاعفت هذا العام.",
        "وتصل إلى السوق كل خميس شاحنات من دمشق وعمّان، وكلما رجع الموسم رجعت الأسعار إلى الارتفاع.",
        "وتباع في الحظائر المجاورة سلال وحبال، ومن رجع من الحج اشترى منها هدايا لأهله.");

    private readonly PassageIndex _index = Indexes.Of(Market);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Market).Answer(new AnswerRequest(question));

    [Fact]
    public void A_person_called_by_a_chat_word_and_described_by_a_clause_is_answered_with_all_they_say()
    {
        var answer = Ask("شو قال الختيار اللي بيعرف من صوت النول إذا انقطع الخيط؟");

        Assert.True(answer.Outcome == AnswerOutcome.SpeakerPassages, answer.Declined?.ToString());
        Assert.Equal([Market.Passages[3].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Theory]
    [InlineData("وش قال الرجال اللي جاي من البريمي؟", "جاي", "البريمي")]
    [InlineData("شو حكت الحجة اللي ساكنة في بيت من ستة أدوار؟", "ساكنه", "بيت|سته|ادوار")]
    [InlineData("شو قال الشب اللي ترك الجامعة؟", "ترك", "الجامعه")]
    public void Chats_word_for_a_person_gives_way_to_the_clauses_verb_and_its_complement(string question, string verb, string complement)
    {
        var shape = QuestionShape.Of(question);

        Assert.Equal([verb], shape.SaidByName);
        Assert.Equal(complement.Split('|'), shape.SaidByClause);
    }

    [Theory]
    [InlineData("شو قال الحارس عن النقوش؟")]
    [InlineData("شو قال ناصر البلوشي؟")]
    public void A_question_with_no_describing_clause_has_none(string question)
    {
        Assert.Empty(QuestionShape.Of(question).SaidByClause);
    }

    [Theory]
    [InlineData("بيعرف", "اعرف|يعرف|تعرف|نعرف")]
    [InlineData("تشتغل", "اشتغل|يشتغل|تشتغل|نشتغل")]
    [InlineData("ترك", "")]
    [InlineData("البريمي", "")]
    public void The_clauses_present_verb_is_met_in_every_person(string verb, string persons)
    {
        Assert.Equal(persons.Length == 0 ? [] : persons.Split('|'), DescribedByAClause.OtherPersons(verb));
    }
}
