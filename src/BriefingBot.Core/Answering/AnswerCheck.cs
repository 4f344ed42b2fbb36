using BriefingBot.Core.Answering.Checks;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answering;

/// <summary>Why a question was declined.</summary>
public enum DeclineReason
{
    /// <summary>The best passages cover too little of the question (<see cref="AnswerConfidence"/> under the tentative tier).</summary>
    LowCoverage,

    /// <summary>The question is to the bot itself («من أنت؟»، «شو اسمك؟»): no briefing is about it.</summary>
    AboutTheBot,

    /// <summary>The question names a place no briefing mentions.</summary>
    UnknownPlace,

    /// <summary>
    /// The question names a place the briefings mention, but none of the briefings its best passages come from: «ما آخر
    /// أخبار الانتخابات في فرنسا؟» answered from a briefing on Tunisia's elections that never names France.
    /// </summary>
    PlaceNotInAnswer,

    /// <summary>
    /// The question asks what someone said («ماذا قال ماكرون عن الأسعار؟») and names a person no briefing names: the
    /// passages it would get are what others said.
    /// </summary>
    UnknownSpeaker,

    /// <summary>
    /// The question asks what someone said whom the briefings name, but no passage shown names them: «ماذا قال البنك الدولي
    /// عن الانتخابات التونسية؟» answered with what others said of the elections.
    /// </summary>
    SpeakerNotInAnswer,

    /// <summary>
    /// The question asks what someone said of a subject («ماذا قالت خديجة بوزيان عن الحافلات؟») and none of their passages
    /// speaks of it: all they said is of other things.
    /// </summary>
    TopicNotSpoken,

    /// <summary>
    /// The question asks who holds an office («من هو وزير الصحة اللبناني؟») and the passages that name the office quote no
    /// one by name in it: they tell what the office did, not who holds it.
    /// </summary>
    HolderNotNamed,

    /// <summary>
    /// The question asks who heads a body («من يرأس صندوق الاستثمارات العامة؟») and the passages shown name a head only of
    /// another: «الرئيس التنفيذي لصندوق الريان»، «رئيس بعثة المفوضية».
    /// </summary>
    OfficeOfOtherBody,

    /// <summary>The question asks an attribute («عاصمة»، «تأسست») the briefings never use, or of a subject they never name.</summary>
    AttributeUnknown,

    /// <summary>
    /// The briefings use the attribute and name the subject, but never together: «سكان» in one passage, «مصر» in
    /// others. No passage gives the population of Egypt.
    /// </summary>
    AttributeNotOfSubject,

    /// <summary>The question asks for advice in the first person («كيف أطبخ …») with a verb the briefings never use.</summary>
    Advice,

    /// <summary>
    /// The question asks which thing is best («ما أفضل هاتف ذكي؟»، «شو أحسن مطعم مشاوي بعمان؟»), and no passage shown calls
    /// anything best: they tell of the things, not which to choose.
    /// </summary>
    NoneCalledBest,

    /// <summary>The question asks what something is, and no passage names it.</summary>
    NotDefined,

    /// <summary>The question asks the difference between two things, and no passage shown names both.</summary>
    NotCompared,

    /// <summary>
    /// The question asks the name of something («ما اسم الشركة الإماراتية التي …؟») the passages shown speak of only
    /// without one: «شركة إماراتية», a company the news leaves unnamed.
    /// </summary>
    NameNotGiven,

    /// <summary>The question asks for today's price or weather, or for tomorrow, and no passage speaks of that day.</summary>
    NotLive,

    /// <summary>
    /// The question names a day (a month, a weekday, a feast: «هل المترو مجاني يوم العيد؟») and no passage shown speaks of
    /// it: they answer of other days, or of none.
    /// </summary>
    DateNotInAnswer,

    /// <summary>
    /// The question asks how many or what of a thing whose name no briefing uses in any form: «كم عدد طلاب الصيدلة؟» where
    /// the briefings speak of students, never of pharmacy.
    /// </summary>
    UnknownThing,

    /// <summary>
    /// The question asks how much of a measured attribute («كم سعر عبوة الأنسولين؟»، «كم طول الشواطئ؟») and no passage
    /// shown gives a number in its units beside what is measured: «بأسعار ارتفعت بنسبة الثلث» says the price rose, not
    /// what it is.
    /// </summary>
    NoMeasure,

    /// <summary>The question asks how many, and no passage found gives a number.</summary>
    NoNumber,

