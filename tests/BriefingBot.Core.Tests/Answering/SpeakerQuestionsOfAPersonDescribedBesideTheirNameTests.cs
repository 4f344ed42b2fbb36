using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A person asked of by what the briefing says of them beside their name, in words no title list holds: the description
/// in apposition («ويقول سالم الهاملي، المضمر الذي يدرّب الهجن …، إن»), the verb of what they do right before their name («تبيع أم
/// حمد القهوة»), or a role with the place it is held in, which the briefing's title names («شو قال الغوّاص في دبا؟»). The
/// answer is everything that person says, as asked by name.
/// </summary>
public sealed class SpeakerQuestionsOfAPersonDescribedBesideTheirNameTests : IDisposable
{
    private static readonly Briefing Races = Indexes.TitledBriefing(
        "2027-01-07-races",
        "موسم الهجن في ميدان الوثبة يبدأ بألف مطية",
        "انطلق موسم سباقات الهجن في ميدان الوثبة يوم الجمعة بمشاركة أكثر من ألف مطية من دول الخليج.",
        "ويقول سالم الهاملي، المضمر الذي يدرّب الهجن في عزبة قرب سويحان، إن القعود الجيد يحتاج عامين من التمرين قبل أول شوط.",
        "ويضيف الهاملي أن أسعار المطايا الفائزة تضاعفت في خمس سنوات.",
        "وعند بوابة الميدان، تبيع أم حمد القهوة والتمر للجمهور، وتقول إنها لم تغب عن موسم منذ عشرين عامًا.",
        "وتضيف أم حمد أن الزوار الأجانب صاروا أكثر من أهل المنطقة في الأشواط الأولى.");

    private static readonly Briefing Harbour = Indexes.TitledBriefing(
        "2027-01-06-harbour",
        "صيادو دبا وغواصوها يشكون تراجع الكنعد وارتفاع حرارة البحر",
        "تراجع صيد الكنعد والمحار في مياه الساحل الشرقي هذا الموسم بعد ارتفاع حرارة البحر.",
        "ويقول الغوّاص راشد الظنحاني، الذي يخرج بقاربه قبل الفجر منذ ثلاثين عامًا، إن المحار يعود نصف فارغ.",
        "ويطالب الظنحاني بتأجيل موسم الحظر شهرًا حتى تعود الأسماك إلى الخيران.",
        "وقال مدير إدارة الثروة السمكية في بلدية دبا، عبدالله النقبي، إن الإدارة تدرس تعويض الصيادين المتضررين.");

    private readonly PassageIndex _index = Indexes.Of(Races, Harbour);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Races, Harbour).Answer(new AnswerRequest(question));

    [Theory]
    [InlineData("المضمر شو قال؟")]
    [InlineData("شو قال المضمر؟")]
    public void A_description_in_apposition_to_the_name_asks_of_that_person(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Races.Passages[1].Id, Races.Passages[2].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Fact]
    public void A_verb_right_before_the_kunya_is_what_the_person_asked_of_does()
    {
        var answer = Ask("وش قالت الحرمة اللي تبيع القهوة عند بوابة الميدان؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Races.Passages[3].Id, Races.Passages[4].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Theory]
    [InlineData("شو قال الغواص في دبا؟")]
    [InlineData("الغواص في دبا وش قال")]
    public void A_role_with_the_place_the_briefing_is_about_asks_of_its_holder_there(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Harbour.Passages[1].Id, Harbour.Passages[2].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Fact]
    public void A_role_the_briefings_never_give_anyone_is_still_declined()
    {
        var answer = Ask("ماذا قال رئيس جمعية الصيادين في دبا؟");

        Assert.False(answer.Answered);
    }

    [Fact]
    public void A_word_of_the_description_away_from_any_name_is_what_is_spoken_of()
    {
        var answer = Ask("ماذا قال الجمهور عن القهوة؟");

        Assert.NotEqual(AnswerOutcome.SpeakerPassages, answer.Outcome);
    }
}
