using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The chat asks for tomorrow in its own words — the Gulf's and Iraq's «باجر / باچر», the Maghreb's «غدوة» — and for the weather
/// as «الجو»: a briefing, a dated report, gives no forecast for that day unless it says it. The dialects' words for now
/// («الحين»، «هسه»، «دابا») are left to the news, which readers ask of with them.
/// </summary>
public sealed class LiveAskedInTheDialectsTests() : BriefingsAnswerSpec(Cold)
{
    private static readonly Briefing Cold = Indexes.Briefing(
        "2026-12-05-baghdad-cold",
        new DateOnly(2026, 12, 5),
        "انخفضت درجة الحرارة في بغداد هذا الأسبوع إلى ثلاث درجات فوق الصفر، وبقي الجو باردًا وجافًا في ساعات الصباح.",
        "وقال مدير الأرصاد إن موجة البرد قد تستمر أسبوعًا آخر، داعيًا المزارعين إلى حماية محاصيل الخضار من الصقيع.");

    [Theory]
    [InlineData("شلون الجو ببغداد باجر")]
    [InlineData("شنو حالة الطقس ببغداد باچر؟")]
    [InlineData("كيفاش الجو غدوة فبغداد؟")]
    public void The_weather_tomorrow_asked_in_the_dialects_is_declined_where_no_passage_speaks_of_that_day(string question)
    {
        var answer = Ask(question);

        Assert.Equal(DeclineReason.NotLive, answer.Declined);
    }

    [Fact]
    public void The_weather_the_report_gives_is_still_answered()
    {
        var answer = Ask("كم وصلت درجة الحرارة في بغداد هذا الأسبوع؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Theory]
    [InlineData("باچر", "باجر")]
    [InlineData("غدوة", "غدوة")]
    public void The_dialects_words_of_tomorrow_are_read_as_the_day_asked(string word, string read)
    {
        var shape = QuestionShape.Of("كيف الطقس في بغداد " + word);

        Assert.NotNull(shape.LiveValue);
        Assert.Equal(Core.Text.ArabicText.Fold(read), shape.NowWord);
    }

    [Theory]
    [InlineData("الحين")]
    [InlineData("هسه")]
    [InlineData("دابا")]
    public void The_dialects_words_of_now_are_left_to_the_news(string word)
    {
        var shape = QuestionShape.Of("شكد سعر الطماطة " + word);

        Assert.Null(shape.NowWord);
    }
}
