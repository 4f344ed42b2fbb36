using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A question that is word for word a section's heading («ابنته الصغرى»، «ما هي ابنته الصغرى؟») asks for that section, though
/// another report quotes someone its words also describe («ابنتها الصغرى»); a heading that is its own speaker's name or
/// description, over her words, is still her.
/// </summary>
public sealed class QuestionsRepeatingAHeadingThatAlsoDescribesAPersonTests : IDisposable
{
    private static readonly Briefing Boats = Indexes.Briefing(
        "2027-01-20-wooden-boats",
        new DateOnly(2027, 1, 20),
        "## مطبخ على السطح",
        "فوق الورشة، في مطبخ صغير على السطح تطل نافذته على النهر، تقف الحاجة نعيمة عبد الهادي، زوجة المعلم، أمام موقد بشعلتين، تقلّب الأرز في حلة كبيرة، ثم تنظّف سمك البوري الذي جاء به الصيادون في الصباح. وتقول إنها تطبخ كل يوم غداء اثني عشر عاملًا منذ ثلاثين سنة، \"الصنايعي لو ما كلش كويس إيده بتترعش، والمركب ما يستحملش إيد بتترعش\".",
        "وتضيف أم صابر، كما يناديها العمال، أن الغداء صار أصعب مع الغلاء، وأن كيلو البوري الذي كانت تشتريه بعشرين جنيهًا صار بمئة وثلاثين، \"بقيت أعمل الرز بالسمك مرتين في الأسبوع بدل كل يوم، والباقي عدس وفول\".",
        "وإلى طاولة المطبخ تجلس ابنتها الصغرى، وهي في الثالثة والعشرين وخريجة كلية التجارة، أمام حاسوب محمول، وتدير صفحة على فيسبوك تبيع عبرها مجسمات خشبية صغيرة للمراكب يصنعها عمال الورشة من بقايا الألواح. وتقول إن الصفحة باعت الشهر الماضي أكثر من مئتي مجسم لمصريين في الخليج وأوروبا، \"كل واحد من رشيد عايش برة عايز مركب صغير على مكتبه يفكره بالبلد\".",
        "وترى البنت أن المجسمات قد تنقذ الورشة في المواسم التي لا يطلب فيها أحد مركبًا كبيرًا، \"المركب الكبير بيتباع مرة في السنة، إنما المركب الصغير بيتباع كل يوم\".");

    private static readonly Briefing Furnace = Indexes.Briefing(
        "2027-01-23-glass-furnace",
        new DateOnly(2027, 1, 23),
        "## الفرن",
        "يقف الحاج يوسف الزغير أمام فرن الزجاج منذ الفجر. ويقول إن الفرن لا ينطفئ طوال الأسبوع.",
        "## ابنته الصغرى",
        "أما ابنته الصغرى، طالبة الكيمياء، فتقضي أيام العطلة في تجريب خلطات جديدة من الرمل وبقايا الزجاج المكسور.");

    private readonly PassageIndex _index = Indexes.Of(Boats, Furnace);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Boats, Furnace).Answer(new AnswerRequest(question));

    [Theory]
    [InlineData("ابنته الصغرى")]
    [InlineData("ما هي ابنته الصغرى؟")]
    public void The_heading_asked_whole_gets_its_section_not_the_person_another_report_describes_so(string question)
    {
        var answer = Ask(question);

        Assert.NotEqual(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("ابنته الصغرى", answer.Passages[0].Passage.Section);
    }

    [Fact]
    public void Asked_what_she_said_the_person_the_words_describe_is_still_asked_of()
    {
        var answer = Ask("شو قالت ابنتها الصغرى؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(Boats.Passages[2].Id, answer.Passages[0].Passage.Id);
    }
}
