using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ماذا قال بائع الهندية في سوق الأحد؟» asks of someone by what they are, in words no recorded role holds: when the
/// passage the search finds first calls its speaker by that title, beside the name or a verb of saying, the answer is
/// everything that person says, as asked by name. A title the passage gives someone else is no such answer.
/// </summary>
public sealed class SpeakerQuestionsOfATitleTheFirstPassageGivesTests : IDisposable
{
    private static readonly Briefing Cactus = Indexes.Briefing(
        "2027-01-01-cactus",
        new DateOnly(2027, 1, 1),
        "تراجعت مساحة حقول الصبار في إقليم سيدي إفني إلى النصف خلال خمس سنوات بعد انتشار الحشرة القرمزية.",
        "وفي سوق الأحد بمدينة سيدي إفني، يروي بائع الهندية الحاج إبراهيم أوبلا أن الصندوق الواحد من الثمار صار يباع بثلاثين درهمًا بعد أن كان بعشرة.",
        "ويتذكر الحاج أوبلا أن الحقول كانت تغطي التلال كلها قبل أن تصلها الحشرة، وأن أبناءه تركوا القرية إلى أكادير.",
        "وقال المزارع سالم الهاشمي إن أسعار الأعلاف ارتفعت هذا العام رغم الوعود التي قطعتها الوزارة للمربين، وإن زيارة الوزير الأخيرة للإقليم لم تغير شيئًا.",
        "وفي مقر تعاونية \"تافوكت\" بجماعة مير اللفت، تقول رئيستها فاطمة آيت لحسن إن التعاونية كانت تعصر بذور الصبار وتبيع الزيت لشركات التجميل.",
        "وتؤكد آيت لحسن أن أربعين امرأة كن يعملن في التعاونية لم يبق منهن سوى ثماني.",
        "وفي جهة سوس ماسة المجاورة، يقول مصدّر زيت بذور الصبار كريم بلحاج إن الطلب الأوروبي على الزيت المغربي ما زال قويًا.",
        "ويرى بلحاج أن على التعاونيات الحصول على شهادة الإنتاج العضوي قبل أن تدخل السوق.");

    private static readonly Briefing Gold = Indexes.Briefing(
        "2026-12-16-gold",
        new DateOnly(2026, 12, 16),
        "يتوافد آلاف المنقبين عن الذهب على صحراء تازيازت في شمال موريتانيا كل شتاء.",
        "وفي حوار مع الموجز، سألنا الجيولوجي يحيى ولد الطالب، الأستاذ بجامعة نواكشوط العصرية، عن مستقبل التنقيب التقليدي، فأجاب بأن الذهب القريب من السطح يتناقص.",
        "وما الحل في رأيه؟ يرى الجيولوجي أن على الدولة أن تنشئ تعاونيات للمنقبين تجمع إنتاجهم وتشتري لهم معدات خالية من الزئبق.");

    private readonly PassageIndex _index = Indexes.Of(Cactus, Gold);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Cactus, Gold).Answer(new AnswerRequest(question));

    [Fact]
    public void A_title_the_first_passage_gives_its_speaker_is_answered_with_all_that_person_says()
    {
        var answer = Ask("ماذا قال بائع الهندية في سوق الأحد؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Cactus.Passages[1].Id, Cactus.Passages[2].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Fact]
    public void A_title_with_its_possessive_is_the_title_asked()
    {
        var answer = Ask("ماذا قالت رئيسة تعاونية تافوكت؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Cactus.Passages[4].Id, Cactus.Passages[5].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Theory]
    [InlineData("ماذا قال مصدر زيت بذور الصبار؟", "2027-01-01-cactus", 6, 7)]
    [InlineData("ماذا قال الجيولوجي عن تعاونيات المنقبين؟", "2026-12-16-gold", 1, 2)]
    public void A_profession_only_a_question_reads_as_a_title_is_the_one_the_passage_gives(string question, string briefing, int first, int second)
    {
        var passages = (briefing == Cactus.Id ? Cactus : Gold).Passages;

        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(new[] { passages[first].Id, passages[second].Id }.Order(), answer.Passages.Select(p => p.Passage.Id).Order());
    }

    [Fact]
    public void A_title_the_passage_gives_someone_else_is_not_its_speakers()
    {
        var answer = Ask("ماذا قال الوزير عن زيارة الإقليم؟");

        Assert.NotEqual(AnswerOutcome.SpeakerPassages, answer.Outcome);
    }
}
