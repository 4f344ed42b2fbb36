using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Mauritanian names («الشيخ ولد عبد الله»), a woman's state as she speaks («تقول عيساتا ضاحكة»), kin before a name,
/// officials pointed back to by their country's adjective or their occupation, verbal nouns announced after a title, and
/// what follows a role holder's name that is no part of the role: ways the press names its speakers.
/// </summary>
public class SpeakerAttributionOfPatronymicsStatesAndRolesPointedBackToTests
{
    [Theory]
    [InlineData("وأوضح المدير العام لشركة معادن موريتانيا، الشيخ ولد عبد الله، أن الشركة سلمت تسعين ألف بطاقة.", "الشيخ ولد عبد الله")]
    [InlineData("وقال وزير الخارجية الشيخ محمد بن عبد الرحمن آل ثاني إن المفاوضات مستمرة.", "محمد بن عبد الرحمن آل ثاني")]
    public void A_title_that_is_a_given_name_begins_the_name_only_before_the_patronymic_wald(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void An_official_pointed_back_to_by_the_adjective_of_the_country_their_role_names_is_found_across_collective_sources() => AssertSpeakers(
        [
            "وأوضح المدير العام لشركة معادن موريتانيا، الشيخ ولد عبد الله، أن الشركة سلمت تسعين ألف بطاقة.",
            "ويقول منقبون في الشامي إن كثيرًا من القطع خالية من الذهب.",
            "ويقرّ المسؤول الموريتاني بأن الشركة لا تملك سوى ستين مراقبًا.",
        ],
        (1, null),
        (2, "الشيخ ولد عبد الله"));

    [Theory]
    [InlineData("«أكسب من المنقبين أكثر مما يكسبون»، تقول سلمى الحداد ضاحكة، موضحة أن الماء غال.", "سلمى الحداد")]
    [InlineData("«أكسب من المنقبين أكثر مما يكسبون»، تقول سلمى الحداد مبتسمة.", "سلمى الحداد")]
    [InlineData("وتدير أخته عيساتا جالو مطعمًا صغيرًا في السوق. «أكسب من المنقبين أكثر مما يكسبون»، تقول عيساتا ضاحكة، موضحة أن الماء غال.", "عيساتا جالو")]
    public void A_participle_after_her_name_is_how_she_said_it_and_her_given_name_is_the_one_her_kin_word_introduced(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void An_occupation_the_lexicon_does_not_list_alone_before_an_is_the_speaker_whose_role_opens_with_it() => AssertSpeakers(
        [
            "وفي حوار مع الموجز، سألنا الجيولوجي يحيى ولد الطالب، الأستاذ بجامعة نواكشوط، عن مستقبل التنقيب، فأجاب بأن الذهب ثروة محدودة.",
            "وما الحل في رأيه؟ يرى الجيولوجي أن على الدولة أن تنشئ تعاونيات للمنقبين.",
        ],
        (1, "يحيى ولد الطالب"));

    [Fact]
    public void A_verbal_noun_with_a_count_after_a_title_is_what_was_announced_not_a_speaker()
    {
        var briefing = Parse("«لن نسمح بأن يتحول الذهب إلى لعنة»، قالت وزيرة البيئة فاطمة بنت الحسن يوم الأحد. وأعلنت الوزيرة إغلاق إحدى عشرة محطة تستخدم الزئبق.");
        Assert.Equal(["فاطمة بنت الحسن"], briefing.SpeakerProfiles.Select(p => p.Name));
    }

    [Theory]
    [InlineData("وطالب النائب عن مقاطعة أكجوجت، محمد محمود ولد أحمد، الحكومة بتخصيص جزء من مداخيل الذهب للمستوصفات.", "محمد محمود ولد أحمد", "النائب عن مقاطعة أكجوجت")]
    [InlineData("«لن نسمح بأن يتحول الذهب إلى لعنة»، قالت وزيرة البيئة فاطمة بنت الحسن خلال زيارة لمحطات المعالجة يوم الأحد.", "فاطمة بنت الحسن", "وزيرة البيئة")]
    [InlineData("وذكر الشيخ آدم إسحاق أبكر، أحد عمد مخيم زمزم، أن المساعدات لم تصل.", "آدم إسحاق أبكر", "الشيخ أحد عمد مخيم زمزم")]
    [InlineData("من جهته، يرى المحامي البحريني بدر المطيري، المتخصص في قضايا العمل، أن اللائحة تترك سؤالًا دون جواب.", "بدر المطيري", "المحامي البحريني المتخصص في قضايا العمل")]
    public void After_a_role_holders_name_only_what_describes_them_is_more_of_the_role(string paragraph, string speaker, string role)
    {
        var briefing = Parse(paragraph);
        Assert.Equal(speaker, briefing.Passages[0].Speaker);
        Assert.Equal(role, briefing.SpeakerProfiles.Single(p => p.Name == speaker).Role);
    }
}
