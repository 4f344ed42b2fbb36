using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A year asked is said where the passage names what it is asked of: a year in a passage of another subject (a port's
/// builder at work «منذ عام 2020») dates something else, while the year of the thing asked still answers.
/// </summary>
public sealed class YearOfWhatIsAskedCheckTests() : BriefingsAnswerSpec(Cotton, Port)
{
    private static readonly Briefing Cotton = Indexes.TitledBriefing(
        "2026-12-07-cotton",
        "القطن المصري: صادرات تتعافى",
        "وأعلن وزير الزراعة أن سعر الضمان للموسم المقبل سيكون اثني عشر ألف جنيه للقنطار في محافظات الوجه البحري.",
        "وبلغت صادرات القطن عام 2024 نحو ثمانية وخمسين ألف طن، بحسب اتحاد المصدرين.");

    private static readonly Briefing Port = Indexes.TitledBriefing(
        "2026-12-06-port",
        "طريق التنمية: ميناء وسكة",
        "ويقع الميناء الكبير في أقصى الجنوب، وتنفذه شركة كورية منذ عام 2020، وقد دخل كاسر الأمواج فيه موسوعة الأرقام القياسية.");

    [Fact]
    public void A_year_said_in_a_passage_of_another_subject_does_not_date_the_thing_asked()
    {
        var other = Ask("كم كان سعر ضمان القنطار عام 2020؟");

        Assert.Equal(DeclineReason.YearNotInAnswer, other.Declined);
    }

    [Fact]
    public void A_year_said_with_the_thing_asked_answers()
    {
        var given = Ask("كم بلغت صادرات القطن عام 2024؟");
        var port = Ask("منذ متى تنفذ الشركة الكورية الميناء منذ عام 2020؟");

        Assert.True(given.Answered, given.Declined?.ToString());
        Assert.True(port.Answered, port.Declined?.ToString());
    }

    [Fact]
    public void What_a_year_is_asked_of_leaves_out_the_question_words_and_the_year()
    {
        var shape = QuestionShape.Of("كم كانت صادرات القطن المصري عام 2010؟");
        var relative = QuestionShape.Of("كم بلغت إيرادات القناة العام الماضي؟");

        Assert.Equal(["كانت", "صادرات", "القطن", "المصري"], shape.Dated);
        Assert.Equal(["ايرادات", "القناه"], relative.Dated);
        Assert.Empty(QuestionShape.Of("كم بلغت صادرات القطن؟").Dated);
    }
}
