using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A noun of two letters and «و» counted after «كم» («كم عضوًا …؟») ends in «وا» in the accusative, as the plural of a
/// past verb does («كم دفعوا؟»); the verb has three letters before its «وا», the noun two. Read as the thing counted, the
/// members of one association are not answered by the members of another.
/// </summary>
public sealed class CountOfANounInWawTests() : BriefingsAnswerSpec(Associations)
{
    private static readonly Briefing Associations = Indexes.Briefing(
        "2026-12-05-associations",
        new DateOnly(2026, 12, 5),
        "وتضم جمعية الصيادين في صفاقس ثلاثمئة عضو، بحسب رئيسها.",
        "وقالت جمعية الحرفيين في الخليل إن أسعار الزجاج ارتفعت هذا العام بسبب كلفة الغاز.");

    [Fact]
    public void A_noun_of_two_letters_and_waw_after_how_many_is_the_thing_counted()
    {
        Assert.Equal(["عضو"], QuestionShape.Of("كم عضوًا في جمعية الحرفيين؟").Counted);
        Assert.Empty(QuestionShape.Of("كم دفعوا مقابل الرخصة؟").Counted);
    }

    [Fact]
    public void The_members_of_another_association_do_not_answer()
    {
        var members = Ask("كم عضوًا في جمعية الحرفيين في الخليل؟");

        Assert.False(members.Answered, "the only count of members is of the fishermen's association in Sfax");
    }

    [Fact]
    public void The_members_of_the_association_asked_about_answer()
    {
        var members = Ask("كم عضوًا في جمعية الصيادين في صفاقس؟");

        Assert.True(members.Answered, members.Declined?.ToString());
    }
}
