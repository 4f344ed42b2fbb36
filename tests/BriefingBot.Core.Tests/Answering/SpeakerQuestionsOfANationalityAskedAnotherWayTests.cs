using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A nationality asked as people say it («المرممة الطليانية» of «المرممة الإيطالية»، «الأميركي» of «الأمريكي»), or as
/// «الأجنبي»، which is the role's nationality of a country beyond the Arab world, never an Arab one («المرمم المصري»); and
/// «الخبير» of a nationality from abroad, whatever the press calls their craft.
/// </summary>
public sealed class SpeakerQuestionsOfANationalityAskedAnotherWayTests : IDisposable
{
    private static readonly Briefing Sanaa = Indexes.Briefing(
        "2027-01-09-sanaa",
        new DateOnly(2027, 1, 9),
        "بدأت الهيئة العامة للمحافظة على المدن التاريخية ترميم نوافذ القمرية في صنعاء القديمة.",
        "وترى المرممة الإيطالية كيارا لومباردي أن قمريات المدينة من أندر أشكال الزجاج المعشق في العالم.",
        "وبحسب لومباردي، فإن الإسمنت الأبيض يكسر الزجاج مع أول تمدد في الصيف.");

    private static readonly Briefing Cairo = Indexes.Briefing(
        "2027-01-06-cairo",
        new DateOnly(2027, 1, 6),
        "انتهى ترميم واجهات شارع المعز في القاهرة التاريخية.",
        "ويقول المرمم المصري أحمد عبد الستار إن الحجر الجيري استبدل بحجر من المحاجر نفسها.",
        "وقال المهندس الأميركي جون ميلر إن الإضاءة الجديدة لا تمس الحجر.",
        "ويرى الخبير التركي مراد أوزتورك أن الشارع يحتاج إلى خطة للسير.",
        "ويقول المرمم التركي أرهان يلدز إن المشربيات رممت بخشب الزان.");

    private readonly PassageIndex _index = Indexes.Of(Sanaa, Cairo);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Sanaa, Cairo).Answer(new AnswerRequest(question));

    [Theory]
    [InlineData("شو قالت المرممة الطليانية؟")]
    [InlineData("ماذا قالت المرممة الأجنبية؟")]
    [InlineData("المرممة الاجنبية في صنعاء ايش قالت")]
    public void The_spoken_or_the_foreign_nationality_asks_of_the_holder_of_the_role(string question)
    {
        var answer = Ask(question);

        Assert.Equal("كيارا لومباردي", answer.Speaker);
        Assert.Equal([Sanaa.Passages[1].Id, Sanaa.Passages[2].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Theory]
    [InlineData("الخبيرة الطليانية في صنعاء شو رايها")]
    [InlineData("ماذا قالت الخبيرة الإيطالية؟")]
    public void The_foreign_expert_is_the_holder_of_the_role_of_that_nationality(string question)
    {
        Assert.Equal("كيارا لومباردي", Ask(question).Speaker);
    }

    [Fact]
    public void The_expert_of_an_arab_nationality_is_not_the_holder_of_another_craft_of_it()
    {
        Assert.NotEqual("أحمد عبد الستار", Ask("ماذا قال الخبير المصري؟").Speaker);
    }

    [Fact]
    public void A_holder_the_press_calls_the_expert_comes_before_one_of_another_craft()
    {
        Assert.Equal("مراد أوزتورك", Ask("ماذا قال الخبير التركي؟").Speaker);
    }

    [Fact]
    public void The_american_is_asked_either_way_it_is_spelt()
    {
        Assert.Equal("جون ميلر", Ask("ماذا قال المهندس الأمريكاني؟").Speaker);
    }

    [Fact]
    public void An_arab_nationality_is_no_foreigners()
    {
        Assert.NotEqual("أحمد عبد الستار", Ask("ماذا قال المرمم الأجنبي؟").Speaker);
    }
}
