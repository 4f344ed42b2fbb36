using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Off-topic questions on a briefing's own entities that ask of something next to what it tells (another year, who owns
/// what it says is run, the price of another thing in the same place or of another class, the minister of another
/// country) and fair questions of the same shapes, which stay answered; and a body headed by its director, asked who
/// heads it.
/// </summary>
public sealed class YearsOwnersPricesAndHeadsCheckTests() : BriefingsAnswerSpec(Airline)
{
    private static readonly Briefing Airline = Indexes.TitledBriefing(
        "2026-12-03-airline",
        "الخطوط التونسية: خطة إنقاذ لأسطول يشيخ",
        "وبلغ عجز الشركة عام 2025 نحو أربعمئة مليون دينار، بحسب تقرير مراقب الحسابات.",
        "ونقلت الشركة هذا العام مليوني مسافر على رحلاتها المنتظمة.",
        "وتملك الدولة نحو أربعة وسبعين في المئة من رأسمال الشركة، والبقية لمساهمين صغار في البورصة.",
        "ويستقبل مطار النفيضة، الذي تشغّله شركة تاف التركية بموجب عقد امتياز، معظم الرحلات منخفضة التكلفة.",
        "ويبلغ سعر لتر وقود الطائرات في مطار تونس قرطاج نحو ثلاثة دنانير، وهو من أعلى الأسعار في المنطقة.",
        "وارتفعت أسعار البنزين في مصر للمرة الثالثة خلال عام.",
        "وبلغ سعر تذكرة الدرجة الاقتصادية بين تونس وباريس ستمئة وخمسين دينارًا في الشتاء.",
        "وتقول مديرة أكاديمية التكوين، ريم السويدي، إن الأكاديمية تخرّج سنويًا نحو ثلاثين طيارًا.",
        "وقال وزير النقل عبد الحميد الورتاني إن الخطة لا تتضمن بيع الشركة.",
        "وتستعد الخطوط الملكية المغربية لفتح خطوط جديدة نحو أفريقيا.",
        "وستستأجر الشركة ست طائرات من شركة تأجير إيرلندية، تصل أولاها في مارس.");

    [Fact]
    public void A_year_asked_is_answered_only_where_a_passage_speaks_of_it()
    {
        var other = Ask("كم كان عجز الشركة عام 2023؟");
        var given = Ask("كم بلغ عجز الشركة عام 2025؟");
        var thisYear = Ask("كم مسافرًا نقلت الشركة عام 2026؟");

        Assert.Equal(DeclineReason.YearNotInAnswer, other.Declined);
        Assert.True(given.Answered, given.Declined?.ToString());
        Assert.True(thisYear.Answered, thisYear.Declined?.ToString());
    }

    [Fact]
    public void Last_year_and_next_year_are_counted_from_the_briefings_date()
    {
        var last = Ask("كم بلغ عجز الشركة العام الماضي؟");
        var next = Ask("كم سيبلغ عجز الشركة العام المقبل؟");

        Assert.True(last.Answered, last.Declined?.ToString());
        Assert.Equal(DeclineReason.YearNotInAnswer, next.Declined);
    }

    [Fact]
    public void A_passage_speaks_of_the_year_before_in_every_word_a_question_asks_it_by()
    {
        var briefing = Indexes.TitledBriefing(
            "2026-12-03-deficit",
            "عجز الشركة",
            "وبلغ عجز الشركة خلال السنة المنصرمة نحو أربعمئة مليون دينار.");
        using var index = Indexes.Of(briefing);

        var asked = Indexes.Answerer(index, null, briefing).Answer(new AnswerRequest("كم بلغ عجز الشركة السنة المنصرمة؟"));

        Assert.True(asked.Answered, asked.Declined?.ToString());
    }

    [Fact]
    public void Who_owns_is_told_by_a_word_of_owning_not_by_who_runs_it()
    {
        var airport = Ask("من يملك مطار النفيضة؟");
        var airline = Ask("من يملك الخطوط التونسية؟");

        Assert.Equal(DeclineReason.OwnerNotNamed, airport.Declined);
        Assert.True(airline.Answered, airline.Declined?.ToString());
    }

    [Theory]
    [InlineData("لمن تعود ملكية مطار النفيضة؟")]
    [InlineData("مين صاحب مطار النفيضة؟")]
    public void Who_owns_is_asked_in_other_words_too(string question) =>
        Assert.Equal(DeclineReason.OwnerNotNamed, Ask(question).Declined);

    [Fact]
    public void A_company_left_unnamed_by_its_trade_and_origin_has_no_name_to_give()
    {
        var lessor = Ask("ما اسم الشركة الإيرلندية التي ستؤجر الطائرات؟");

        Assert.Equal(DeclineReason.NameNotGiven, lessor.Declined);
    }

    [Fact]
    public void The_price_of_another_thing_in_the_place_asked_is_no_answer()
    {
        var petrol = Ask("كم سعر لتر البنزين في تونس؟");
        var fuel = Ask("كم سعر لتر وقود الطائرات في تونس؟");

        // Declined by the price of the thing asked (PriceNotOfThing) before the place is looked at (FactNotOfSubject).
        Assert.Equal(DeclineReason.PriceNotOfThing, petrol.Declined);
        Assert.True(fuel.Answered, fuel.Declined?.ToString());
    }

    [Fact]
    public void A_class_of_ticket_is_answered_only_where_a_passage_speaks_of_that_class()
    {
        var business = Ask("كم سعر تذكرة درجة الأعمال بين تونس وباريس؟");
        var first = Ask("بكم تذكرة الدرجة الأولى إلى باريس؟");
        var economy = Ask("كم سعر تذكرة الدرجة الاقتصادية بين تونس وباريس؟");

        Assert.Equal(DeclineReason.ClassNotInAnswer, business.Declined);
        Assert.Equal(DeclineReason.ClassNotInAnswer, first.Declined);
        Assert.True(economy.Answered, economy.Declined?.ToString());
    }

    [Fact]
    public void A_degree_of_heat_is_no_class()
    {
        Assert.Empty(QuestionShape.Of("كم درجة الحرارة في تونس؟").Tier);
        Assert.Equal(["اعمال"], QuestionShape.Of("كم سعر تذكرة درجة رجال الأعمال؟").Tier);
    }

    [Fact]
    public void A_body_is_headed_by_its_director_as_by_its_president()
    {
        var academy = Ask("من يرأس الأكاديمية؟");

        Assert.True(academy.Answered, academy.Declined?.ToString());
    }

    [Fact]
    public void An_office_said_without_a_place_is_of_the_country_the_briefing_is_about()
    {
        var morocco = Ask("من هو وزير النقل المغربي؟");
        var tunisia = Ask("من هو وزير النقل التونسي؟");

        Assert.Equal(DeclineReason.AttributeNotOfSubject, morocco.Declined);
        Assert.True(tunisia.Answered, tunisia.Declined?.ToString());
    }
}