    /// <summary>
    /// The question asks what something costs («كم تكلفة عملية القسطرة؟») and no passage shown gives a sum in a currency:
    /// «دفع تكاليفها من مدخرات عائلته» says who paid, not how much.
    /// </summary>
    NoSum,

    /// <summary>The question asks when, and no passage found gives a date or a time.</summary>
    NoTime,

    /// <summary>
    /// The question asks how many or when, and no passage shown gives a number (or a time) together with what the question
    /// counts and the places it names: «ما نسبة البطالة في مصر؟» answered by a passage with Morocco's unemployment, or one
    /// that names Egypt and another rate. A place the briefing is about (its title names it) need not be repeated.
    /// </summary>
    FactNotOfSubject,

    /// <summary>
    /// The question asks when something happened or will («متى بنيت قلعة حلب؟»), and no passage shown gives a time where it
    /// speaks of that happening: «عادت الأسواق إلى قلعة حلب في أكتوبر» dates something else.
    /// </summary>
    TimeNotOfEvent,

    /// <summary>
    /// The question asks when something happened the first time («متى افتتح المركز أول مرة؟») and no passage shown tells a
    /// first time or a beginning: «أعادت الوزارة افتتاح المركز يوم الأحد» dates the latest opening.
    /// </summary>
    FirstTimeNotTold,

    /// <summary>
    /// The question asks what something cost («كم تكلفة بطاريات التخزين؟») and the passages shown give sums only where they
    /// do not name it: «خمسة دولارات» for a kilogram of hydrogen is no cost of the pipeline project.
    /// </summary>
    SumNotOfSubject,

    /// <summary>
    /// The question asks who owns something («من يملك مطار النفيضة؟») and no passage shown says who owns it: «الذي تشغّله
    /// شركة تاف التركية» says who runs it.
    /// </summary>
    OwnerNotNamed,

    /// <summary>
    /// The question names a year («كم كان العجز عام 2023؟») and no passage shown speaks of it: they give the figure of
    /// another year.
    /// </summary>
    YearNotInAnswer,

    /// <summary>
    /// The question asks a number of a year («كم مسافرًا نقل القطار عام 2019؟») and the passages shown speak of that year
    /// only where they give no number: «نقل القطار هذا العام ثلاثة ملايين مسافر، … منذ تشغيله عام 2018» dates the line,
    /// not a count of 2018.
    /// </summary>
    FigureNotOfYear,

    /// <summary>
    /// The question asks of last season («كم كان سعر قنطار الصمغ في الموسم الماضي؟») and no passage shown speaks of it, by
    /// name or by the year before its briefing's: they give this season's figure.
    /// </summary>
    LastSeasonNotInAnswer,

    /// <summary>
    /// The question asks how many or how much by the day, the week or the month («كم سيارة تعبر الجسر يوميًا؟»، «كم يتقاضى
    /// العامل في الشهر؟») and no passage shown gives anything by that period: they give a total, a year's figure or a day's
    /// pay where a month's is asked.
    /// </summary>
    PeriodNotInAnswer,

    /// <summary>
    /// The question asks when something ends or is done («متى ينتهي بناء الطريق؟») and no passage shown says when anything
    /// ends: «الأشغال تبدأ في مايو» dates its beginning.
    /// </summary>
    EndNotTold,

    /// <summary>
    /// The question asks of a class of ticket or seat («كم سعر تذكرة درجة الأعمال؟») and no passage shown speaks of that
    /// class: they price another.
    /// </summary>
    ClassNotInAnswer,

    /// <summary>
    /// The question asks why something happened («لماذا اندلعت الحرب؟») and the passages shown that tell it tell it only
    /// as a given («منذ اندلاع الحرب … نزح …»): they are news of what followed it, not of its cause.
    /// </summary>
    CauseNotTold,

    /// <summary>
    /// The question asks the price of a thing («كم سعر لتر الحليب في السوق؟») and the passages shown price only other things:
    /// «كيس السكر … اثنين وثلاثين دولارًا».
    /// </summary>
    PriceNotOfThing,

    /// <summary>
    /// The question asks the rate of one currency against another («كم سعر الدينار العراقي مقابل الدولار؟») and no passage
    /// shown gives a number where it names both: they give sums in one of them, or in others.
    /// </summary>
    RateNotGiven,

