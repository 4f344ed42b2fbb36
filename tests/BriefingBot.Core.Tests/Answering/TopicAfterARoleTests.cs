using BriefingBot.Core.Answering;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

public sealed class TopicAfterARoleTests
{
    [Theory]
    [InlineData("ماذا اقترحت الباحثة بدلا من هدم البيوت؟", "هدم البيوت")]
    [InlineData("أين تقترح الباحثة نقل وحدات الدباغة الملوثة؟", "نقل وحدات الدباغة الملوثة")]
    public void The_said_by_name_stops_at_the_role_where_the_topic_begins(string question, string topic)
    {
        var shape = QuestionShape.Of(question);

        Assert.Equal([ArabicText.Fold("الباحثة")], shape.SaidByName);
        Assert.Superset(ArabicText.FoldedWords(topic).ToHashSet(), shape.SaidAbout.ToHashSet());
    }

    [Theory]
    [InlineData("ماذا قال الباحث جوناثان وود؟", "الباحث جوناثان وود")]
    [InlineData("ماذا قال الطبيب عادل التميمي؟", "الطبيب عادل التميمي")]
    [InlineData("ماذا قال الشيخ عبد القادر بن حمو؟", "الشيخ عبد القادر بن")]
    [InlineData("ماذا قالت الباحثة ليلى مزيان عن الترميم بالإسمنت؟", "الباحثة ليلى مزيان")]
    [InlineData("شو رأي الدكتورة حدادين؟", "الدكتورة حدادين")]
    public void A_name_after_a_role_is_still_read_whole(string question, string name) =>
        Assert.Equal(ArabicText.FoldedWords(name), QuestionShape.Of(question).SaidByName);
}
