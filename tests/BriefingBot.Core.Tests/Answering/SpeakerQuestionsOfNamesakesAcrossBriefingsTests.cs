using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// One name quoted in two briefings in roles neither of which holds the other (a field coordinator in El Fasher, an
/// electrician on the Red Sea ferry) is two people: the answer gives them person by person, each told by his briefing,
/// and a subject that points to one briefing keeps that one person, still told by his briefing. One person quoted in
/// two briefings in the same role stays one.
/// </summary>
public sealed class SpeakerQuestionsOfNamesakesAcrossBriefingsTests() : BriefingsAnswerSpec(Cholera, Ferry)
{
    private const string Cholera = """
        ---
        id: 2026-11-27-cholera
        title: الكوليرا في الفاشر
        date: 2026-11-27
        ---

        يقول المنسق الميداني لمنظمة أطباء بلا حدود في الفاشر عثمان الطيب إن المرضى يموتون في الطريق إلى المستشفى.

        ويتابع الطيب أن الحصار جعل السكان يشربون من البرك.

        وقالت رئيسة بعثة صندوق النقد الدولي إلى دول الخليج، أنجيلا مارتينيز، إن المانحين تأخروا.
        """;

    private const string Ferry = """
        ---
        id: 2026-11-28-ferry
        title: عبّارة البحر الأحمر
        date: 2026-11-28
        ---

        "ثلاث سنوات لم أرَ أمي"، يقول عثمان الطيب، وهو فني كهرباء يعمل في الرياض منذ عشر سنوات.

        وقالت رئيسة بعثة صندوق النقد الدولي إلى دول الخليج، أنجيلا مارتينيز، إن التحويلات تراجعت.
        """;

    [Fact]
    public void The_name_alone_gives_each_person_told_by_his_briefing_the_newest_first()
    {
        var answer = Ask("ماذا قال عثمان الطيب؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(["عبّارة البحر الأحمر", "الكوليرا في الفاشر"], answer.Speakers.Select(s => s.Briefing));
        Assert.Equal(["2026-11-28-ferry", "2026-11-27-cholera", "2026-11-27-cholera"], answer.Passages.Select(p => p.Passage.BriefingId));
        Assert.Contains("ما قاله عثمان الطيب في موجز «عبّارة البحر الأحمر»", ChatTexts.For(ChatLanguage.Arabic).SpeakersTitle(answer.Speakers), StringComparison.Ordinal);
    }

    [Fact]
    public void In_English_the_title_tells_each_namesake_by_his_briefing()
    {
        var answer = Ask("ماذا قال عثمان الطيب؟");

        Assert.Equal(
            "What عثمان الطيب said in the briefing “عبّارة البحر الأحمر” and what عثمان الطيب said in the briefing “الكوليرا في الفاشر”:",
            ChatTexts.For(ChatLanguage.English).SpeakersTitle(answer.Speakers));
    }

    [Fact]
    public void A_follow_up_keeps_to_the_person_of_the_earlier_answers_briefing()
    {
        var earlier = Ask("ماذا قال عثمان الطيب عن الحصار؟");
        var context = AnswerContext.Of(earlier);

        var followUp = Answerer.Answer(new AnswerRequest("وماذا قال أيضًا؟") { FollowUp = context });

        Assert.Equal("2026-11-27-cholera", context?.BriefingId);
        Assert.Equal(AnswerOutcome.SpeakerPassages, followUp.Outcome);
        Assert.All(followUp.Passages, p => Assert.Equal("2026-11-27-cholera", p.Passage.BriefingId));
    }

    [Fact]
    public void A_subject_of_the_older_briefing_keeps_its_person_told_by_his_briefing()
    {
        var answer = Ask("ماذا قال عثمان الطيب عن الحصار؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.All(answer.Passages, p => Assert.Equal("2026-11-27-cholera", p.Passage.BriefingId));
        Assert.Equal(["الكوليرا في الفاشر"], answer.Speakers.Select(s => s.Briefing));
    }

    [Fact]
    public void One_person_in_the_same_role_in_two_briefings_stays_one()
    {
        var answer = Ask("ماذا قالت أنجيلا مارتينيز؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(2, answer.Passages.Count);
        Assert.Null(Assert.Single(answer.Speakers).Briefing);
    }
}
