using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A number asked of a year or a decade is given in the clause that speaks of it: a year said of something else (since when
/// a festival runs, when the fishermen moved) gives no figure of that year.
/// </summary>
public sealed class FigureOfYearCheckTests() : BriefingsAnswerSpec(Island)
{
    private static readonly Briefing Island = Indexes.TitledBriefing(
        "2026-12-10-ylang",
        "جزر القمر: موسم الإيلانغ",
        "ويقام في دوموني كل عام منذ 2019 مهرجان الإيلانغ في شهر سبتمبر/أيلول، وقد حضره هذا العام نحو أربعة آلاف زائر.",
        "وصدرت تعاونية المقطرين في 2025 نحو ألف وثمانمئة طن من زيت الإيلانغ، أكثرها إلى فرنسا.",
        "وفي عام 2016، استقبلت الجزيرة أحد عشر ألف سائح جاء أغلبهم من ريونيون.",
        "وكان في ميناء موتسامودو في السبعينيات أكثر من مئة قارب خشبي، ثم ترك الصيادون الميناء القديم منذ التسعينيات إلى ميناء جديد.");

    [Fact]
    public void A_year_said_of_something_else_in_the_passage_gives_no_figure_of_that_year()
    {
        var since = Ask("كم زائرًا حضر مهرجان الإيلانغ في 2019؟");

        Assert.Equal(DeclineReason.FigureNotOfYear, since.Declined);
    }

    [Fact]
    public void A_figure_in_the_clause_of_the_year_answers()
    {
        var exports = Ask("كم طنًا من زيت الإيلانغ صدرت التعاونية في 2025؟");
        var preposed = Ask("كم سائحًا استقبلت الجزيرة عام 2016؟");

        Assert.True(exports.Answered, exports.Declined?.ToString());
        Assert.True(preposed.Answered, preposed.Declined?.ToString());
    }

    [Fact]
    public void A_decade_asked_is_answered_only_where_a_number_is_said_of_it()
    {
        var counted = Ask("كم قاربًا كان في ميناء موتسامودو في السبعينيات؟");
        var moved = Ask("كم قاربًا كان في ميناء موتسامودو في التسعينيات؟");

        Assert.True(counted.Answered, counted.Declined?.ToString());
        Assert.Equal(DeclineReason.FigureNotOfYear, moved.Declined);
    }

    [Fact]
    public void This_year_asked_in_words_is_not_judged_by_its_clause()
    {
        var festival = Ask("كم زائرًا حضر مهرجان الإيلانغ هذا العام؟");

        Assert.NotEqual(DeclineReason.FigureNotOfYear, festival.Declined);
    }
}
