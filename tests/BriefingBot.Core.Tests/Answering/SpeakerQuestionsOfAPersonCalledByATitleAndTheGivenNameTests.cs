using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A report names an elder in full once and then as the street calls him, by a title and the given name («يقول عمو قاسم»،
/// «يقول عمي مبارك»), which is recorded as a speaker of its own: asked by either name, or as the kin of someone quoted, all
/// the person says is the answer. When the report quotes two people of that given name, the title and name alone say
/// neither.
/// </summary>
public sealed class SpeakerQuestionsOfAPersonCalledByATitleAndTheGivenNameTests : IDisposable
{
    private static readonly Briefing Bookshop = Indexes.Briefing(
        "2027-01-11-mutanabbi-bookshop",
        new DateOnly(2027, 1, 11),
        "يزدحم شارع المتنبي في بغداد صباح كل جمعة بآلاف الزوار.",
        "وقال الحاج قاسم محمد الصحاف، صاحب أقدم مكتبة في الشارع، إنه ورث المكتبة عن أبيه عام 1961.",
        "وقال حفيده علي حسن الصحاف إن الزبائن صاروا يطلبون الكتب بالتوصيل من البصرة وأربيل.",
        "وعند الظهر يغلق الحجي باب مكتبته. \"ما بقى من العمر هواية\"، يقول عمو قاسم، \"بس أريد أموت والكتب حوالي\".");

    private static readonly Briefing Market = Indexes.Briefing(
        "2027-01-12-souk-al-saray",
        new DateOnly(2027, 1, 12),
        "يستعد سوق السراي في بغداد لموسم القرطاسية مع بداية العام الدراسي.",
        "وقال قاسم جواد الربيعي، صاحب محل قرطاسية، إن أسعار الدفاتر تضاعفت هذا العام.",
        "وقال قاسم عبد الله الجنابي، وهو بائع أقلام، إن الطلاب يشترون الأرخص.",
        "\"الشغل قليل هالسنة\"، يقول عمو قاسم، وهو يرتب الأقلام على الرف.");

    private static readonly Briefing[] Both = [Bookshop, Market];

    private readonly PassageIndex _index = Indexes.Of(Both);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Both).Answer(new AnswerRequest(question));

    [Theory]
    [InlineData("شو قال الحاج قاسم الصحاف؟")]
    [InlineData("ماذا قال قاسم محمد الصحاف؟")]
    [InlineData("ماذا قال جد علي الصحاف؟")]
    public void The_person_named_in_full_brings_what_he_says_as_the_street_calls_him(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Bookshop.Passages[1].Id, Bookshop.Passages[3].Id], answer.Passages.Select(p => p.Passage.Id).Order());
    }
}