    /// <summary>
    /// The question asks of a thing by its rank («متى تصل الشحنة الثانية؟») and the passages shown rank it only otherwise:
    /// «شحنتها الأولى».
    /// </summary>
    OtherRank,

    /// <summary>
    /// The question asks of a thing of one kind («ديون الصومال الداخلية»، «المدارس الحكومية») and the passages shown speak of
    /// it only as of the opposite kind: «ديونه الخارجية», «المدارس الخاصة».
    /// </summary>
    OtherKind,

    /// <summary>
    /// The question speaks of the asker's own life («كيف أحسب الزكاة على راتبي؟»، «عندي صداع»), and the passages that half
    /// match it come from several briefings: others' news, not the reader's case.
    /// </summary>
    AboutTheAsker,

    /// <summary>
    /// The question asks how many people live in a place («كم عدد سكان حماة؟») and no passage shown counts people there:
    /// «وخرج سكان في الناصرية إلى الشوارع» names the inhabitants without a number, «ثمانين في المئة من سكان المدينة» gives a
    /// share of them.
    /// </summary>
    PopulationNotGiven,
}

/// <summary>
/// Checks that the best passages can answer what the question asks for, not merely share its words: a question
/// made of the briefings' own words («كم عدد سكان مصر؟»، «ما علاج الملاريا؟») covers them as well as a fair
/// paraphrase does, and only what it asks for tells them apart. Each check is one rule (<see cref="DeclineReason"/>);
/// the first that fails declines the question, whatever its coverage.
/// </summary>
/// <remarks>The checks are the small classes of <c>Answering/Checks/</c>, judged here in order.</remarks>
public static class AnswerCheck
{
    /// <summary>How many of the best passages may hold the answer: the ones an answer shows.</summary>
    public const int Depth = 3;

    /// <summary>The checks of every question, in the order they are judged.</summary>
    private static readonly IAnswerCheck[] EveryQuestion =
    [
        new ToTheBotCheck(),
        new UnknownPlaceCheck(),
        new UnknownSpeakerCheck(),
        new SpeakerInAnswerCheck(),
        new AboutTheAskerCheck(),
        new PlaceInAnswerCheck(),
        new LiveCheck(),
        new AttributeCheck(),
        new PriceOfQualifiedThingCheck(),
        new RateOfCurrencyCheck(),
        new OfficeOfBodyCheck(),
        new GovernorCheck(),
        new UnknownThingCheck(),
        new AdviceCheck(),
        new PreferenceCheck(),
        new DefinedCheck(),
        new ComparedCheck(),
        new NameGivenCheck(),
        new NameOfThingCheck(),
        new KinNameCheck(),
        new DayCheck(),
        new YearCheck(),
        new LastSeasonCheck(),
        new ClassCheck(),
        new RankCheck(),
        new KindCheck(),
        new OwnerCheck(),
        new CauseCheck(),
        new UnknownAboutCheck(),
        new FactGivenCheck(),
    ];

    /// <summary>
    /// The checks of a question that expects a number or a time («كم …؟»، «متى …؟»), judged after the others: a question
    /// that may be answered by anything has no fact to find in the passages.
    /// </summary>
    private static readonly IAnswerCheck[] FactQuestions =
    [
        new SumOfSubjectCheck(),
        new PayOfANamedPersonCheck(),
        new CostOfANamedThingCheck(),
        new EventTimeCheck(),
        new FirstTimeCheck(),
        new TakingOfficeCheck(),
        new FactOfSubjectCheck(),
        new UncountedThingCheck(),
        new FigureOfYearCheck(),
        new LocusOfCountCheck(),
        new TimeInClauseCheck(),
        new EndCheck(),
        new PopulationCheck(),
        new RatePeriodCheck(),
    ];

    public static DeclineReason? Judge(QuestionShape shape, PassageSearchResult result, PassageIndex index)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(index);
        if (result.Hits.Count == 0)
        {
            return null;
        }

        var answer = new JudgedAnswer(shape, result, index);
        var declined = FirstDecline(EveryQuestion, answer);
        return declined is not null || shape.Expected == ExpectedAnswer.Any ? declined : FirstDecline(FactQuestions, answer);
    }

    /// <summary>The first check's decline, in order; null when none declines.</summary>
    private static DeclineReason? FirstDecline(IAnswerCheck[] checks, JudgedAnswer answer)
    {
        foreach (var check in checks)
        {
            if (check.Judge(answer) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }
}
