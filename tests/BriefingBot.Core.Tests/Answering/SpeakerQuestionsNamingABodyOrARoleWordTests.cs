using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Question words that look like a speaker's name but are not: the name of a body named after a person («جامعة حمد بن
/// خليفة») is not a speaker who shares its words («سالم بن حمد المعمري»), and a word one edit from a surname («المسجد»
/// of «المسند») right after the noun it complements («إمام المسجد العتيق») is no misspelt name.
/// </summary>
public sealed class SpeakerQuestionsNamingABodyOrARoleWordTests() : BriefingsAnswerSpec(Qatar, Algeria, Jordan)
{
    private const string Qatar = """
        ---
        id: 2026-12-04-qatar-water
        title: قطر والمياه الجوفية
        date: 2026-12-04
        ---

        ## الباحثون

        وقالت الباحثة في جامعة حمد بن خليفة، الدكتورة لولوة المسند، إن المياه الجوفية تتراجع.

        وقال الباحث في الأمن المائي سالم بن حمد المعمري إن التحلية مكلفة.
        """;

    private const string Algeria = """
        ---
        id: 2026-12-02-algeria-mosque
        title: الجزائر: مسجد عتيق يرمم
        date: 2026-12-02
        ---

        ## المدينة

        وقال الشيخ عبد القادر بن حمو، إمام المسجد العتيق في المدينة، إن الترميم تأخر عامين.
        """;

    private const string Jordan = """
        ---
        id: 2026-12-03-jordan-nurses
        title: الأردن: ممرضات يهاجرن
        date: 2026-12-03
        ---

        ## المستشفيات

        وقالت مديرة التمريض في مستشفى الأميرة بسمة، الدكتورة رنا الخوالدة، إن القسم فقد ثلث ممرضاته.

        وتقول الممرضة بسمة العلي إن الرواتب لا تكفي.
        """;

    [Fact]
    public void A_body_named_after_a_person_is_not_a_speaker_sharing_its_words()
    {
        var answer = Ask("ما رأي الباحثة في جامعة حمد بن خليفة؟");

        Assert.Equal("لولوة المسند", answer.Speaker);
    }

    [Fact]
    public void A_body_named_after_a_princess_is_not_a_speaker_sharing_her_name()
    {
        var answer = Ask("ماذا قالت الطبيبة في مستشفى الأميرة بسمة؟");

        Assert.NotEqual("بسمة العلي", answer.Speaker);
    }

    [Fact]
    public void The_speaker_whose_name_it_shares_is_still_found_by_name()
    {
        var answer = Ask("ماذا قال سالم بن حمد المعمري؟");

        Assert.Equal("سالم بن حمد المعمري", answer.Speaker);
    }

    [Fact]
    public void A_word_one_edit_from_a_surname_after_the_noun_it_complements_is_no_name()
    {
        var answer = Ask("ماذا قال إمام المسجد العتيق؟");

        Assert.NotEqual("لولوة المسند", answer.Speaker);
        Assert.Contains("إمام المسجد العتيق", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surname_misspelt_alone_still_finds_its_speaker()
    {
        var answer = Ask("ماذا قالت المسنض؟");

        Assert.Equal("لولوة المسند", answer.Speaker);
    }
}
