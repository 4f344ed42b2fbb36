using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Names that are close to one another across briefings: a surname written exactly is the one meant over another it is
/// one letter from, a feminine verb asks of the woman of two people sharing a surname, and a full name whose surname is
/// a speaker's given name («قيس سعيد») is someone else.
/// </summary>
public sealed class SpeakerQuestionsAmongNamesakesTests() : BriefingsAnswerSpec(Yemen, Iraq)
{
    private const string Yemen = """
        ---
        id: 2026-12-01-yemen-ports
        title: موانئ اليمن بين الحصار والتجارة
        date: 2026-12-01
        ---

        ## الموانئ

        قالت الباحثة أروى الشميري إن حركة السفن في الحديدة تراجعت إلى النصف.

        وقال المحلل الاقتصادي حمزة العياري إن كلفة الشحن تضاعفت منذ بداية الأزمة.

        وقال الشاعر سعيد بن حمد الكعبي إن المدينة فقدت أسواقها القديمة.
        """;

    private const string Iraq = """
        ---
        id: 2026-12-02-iraq-power
        title: العراق والكهرباء المستوردة
        date: 2026-12-02
        ---

        ## الشبكة

        وصرّح النائب كاظم جبار الشمري بأن خط الربط مع الأردن لا ينقل إلا أربعين ميغاواط.

        وتقول العاملة منجية العياري إن فاتورة المولدة تأكل ثلث راتب زوجها.
        """;

    [Theory]
    [InlineData("شو قال الشمري")]
    [InlineData("ماذا قال الشمري؟")]
    public void A_surname_written_exactly_is_the_one_meant_over_another_one_letter_away(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("كاظم جبار الشمري", answer.Speaker);
        Assert.All(answer.Passages, p => Assert.Equal("كاظم جبار الشمري", p.Passage.Speaker));
    }

    [Theory]
    [InlineData("شو حكت العياري")]
    [InlineData("ماذا قالت العياري؟")]
    public void A_feminine_verb_asks_of_the_woman_of_two_people_sharing_a_surname(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("منجية العياري", answer.Speaker);
        Assert.All(answer.Passages, p => Assert.Equal("منجية العياري", p.Passage.Speaker));
    }

    [Fact]
    public void The_masculine_still_asks_of_both_people_sharing_a_surname()
    {
        var answer = Ask("ماذا قال العياري؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(["حمزة العياري", "منجية العياري"], answer.Passages.Select(p => p.Passage.Speaker).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ماذا قال قيس سعيد؟")]
    [InlineData("شو حكى قيس سعيد")]
    public void A_full_name_whose_surname_is_a_speakers_given_name_is_someone_else(string question)
    {
        var answer = Ask(question);

        Assert.NotEqual("سعيد بن حمد الكعبي", answer.Speaker);
    }

    [Fact]
    public void The_given_name_alone_still_finds_its_speaker()
    {
        var answer = Ask("ماذا قال سعيد؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("سعيد بن حمد الكعبي", answer.Speaker);
    }
}
