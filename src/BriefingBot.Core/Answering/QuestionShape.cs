using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>What kind of answer a question wants.</summary>
public enum ExpectedAnswer
{
    /// <summary>Anything: an explanation, an opinion, a yes or no.</summary>
    Any,

    /// <summary>A quantity: «كم …؟»، «ما عدد …؟»، «ما نسبة …؟».</summary>
    Number,

    /// <summary>A date or a time: «متى …؟»، «في أي عام …؟».</summary>
    Time,
}

/// <summary>
/// What a question asks for, read from its words before any search: the kind of answer, the general-knowledge
/// attribute it asks of its subject (the capital, the population, the founding …) with the words that name that
/// subject, the present-moment value it asks for (today's price, tomorrow's weather) and the places it names.
/// These are the parts a passage must answer; matching the rest of the question's words is not answering it.
/// </summary>
public sealed partial record QuestionShape(
    ExpectedAnswer Expected,
    string? Attribute,
    IReadOnlyList<string> Subject,
    string? NowWord,
    IReadOnlyList<string> Places)
{
    public static readonly QuestionShape None = new(ExpectedAnswer.Any, null, [], null, []);

    /// <summary>
    /// The first-person verb of a request for advice («كيف أطبخ …»، «أن أنام»): nothing a news briefing answers when
    /// the briefings never use the verb.
    /// </summary>
    public string? AdviceVerb { get; init; }

    /// <summary>
    /// What a short definition question asks to define («ما هو الذكاء الاصطناعي؟»، «ما هو صندوق النقد الدولي؟»): at most
    /// <see cref="MaxDefined"/> words, a term with its qualifiers («الذكاء الاصطناعي التوليدي» is not «الذكاء الاصطناعي»).
    /// </summary>
    public IReadOnlyList<string> Defined { get; init; } = [];

    /// <summary>The two things a question asks the difference between («ما الفرق بين الدولار واليورو؟»).</summary>
    public IReadOnlyList<string> Compared { get; init; } = [];

    /// <summary>
    /// The days the question names for when something happens: a month, a weekday, a feast («يوم العيد»، «في رمضان»،
    /// «في تموز»). A passage answers it only where it speaks of that day.
    /// </summary>
    public IReadOnlyList<string> Dates { get; init; } = [];

    /// <summary>
    /// The words after the question's focus that say what it is about («ما أسباب ثقب الأوزون؟»: «ثقب الأوزون»), without
    /// question words and the fillers that frame a question.
    /// </summary>
    public IReadOnlyList<string> About { get; init; } = [];

    /// <summary>Who the question asks what they said («ماذا قال ماكرون؟»): the word after the word of saying.</summary>
    public string? SaidBy { get; init; }

    /// <summary>
    /// The words naming who the question asks what they said, <see cref="SaidBy"/> first, up to a preposition or question
    /// word («ماذا قال عبد المجيد تبون عن …» → «عبد المجيد تبون»), at most <see cref="MaxNameWords"/>.
    /// </summary>
    public IReadOnlyList<string> SaidByName { get; init; } = [];

    /// <summary>
    /// What the question asks they said it about: the words after the preposition that ends <see cref="SaidByName"/>
    /// («ماذا قال البنك الدولي عن الانتخابات التونسية؟» → «الانتخابات التونسية»), without question and frame words.
    /// </summary>
    public IReadOnlyList<string> SaidAbout { get; init; } = [];

    /// <summary>
    /// The words of the clause that describes the person asked of after its verb, when <see cref="SaidByName"/> is that verb
    /// («وش قال الرجال اللي جاي من البريمي؟» → «البريمي»; <see cref="DescriptionAfterTheRun"/>): where they come from, what
    /// they have or do it to, which the passage tells in its own verb («القادم من ولاية البريمي»).
    /// </summary>
    public IReadOnlyList<string> SaidByClause { get; init; } = [];

    /// <summary>
    /// Whether <see cref="SaidAbout"/> follows «في» right after the name run, in a question that does not ask an opinion:
    /// «شو قال الدليل السياحي في ولاتة؟» says where the guide works, not what he spoke of (<see cref="SaidAboutIn"/>).
    /// </summary>
    public bool SaidWhere { get; init; }

    /// <summary>
    /// Whether the question asks who holds the office it names («من هو وزير الصحة اللبناني؟»، «مين رئيس الغرفة؟»): the
    /// <see cref="Attribute"/> is an office and the question opens with «من/مين».
    /// </summary>
    public bool AsksHolder { get; init; }

    /// <summary>
    /// Whether the question asks who the governor of a Maghreb province is («من هو والي صفاقس؟»، «ما اسم والي ورقلة؟»): the
    /// office «والي» is no attribute the other rules read, as its folded letters are also those of «وإلى».
    /// </summary>
    public bool AsksGovernor { get; init; }

    /// <summary>
    /// Whether <see cref="Attribute"/> is not one of the question's words but the office its verb of heading names («من
    /// يرأس الهيئة؟»: «رئيس»), so its term is looked up in the index rather than among the question's.
    /// </summary>
    public bool AttributeImplied { get; init; }

    /// <summary>
    /// What a when-question asks the time of: the verb right after «متى» («متى بنيت قلعة حلب؟»: «بنيت»). Null for other
    /// questions, and when a noun follows («متى الانتخابات؟»، «ما موعد …؟»).
    /// </summary>
    public string? Event { get; init; }

    /// <summary>
    /// What a why-question asks the cause of: the verb right after «لماذا» («لماذا اندلعت الحرب؟»: «اندلعت»). Null for other
    /// questions, and when a noun follows («لماذا الأعداد أكبر؟»).
    /// </summary>
    public string? Caused { get; init; }

    /// <summary>
    /// The years the question names in digits («كم كان العجز عام 2023؟»): the figure of another year is no answer.
    /// </summary>
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>
    /// The year the question names relative to when it is asked: −1 for «العام الماضي»، «السنة الماضية», +1 for «العام
    /// المقبل»، «السنة القادمة»; null otherwise. A briefing is read near its date, so it is counted from that date.
    /// </summary>
    public int? RelativeYear { get; init; }

    /// <summary>
    /// Whether the question asks of last season («كم كان سعر القنطار في الموسم الماضي؟»، «الموسم السابق»): this season's
    /// figure is no answer.
    /// </summary>
    public bool AsksLastSeason { get; init; }

    /// <summary>
    /// Whether a when-question asks the first time something happened («متى افتتح المركز أول مرة؟»، «متى نُظم المهرجان لأول
    /// مرة؟»): see <see cref="Checks.FirstTime"/>.
    /// </summary>
    public bool AsksFirstTime { get; init; }

    /// <summary>
    /// The period a rate is asked by («يوميًا»، «في الشهر»، «أسبوعيًا»): the answer gives the amount by it
    /// (<see cref="Checks.RatePeriodCheck"/>).
    /// </summary>
    internal Checks.RatePeriod? RatePeriod { get; init; }

    /// <summary>
    /// The class of a ticket or a seat the question asks of («تذكرة الدرجة الأولى»، «درجة الأعمال»), without the article:
    /// a price of another class is no answer.
    /// </summary>
    public IReadOnlyList<string> Tier { get; init; } = [];

    /// <summary>
    /// The superlative of preference a question asks by («ما أفضل هاتف ذكي؟»، «شو أحسن مطعم …؟»، «وين أحلى شط …؟»، «ما أشهر
    /// الأطباق …؟»: <see cref="FactWords.Preferences"/>), right after its question words: it asks which is best, a
    /// recommendation. Null for any other question.
    /// </summary>
    public string? Preference { get; init; }

    /// <summary>
    /// Things the question asks of by their kind (<see cref="FactWords.OpposedKinds"/>): the kind of a definite adjective
    /// («الداخلية» in «كم تبلغ ديون الصومال الداخلية؟»: «داخلي») and the one or two words before it it may qualify («ديون»،
    /// «الصومال»). Empty when the question names none, or names a kind with its opposite («هل صارت الخضار المحلية أرخص من
    /// الأجنبية؟» compares them).
    /// </summary>
    public IReadOnlyList<(IReadOnlyList<string> Nouns, string Kind)> Kinds { get; init; } = [];

    /// <summary>
    /// A thing the question asks of by its rank («الشحنة الثانية»، «ثاني شحنة»): the noun and the rank (1 for the first, 2 for
    /// the second …). Null when the question ranks nothing, or ranks a class of ticket (<see cref="Tier"/>).
    /// </summary>
    public (string Noun, int Rank)? Ranked { get; init; }

    /// <summary>Whether the question speaks of the asker's own life («كيف أحسب الزكاة على راتبي؟»، «عندي صداع»).</summary>
    public bool AboutTheAsker { get; init; }

    /// <summary>
    /// Whether the question asks how the asker themselves may do something, a how-word right before a verb in the first
    /// person: «كيف أفتح حساب بنكي؟»، «شلون أسوي مجبوس؟», and in the chat's own first persons, «كيف بعمل منسف» (the Levant's
    /// «ب»), «كيفاش نطيب الكسكس» (the Maghreb's «ن»). A recipe or a how-to of one's own, not news.
    /// </summary>
    public bool AsksHowToDo { get; init; }

    /// <summary>The rank an ordinal says, after its noun («الثانية») or before it («ثاني»); null for any other word.</summary>
    internal static int? RankAfter(string word) => FactWords.OrdinalsAfter.TryGetValue(word, out var rank) ? rank : null;

    internal static int? RankBefore(string word) => FactWords.OrdinalsBefore.TryGetValue(word, out var rank) ? rank : null;

    private static (string Noun, int Rank)? RankedIn(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (noun, rank) = RankAfter(words[i + 1]) is { } after ? (words[i], after)
                : RankBefore(words[i]) is { } before ? (words[i + 1], before)
                : (null, 0);
            if (noun is not null && noun.Length >= 3 && !ArabicWordForms.AnyIn(noun, FactWords.TierNouns) && !FactWords.Leads.Contains(noun)
                && RankAfter(noun) is null && RankBefore(noun) is null)
            {
                return (noun, rank);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the question asks who owns something («من يملك الميناء؟»، «مين مالك الشركة؟»): <see cref="About"/> names what.
    /// </summary>
    public bool AsksOwner { get; init; }

    /// <summary>
    /// Whether a how-much word with «ب» of price leads the question («بكم …؟»، «بشحال …؟»، «بقداش …؟»، «بكام …؟»): with a verb
    /// of selling or buying after it, it asks a sum of money (<see cref="FactWords.SaleVerbs"/>).
    /// </summary>
    public bool ByPrice { get; init; }

    /// <summary>
    /// The name of the place a how-many question asks in, by a kind and a name after «في» («كم مركزًا لشراء التبغ في محافظة
    /// طرطوس؟»، «كم غرفة في بيت النوخذة …؟»: «طرطوس»، «النوخذة»).
    /// </summary>
    public IReadOnlyList<string> Locus { get; init; } = [];

    /// <summary>
    /// The name of the thing a how-much question asks of, when it names it by a kind and a name after the how-much word
    /// («كم كلف بناء جسر صالح باي؟»، «كم كلف حفر نفق شوم؟»: «صالح»، «شوم»): the name says which one of the kind.
    /// </summary>
    public IReadOnlyList<string> NamedThing { get; init; } = [];

    /// <summary>
    /// The two currencies a question asks the rate of, one against the other («كم سعر الدينار العراقي مقابل الدولار؟»، «كم
    /// سعر صرف الأورو بالدرهم؟»): the currency priced first, then the one it is priced in, each as the forms it is written
    /// in (<see cref="FactWords.CurrencyNames"/>). Empty when the question names no two currencies so.
    /// </summary>
    public IReadOnlyList<IReadOnlySet<string>> Exchanged { get; init; } = [];

    /// <summary>
    /// Whether the question asks how many people live in a place («كم عدد سكان حماة؟»، «ما عدد سكان الحي القديم؟»): «عدد»
    /// right before the inhabitants (<see cref="FactWords.Inhabitants"/>). A share of them («نسبة سكان …») is asked in per
    /// cent, and is not this.
    /// </summary>
    public bool AsksPopulation { get; init; }

    /// <summary>Whether the question is to the bot itself («من أنت؟»، «هل أنت إنسان أم برنامج؟»، «شو اسمك؟»).</summary>
    public bool ToTheBot { get; init; }

    /// <summary>The longest name <see cref="SaidByName"/> takes: a given name, a father's, a compound surname.</summary>
    private const int MaxNameWords = 4;

    /// <summary>The value that changes by the hour a question asks for today («سعر»، «الحرارة»), with <see cref="NowWord"/>.</summary>
    public string? LiveValue { get; init; }

    /// <summary>
    /// What <see cref="LiveValue"/> is asked of: the first word after it that is no word of time or preposition («الدولار»
    /// in «كم سعر الدولار اليوم؟», «الرياض» in «كم درجة الحرارة في الرياض اليوم؟»); null when nothing follows.
    /// </summary>
    public string? LiveSubject { get; init; }

    /// <summary>
    /// What a how-many question or an attribute asks of: its focus and the definite words of its construct after it
    /// («غرامة التدخين»، «طلاب الصيدلة»، «العمال الوافدين»), up to the first word without the article. Empty for other
    /// questions.
    /// </summary>
    public IReadOnlyList<string> Asked { get; init; } = [];

    /// <summary>
    /// The word of <see cref="Asked"/> right after <paramref name="word"/>, which says which of them is asked («العمال
    /// الوافدين»: «الوافدين»); null when <paramref name="word"/> is not asked or is the construct's last word.
    /// </summary>
    public string? QualifierOf(string word)
    {
        for (var i = 0; i + 1 < Asked.Count; i++)
        {
            if (Asked[i] == word)
            {
                return Asked[i + 1];
            }
        }

        return null;
    }

    /// <summary>
    /// What a question that names a year («كم كان سعر الضمان عام 2020؟»، «… العام الماضي») asks of in it: its words from the
    /// focus on, without question words, prepositions, frame words, and the year with its noun. Empty for a question
    /// naming no year.
    /// </summary>
    public IReadOnlyList<string> Dated { get; init; } = [];

    /// <summary>
    /// What a how-many question counts: the noun after «كم» («كم مصنعًا»، «كم ساعة»: the accusative's «ا» taken off) or after
    /// «عدد/نسبة» and the verbs of amount («عدد النازحين»، «كم تبلغ ديون …»), and, after a unit of weight or volume, the
    /// thing measured («كم طنًا من الذهب»، «كم برميل نفط»). Empty when a verb follows the question words («كم ارتفع …»، «بأي
    /// نسبة قللت …»).
    /// </summary>
    public IReadOnlyList<string> Counted { get; init; } = [];

    /// <summary>
    /// Whether <see cref="Counted"/> is a thing counted by itself: right after «كم» («كم مهندسًا»، «كم شاحنة») or «عدد» («كم
    /// عدد المطاعم»), not a share («ما نسبة …») or an amount a light verb asks («كم تبلغ أصول …»، «كم بلغت الملوحة»), which
    /// a passage gives as a measure or a sum without counting anything.
    /// </summary>
    public bool CountsThings { get; init; }

    /// <summary>
    /// The good a how-much question asks a land's trade or produce of: after a verb or noun of trade
    /// (<see cref="FactWords.TradeWords"/>), the word after «من» («كم تصدر مصر من البرتقال؟»: «البرتقال»; «كم يبلغ إنتاج حماة
    /// من المشمش؟»: «المشمش»). Null for other questions, and when «من» names a place («كم تستورد مصر من روسيا؟»).
    /// </summary>
    public string? Goods { get; init; }

    /// <summary>
    /// What a «متى» question asks the beginning of: after a verb of beginning (<see cref="FactWords.BeginningVerbs"/>), the
    /// noun and its construct up to a preposition («في»، «من»، «عبر» …), a place, a time («هذا العام») or a word of coming («متى بدأ حفر قناة السويس؟»: «حفر قناه
    /// السويس»; «متى تبدأ امتحانات البكالوريا في تونس؟»: «امتحانات البكالوريا»). Empty when a verb follows it («متى بدأت
    /// أرض الصومال تتداول …» is read up to the place) or for other questions.
    /// </summary>
    public IReadOnlyList<string> Begun { get; init; } = [];

    /// <summary>
    /// Where a headcount asked is counted: after workers, employees or students (<see cref="FactWords.Staff"/>), the words
    /// after «في» («كم عدد العاملين في محطة الخنق؟»، «كم موظفًا يعمل في مطار النفيضة؟») or after the people in construct
    /// («كم عدد موظفي شركة هرمود؟»), places aside (the place rule reads them). Empty for other questions.
    /// </summary>
    public IReadOnlyList<string> Workplace { get; init; } = [];

    /// <summary>
    /// The thing whose name the question asks and the place it is from, without their article: «ما اسم الشركة الإماراتية
    /// …» and «ما هي الشركة الفرنسية التي …» ask which company («شركه»، «فرنسيه»), «أي شريك دنماركي …» which partner.
    /// Empty when the question asks no name, or names no place the thing is from.
    /// </summary>
    public IReadOnlyList<string> NameAsked { get; init; } = [];

    /// <summary>
    /// The noun whose name «ما اسم» asks, without its article («ما اسم زميل عثمان؟»: «زميل»; «ما اسم المهندس الذي …»:
    /// «مهندس»), when it is no office (<see cref="AsksHolder"/>) and no thing of a place (<see cref="NameAsked"/>).
    /// </summary>
    public string? NamedAsked { get; init; }

    /// <summary>
    /// Proper names of places the question gives after a kind of place («ميناء جبل علي»، «مخيم الهول»): the word after the
    /// kind without its article. A briefing that never uses it cannot be about that place.
    /// </summary>
    public IReadOnlyList<string> PlaceNames { get; init; } = [];

    /// <summary>
    /// The capitals the question names as a government that acts («متى حظرت الرباط …؟»، «ماذا قررت دمشق …؟»): right after
    /// the question's first verb, one agreeing with a city (feminine: «حظرت»، «تنفق»). News tells what the government did
    /// («وقررت الحكومة …») in a briefing about its country, so the country's name or adjective names the capital asked.
    /// </summary>
    public IReadOnlyList<string> Governments { get; init; } = [];

    /// <summary>
    /// Places the question names in two or three words («الولايات المتحدة»، «جنوب السودان»: <see cref="Gazetteer.Compounds"/>),
    /// whose words are not read as <see cref="Places"/>.
    /// </summary>
    internal IReadOnlyList<Compound> Compounds { get; init; } = [];

    /// <summary>
    /// The <see cref="Places"/> the question names as where someone comes from or goes to, or whom something is with
    /// («كم سائحًا جاء من تونس؟»: <see cref="FactWords.PlaceRelations"/>), not as where the news happens.
    /// </summary>
    public IReadOnlyList<string> RelatedPlaces { get; init; } = [];

    /// <summary>
    /// Whether the place word at <paramref name="at"/> follows a word of <see cref="FactWords.PlaceRelations"/>, through a
    /// list of places before it («من إيطاليا وفرنسا وتونس»), or carries «ل» («للصين»).
    /// </summary>
    internal static bool Related(IReadOnlyList<string> words, int at)
    {
        // «للصين»، «لإيطاليا»: the preposition written on the place says where something goes («لبنان» is a place itself).
        if (words[at].Length > 3 && words[at][0] == 'ل' && !Gazetteer.Places.Contains(words[at]) && !Gazetteer.IsAdjectiveOfPlace(words[at]))
        {
            return true;
        }

        var before = at - 1;
        while (before >= 0 && (ArabicWordForms.AnyIn(words[before], Gazetteer.Places) || Gazetteer.IsAdjectiveOfPlace(words[before])))
        {
            before--;
        }

        return before >= 0 && FactWords.PlaceRelations.Contains(words[before]);
    }

    public static QuestionShape Of(string question) => Of(question, claimWithoutThat: false);

    /// <summary>
    /// The shape of <paramref name="question"/>; with <paramref name="claimWithoutThat"/>, a who-said question without «إن»
    /// («مين قال الطين أحسن من الإسمنت؟») read as one with it: the words after the verb are what was said, not a name the
    /// answer must hold (<see cref="SpeakerQuestion.AsksWhoSaidWithoutThat"/>).
    /// </summary>
    public static QuestionShape Of(string question, bool claimWithoutThat)
    {
        ArgumentNullException.ThrowIfNull(question);
        var words = ArabicText.FoldedWords(question).Where(w => w.Any(ArabicText.IsArabicLetter)).ToList();
        if (words.Count == 0)
        {
            return None;
        }

        var expected = ExpectedAnswer.Any;
        var focus = 0;
        while (focus < words.Count && (ArabicWordForms.AnyIn(words[focus], FactWords.Leads) || PastLightVerb(words, focus, expected)))
        {
            var lead = words[focus];
            if (ArabicWordForms.AnyIn(lead, FactWords.AsksNumber))
            {
                expected = ExpectedAnswer.Number;
            }
            else if (ArabicWordForms.AnyIn(lead, FactWords.AsksTime))
            {
                expected = ExpectedAnswer.Time;
            }

            focus++;
            // «في أي عام/يوم …»: the unit after «أي» asks when.
            if (lead == "اي" && focus < words.Count && ArabicWordForms.AnyIn(words[focus], FactWords.TimeUnits))
            {
                expected = ExpectedAnswer.Time;
                focus++;
            }
        }

        // «في أي جامعة درس …؟»: the school is how the answer is given; the verb of studying is what is asked.
        if (focus + 1 < words.Count && focus > 0 && words[focus - 1] == "اي" && FactWords.Schools.Contains(words[focus])
            && ArabicWordForms.AnyIn(words[focus + 1], FactWords.Attributes))
        {
            focus++;
        }

        // «ما موعد …؟»: the focus itself asks when.
        if (focus < words.Count && ArabicWordForms.AnyIn(words[focus], FactWords.TimeNouns))
        {
            expected = ExpectedAnswer.Time;
        }

        string? attribute = null;
        var implied = false;
        // What an attribute is asked of: the words after the focus, whether the focus is the attribute or a verb naming it.
        var after = words.Skip(focus + 1).Where(w => !ArabicWordForms.AnyIn(w, FactWords.Leads) && !ArabicWordForms.AnyIn(w, FactWords.Now)).ToList();
        if (focus < words.Count && ArabicWordForms.AnyIn(words[focus], FactWords.Attributes))
        {
            attribute = words[focus];
        }
        else if (focus < words.Count && FactWords.AsksWho.Contains(words[0]) && FactWords.HeadingVerbs.TryGetValue(words[focus], out var office))
        {
            // «من يرأس الهيئة؟» asks the holder of «رئيس الهيئة» as «من هو رئيس الهيئة؟» does: the verb of heading is read as
            // its office, so that the passages must name the office with its subject and someone holding it. A ministry is
            // headed by its minister: «من يرأس وزارة الأشغال؟» is answered by «وزير الأشغال».
            attribute = after is [var body, ..] && ArabicWordForms.AnyIn(body, Ministry) ? ArabicText.Fold("وزير") : office;
            implied = true;
        }
        else if (focus < words.Count && FactWords.AsksWho.Contains(words[0]) && FactWords.WinningVerbs.Contains(words[focus]))
        {
            // «شكون ربح الدوري؟» asks the winner as «من فاز بالدوري؟» does: the passages must say «فاز» of what was won, not only
            // match «أرباح» or «نربح» in a trader's words.
            attribute = ArabicText.Fold("فاز");
            implied = true;
        }

        IReadOnlyList<string> subject = attribute is null ? [] : after;

        var live = words.FirstOrDefault(w => ArabicWordForms.AnyIn(w, FactWords.LiveValues));
        var now = live is not null
            ? words.FirstOrDefault(w => ArabicWordForms.AnyIn(w, FactWords.Now))
            : words.FirstOrDefault(w => ArabicWordForms.AnyIn(w, FactWords.Tomorrow));

        // A word of a compound name is no place of its own: «السودان» in «جنوب السودان» is another country.
        var compounds = Gazetteer.CompoundsIn(words).ToList();
        var inCompound = compounds.SelectMany(c => Enumerable.Range(c.At, c.Place.Words.Count)).ToHashSet();
        var places = words.Where((w, i) => !inCompound.Contains(i) && (ArabicWordForms.AnyIn(w, Gazetteer.Places) || Gazetteer.IsAdjectiveOfPlace(w))).ToList();
        // «ما معنى التضخم؟»: the lead of the definition may be the focus itself, and «كلمة / مصطلح» after it only says the
        // term is a word.
        var definedAt = focus < words.Count && ArabicWordForms.AnyIn(words[focus], FactWords.DefinitionFocus) ? focus + 1 : focus;
        while (definedAt > focus && definedAt < words.Count && ArabicWordForms.AnyIn(words[definedAt], FactWords.WordNouns))
        {
            definedAt++;
        }

        var defined = attribute is null && definedAt > 0 && words.Take(definedAt).Any(w => ArabicWordForms.AnyIn(w, FactWords.DefinitionLeads)) && words.Count - definedAt is >= 1 and <= MaxDefined
            ? DefinedTerm(words.Skip(definedAt).SkipWhile((w, i) => i == 0 && words.Count - definedAt > 1 && ArabicWordForms.AnyIn(w, FactWords.Occupations)).ToList())
            : [];
        // «ما الهدف الذي حددته رؤية 2030 …؟»: a vision with a year is a plan's name (Saudi Arabia's, Oman's «رؤية 2040»), not
        // someone's view asked for.
        var namesPlan = NamesAPlan(ArabicText.FoldedWords(question));
        // «مين اللي قال إن الجبل يعرف حجارته؟» names no one: the words after «إن» are what was said (SpeakerQuestion's rule
        // «who said it, as chat asks»), which the passage that says them answers, not a person the passages must name.
        var asksWhoSaid = claimWithoutThat || SpeakerQuestion.AsksWhoSaidAClaim(question);
        var saidByName = namesPlan || asksWhoSaid ? [] : SaidByNameIn(words);
        // «ما اسم مدير المخيم؟» asks who holds the office as «من هو مدير المخيم؟» does.
        var asksWhoHolds = FactWords.AsksWho.Contains(words[0]) || words.Take(focus).Contains("اسم");
        return new QuestionShape(expected, attribute, subject, now, places)
        {
            AdviceVerb = AdviceVerbIn(words),
            Defined = defined,
            Compared = ComparedIn(words),
            Dates = DatesIn(words),
            LiveValue = now is null ? null : live,
            LiveSubject = now is null || live is null ? null : LiveSubjectIn(words, live),
            SaidBy = namesPlan || asksWhoSaid ? null : SaidByIn(words),
            SaidByName = saidByName,
            SaidAbout = SaidAboutIn(words, saidByName),
            SaidByClause = saidByName.Count == 0 ? [] : DescribingClauseIn(words),
            SaidWhere = SaidWhereIn(words, saidByName),
            // The word itself or after «و»: «كانت»، «بانت» are no «أنت» under a preposition.
            ToTheBot = SaysAnyOf(words, FactWords.ToTheBot, "و")
                // «السلام» alone is as likely the peace a briefing speaks of.
                || words.All(FactWords.Greetings.Contains) && words is not ["السلام"],
            AttributeImplied = implied,
            Event = expected == ExpectedAnswer.Time && focus > 0 && focus < words.Count && ArabicWordForms.AnyIn(words[focus - 1], FactWords.AsksTime)
                && !Definite(words[focus]) && !FactWords.Prepositions.Contains(words[focus]) && !ArabicWordForms.AnyIn(words[focus], FactWords.TimeNouns)
                ? words[focus] : null,
            Caused = focus > 0 && focus < words.Count && FactWords.AsksWhy.Contains(words[focus - 1])
                && !Definite(words[focus]) && !FactWords.Prepositions.Contains(words[focus])
                ? words[focus] : null,
            AsksGovernor = asksWhoHolds && focus < words.Count && words[focus] is "والي" or "الوالي",
            AsksHolder = attribute is not null && asksWhoHolds && ArabicWordForms.AnyIn(attribute, FactWords.Offices),
            About = words.Skip(focus + 1).Where(w => !ArabicWordForms.AnyIn(w, FactWords.Leads) && !FactWords.Prepositions.Contains(w) && !QuestionFrameWords.Contains(w)).ToList(),
            Asked = expected == ExpectedAnswer.Number || attribute is not null ? AskedFrom(words, focus) : [],
            Counted = expected == ExpectedAnswer.Number ? CountedFrom(words, focus) : [],
            CountsThings = expected == ExpectedAnswer.Number && focus > 0 && focus < words.Count && CountedAfterLead(words, focus),
            Goods = expected == ExpectedAnswer.Number ? GoodsAfter(words, focus) : null,
            Workplace = expected == ExpectedAnswer.Number ? WorkplaceIn(words) : [],
            Begun = expected == ExpectedAnswer.Time ? BegunIn(words, focus) : [],
            NameAsked = expected == ExpectedAnswer.Any ? NameAskedIn(words, focus) : [],
            // «ما اسم زميله …؟»، «ما اسم المهندس الذي …؟»: the noun whose name is asked, without its article; «ما أسماء
            // الشركات التي …؟» asks the names of several, given as a list after the noun as one name is.
            NamedAsked = attribute is null && expected == ExpectedAnswer.Any && focus > 0 && words[focus - 1] is "اسم" or "اسماء" && focus < words.Count
                && !ArabicWordForms.AnyIn(words[focus], FactWords.Offices) && !(focus + 1 < words.Count && Gazetteer.IsAdjectiveOfPlace(words[focus + 1]))
                ? Bare(words[focus]) : null,
            PlaceNames = PlaceNamesIn(words),
            Governments = GovernmentsIn(words),
            Years = YearsIn(question),
            RelativeYear = RelativeYearIn(words),
            AsksLastSeason = SaysLastSeason(words),
            AsksFirstTime = expected == ExpectedAnswer.Time && Checks.FirstTime.Said(words),
            // Read from every word, digits too: «في العام 2025» names a year, not a rate.
            RatePeriod = Checks.RatePeriods.In(ArabicText.FoldedWords(question)),
            AsksPopulation = focus > 0 && focus < words.Count && words[focus - 1] == "عدد" && ArabicWordForms.AnyIn(words[focus], FactWords.Inhabitants),
            Dated = YearsIn(question).Count > 0 || RelativeYearIn(words) is not null ? DatedIn(words, focus) : [],
            Tier = TierIn(words),
            Ranked = RankedIn(words),
            Kinds = KindsIn(words),
            Preference = focus > 0 && focus < words.Count && ArabicWordForms.AnyIn(words[focus], FactWords.Preferences) ? words[focus] : null,
            AboutTheAsker = SaysAnyOf(words, FactWords.AskersOwn, "ول"),
            AsksHowToDo = AsksHowToDoIn(words),
            // «لمن تعود ملكية المطار؟» asks the owner as «من يملك المطار؟» does.
            Locus = expected == ExpectedAnswer.Number ? LocusIn(words, focus) : [],
            NamedThing = expected == ExpectedAnswer.Number ? NamedThingIn(words, focus) : [],
            Exchanged = ExchangedIn(words),
            ByPrice = words.Take(focus).Any(w => w.Length > 2 && w[0] == 'ب' && FactWords.AsksNumber.Contains(w[1..])),
            AsksOwner = FactWords.AsksWho.Contains(words[0]) && focus < words.Count && ArabicWordForms.AnyIn(words[focus], FactWords.Owning)
                || words[0] == "لمن" && words.Contains("ملكيه"),
            Compounds = compounds.Select(c => c.Place).Distinct().ToList(),
            // «كم تبعد بغداد عن العقبة؟»: the places of a distance are its ends, not where its news happens («من العقبة إلى بغداد»).
            RelatedPlaces = words.Any(w => ArabicWordForms.AnyIn(w, FactWords.DistanceVerbs))
                ? places
                : places.Where(p => words.Select((w, i) => (w, i)).Any(x => x.w == p && Related(words, x.i))).ToList(),
        };
    }

    /// <summary>
    /// Numbers of four digits from 1900 to 2099 (in Latin or Arabic-Indic digits) after a word of time («عام 2023»، «في
    /// 2023»، «منذ 2019»): the years a question names as when its figure holds. A year right after a noun is part of a name
    /// («مونديال 2030»، «رؤية 2030»).
    /// </summary>
    private static IReadOnlyList<int> YearsIn(string question)
    {
        var tokens = question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var years = new List<int>();
        for (var i = 1; i < tokens.Length; i++)
        {
            var digits = YearPattern().Match(tokens[i]);
            if (!digits.Success || !YearLeads.Contains(ArabicText.Fold(tokens[i - 1])))
            {
                continue;
            }

            var year = (int)digits.Value.Aggregate(0L, (n, c) => (n * 10) + (long)char.GetNumericValue(c));
            if (year is >= 1900 and <= 2099 && !years.Contains(year))
            {
                years.Add(year);
            }
        }

        return years;
    }

    private static readonly IReadOnlySet<string> YearLeads = new[] { "عام", "العام", "لعام", "بعام", "وعام", "سنة", "السنة", "لسنة", "بسنة", "في", "خلال", "منذ", "حتى", "قبل", "بعد" }
        .Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex YearPattern();

    /// <summary>The words of a question naming a year that say what the year is asked of (<see cref="Dated"/>).</summary>
    private static List<string> DatedIn(IReadOnlyList<string> words, int focus) =>
        words.Skip(focus).Where(w => !w.Any(char.IsDigit) && !ArabicWordForms.AnyIn(w, FactWords.Leads) && !FactWords.Prepositions.Contains(w)
            && !QuestionFrameWords.Contains(w) && !YearLeads.Contains(w) && !FactWords.YearAsked.Last.Contains(w) && !FactWords.YearAsked.Next.Contains(w)).ToList();

    /// <summary>Whether the words say «الموسم» with «الماضي/السابق …» after it: the season before the one they are dated in.</summary>
    internal static bool SaysLastSeason(IReadOnlyList<string> words) =>
        Enumerable.Range(0, Math.Max(words.Count - 1, 0)).Any(i => FactWords.SeasonNouns.Contains(words[i]) && FactWords.YearWritten.Last.Contains(words[i + 1]));

    /// <summary>«العام/السنة» and «الماضي/المقبل …» after it: the year before or after the one the question is asked in.</summary>
    private static int? RelativeYearIn(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!FactWords.YearAsked.Nouns.Contains(words[i]))
            {
                continue;
            }

            if (FactWords.YearAsked.Last.Contains(words[i + 1]))
            {
                return -1;
            }

            if (FactWords.YearAsked.Next.Contains(words[i + 1]))
            {
                return 1;
            }
        }

        return null;
    }

    /// <summary>
    /// The things the question asks of by their kind (<see cref="Kinds"/>), unless it names a kind with its opposite.
    /// </summary>
    private static IReadOnlyList<(IReadOnlyList<string> Nouns, string Kind)> KindsIn(List<string> words)
    {
        var kinds = words.Select((w, i) => (At: i, Kind: i > 0 && Definite(w) ? KindOf(w) : null)).Where(k => k.Kind is not null).ToList();
        var named = kinds.Select(k => k.Kind!).ToHashSet(StringComparer.Ordinal);
        return kinds.Where(k => !FactWords.OpposedKinds[k.Kind!].Overlaps(named))
            .Select(k => ((IReadOnlyList<string>)words.Skip(Math.Max(0, k.At - 2)).Take(k.At - Math.Max(0, k.At - 2))
                .Where(w => w.Length >= 3 && KindOf(w) is null && !ArabicWordForms.AnyIn(w, FactWords.Leads) && !FactWords.Prepositions.Contains(w) && !QuestionFrameWords.Contains(w))
                .ToList(), k.Kind!))
            .Where(k => k.Item1.Count > 0)
            .ToList();
    }

    /// <summary>
    /// The kind an adjective names (<see cref="FactWords.OpposedKinds"/>), through its clitics, feminine and plurals
    /// («الحكومية»، «الحكوميين»، «خارجية»: «حكومي»، «خارجي»); null for any other word.
    /// </summary>
    internal static string? KindOf(string folded)
    {
        foreach (var reading in ArabicWordForms.Readings(folded))
        {
            var bare = reading.Length > 3 && reading[^1] == 'ه' ? reading[..^1]
                : reading.Length > 4 && reading[^3] == 'ي' && (reading.EndsWith("ين", StringComparison.Ordinal) || reading.EndsWith("ون", StringComparison.Ordinal) || reading.EndsWith("ات", StringComparison.Ordinal)) ? reading[..^2]
                : reading;
            if (FactWords.OpposedKinds.ContainsKey(bare))
            {
                return bare;
            }
        }

        return null;
    }

    /// <summary>The words of class right after «درجة/فئة» («الدرجة الأولى»، «درجة رجال الأعمال»), without their article.</summary>
    internal static IReadOnlyList<string> TierIn(IReadOnlyList<string> words) =>
        words.Skip(1).Where((w, i) => ArabicWordForms.AnyIn(words[i], FactWords.TierNouns) || i > 0 && ArabicWordForms.AnyIn(words[i - 1], FactWords.TierNouns))
            .Select(Bare).Where(FactWords.Tiers.Contains).Distinct().ToList();

    /// <summary>
    /// The capitals (<see cref="Gazetteer.CountryGovernedFrom"/>) right after a feminine verb that is the question's second or
    /// third word («متى افتتحت القاهرة …؟»، «كم طنًا صدّرت القاهرة …؟»). A distance is between places, not done by them
    /// («كم تبعد الرباط عن فاس؟»).
    /// </summary>
    private static IReadOnlyList<string> GovernmentsIn(List<string> words) =>
        words.Where((w, i) => i is 2 or 3 && Gazetteer.CountryGovernedFrom(w) is not null && FeminineVerb(words[i - 1])).ToList();

    /// <summary>Whether the folded word may be a verb agreeing with a feminine doer: «حظرت» (past), «تنفق» (present).</summary>
    private static bool FeminineVerb(string word) =>
        word.Length >= 4 && (word[^1] == 'ت' || word[0] == 'ت')
        && !ArabicWordForms.AnyIn(word, FactWords.DistanceVerbs) && !FactWords.Prepositions.Contains(word)
        && !ArabicWordForms.AnyIn(word, Gazetteer.Places) && !Gazetteer.IsAdjectiveOfPlace(word);

    /// <summary>The word after each kind of place without the article that is no question or frame word.</summary>
    private static IReadOnlyList<string> PlaceNamesIn(List<string> words) =>
        words.Skip(1).Where((w, i) => FactWords.PlaceKinds.Contains(words[i]) && w.Length >= 3
                && !FactWords.Leads.Contains(w) && !FactWords.Prepositions.Contains(w) && !QuestionFrameWords.Contains(w))
            .ToList();

    /// <summary>
    /// The noun after «ما اسم» or «أي», or a definite noun after «ما (هي)» that a relative clause qualifies («ما الشركة
    /// … التي …»), with the adjective of a place right after it, their article taken off.
    /// </summary>
    private static IReadOnlyList<string> NameAskedIn(List<string> words, int focus)
    {
        if (focus + 1 >= words.Count || !Gazetteer.IsAdjectiveOfPlace(words[focus + 1]))
        {
            return [];
        }

        var leads = words.Take(focus).ToList();
        var what = words[0] is "ما" or "ماهي" or "ماهو" or "شو" or "ايش" or "وش" or "شنو";
        var asked = what && leads.Contains("اسم") || leads.Contains("اي")
            || what && Definite(words[focus]) && words.Skip(focus + 2).Any(w => w is "التي" or "الذي" or "الذين" or "اللي" or "يلي");
        return asked ? [Bare(words[focus]), Bare(words[focus + 1])] : [];
    }

    private static string Bare(string word) => word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 4 ? word[2..] : word;

    /// <summary>
    /// Whether the word before the focus is a how-many word (<see cref="FactWords.CountLeads"/>): «كم مصنعًا»، «كام نساج».
    /// After «من» («شحال من قاعة»، «قداش من بابور») the thing is a reader's own word as often as the briefing's (a dialect
    /// noun: «بابور» for «السفن»، «تلميذ» for «التلاميذ»), so it is not read as what a passage must count.
    /// </summary>
    private static bool CountedAfterLead(List<string> words, int focus) => FactWords.CountLeads.Contains(words[focus - 1]);

    /// <summary>
    /// The two currencies of a rate asked (<see cref="Exchanged"/>): a currency, then another set against it by «مقابل»،
    /// «أمام» right before it, or asked in it by «ب» («بالدرهم»). Two names of one currency («الجنيه الإسترليني بالجنيه
    /// المصري») are told apart only by their qualifiers, which this does not read: no rate is read of them.
    /// </summary>
    private static IReadOnlyList<IReadOnlySet<string>> ExchangedIn(List<string> words)
    {
        static IReadOnlySet<string>? CurrencyOf(string word) =>
            FactWords.CurrencyNames.FirstOrDefault(c => ArabicWordForms.AnyIn(word, c));

        for (var i = 0; i < words.Count; i++)
        {
            if (CurrencyOf(words[i]) is not { } priced)
            {
                continue;
            }

            for (var j = i + 1; j < words.Count; j++)
            {
                if (CurrencyOf(words[j]) is { } pricedIn && pricedIn != priced
                    && (words[j][0] == 'ب' || FactWords.Against.Contains(words[j - 1])))
                {
                    return [priced, pricedIn];
                }
            }

            return [];
        }

        return [];
    }

    /// <summary>
    /// The name of the thing a how-much question asks of, when the first kind after the how-much word (a kind of place, premises,
    /// a body or a built work, without the article) is followed by a name («كم كلف بناء جسر صالح باي؟»: «صالح»). Words after
    /// «في» say where, not what (<see cref="LocusIn"/>).
    /// </summary>
    private static IReadOnlyList<string> NamedThingIn(List<string> words, int focus)
    {
        var end = words.IndexOf("في", focus);
        for (var at = Math.Max(focus - 1, 0); at + 1 < (end < 0 ? words.Count : end); at++)
        {
            var (kind, name) = (words[at], words[at + 1]);
            if (!Definite(kind) && (IsKindOfPlace(kind) || ArabicWordForms.AnyIn(kind, FactWords.Works)))
            {
                return IsName(name) ? [name] : [];
            }
        }

        return [];
    }

    /// <summary>
    /// The name of the place a how-many question asks in, when it names it by a kind and a name after «في» («في محافظة
    /// طرطوس»، «في بيت النوخذة»، «في جامعة البلقاء»): the name, which says which one of the kind. A kind with the article
    /// («في النقطة الصحية») or a bare noun («في الحصة»، «في امتحانات») is a reader's words as often as the briefing's, and
    /// is not read.
    /// </summary>
    private static IReadOnlyList<string> LocusIn(List<string> words, int focus)
    {
        var at = words.IndexOf("في", focus);
        if (at < 0 || at + 2 >= words.Count)
        {
            return [];
        }

        var (kind, name) = (words[at + 1], words[at + 2]);
        return !Definite(kind) && IsKindOfPlace(kind) && IsName(name) ? [name] : [];
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/> is the past of «كان» after a how-much word and before a noun of a sum («كم
    /// كانت كلفة المشروع؟»، «كم كان ثمن الكيس؟»): a light verb of the past, passed over as «يبلغ» is, so that the question
    /// asks a sum as «كم تبلغ كلفة …» does. Before a verb it tells that verb's past habit («كم كانت تكلف التذكرة؟»), and
    /// before a count or a measure («كم كان عدد …»، «كم كانت نسبة …») it is left as it was: read so, fair questions on the
    /// blind sets fell to the count checks.
    /// </summary>
    private static bool PastLightVerb(List<string> words, int at, ExpectedAnswer expected) =>
        expected == ExpectedAnswer.Number && at > 0 && at + 1 < words.Count && FactWords.PastLightVerbs.Contains(words[at])
        && ArabicWordForms.AnyIn(words[at + 1], FactWords.SumNouns);

    /// <summary>Whether the word names a kind of place or body a name follows: «محافظة»، «جامعة»، «مقهى»، «بيت».</summary>
    private static bool IsKindOfPlace(string word) =>
        Briefings.SpeakerLexicon.IsBodyNoun(word) || ArabicWordForms.AnyIn(word, FactWords.PlaceKinds) || ArabicWordForms.AnyIn(word, FactWords.Premises);

    /// <summary>Whether the word may be a name: no digit, time, question or frame word, no place of the gazetteer (its own rule's).</summary>
    private static bool IsName(string word) =>
        word.Length >= 3 && !word.Any(char.IsDigit) && !ArabicWordForms.AnyIn(word, FactWords.Leads) && !FactWords.Prepositions.Contains(word)
        && !QuestionFrameWords.Contains(word) && !ArabicWordForms.AnyIn(word, FactWords.TimeUnits) && !ArabicWordForms.AnyIn(word, FactWords.Months)
        && !ArabicWordForms.AnyIn(word, Gazetteer.Places) && !Gazetteer.IsAdjectiveOfPlace(word) && word is not ("التي" or "الذي" or "الذين" or "اللي" or "هذا" or "هذه");

    private static IReadOnlyList<string> CountedFrom(List<string> words, int focus)
    {
        if (focus >= words.Count)
        {
            return [];
        }

        var head = words[focus];
        // A duration is given in any unit of time («كم سنة …؟»: «عقدين»), people in any noun for them («كم شخصًا …؟»:
        // «ألف لاجئ») and money in any currency («كم دولارًا …؟»: «مليار جنيه»): none names a thing the passage must name too.
        if (ArabicWordForms.AnyIn(head, FactWords.MeasureNouns) || ArabicWordForms.AnyIn(head, FactWords.Attributes)
            || ArabicWordForms.AnyIn(head, FactWords.TimeUnits) || ArabicWordForms.AnyIn(head.TrimEnd('ا'), FactWords.TimeUnits)
            || ArabicWordForms.AnyIn(head.TrimEnd('ا'), FactWords.PeopleCounters) || ArabicWordForms.AnyIn(head.TrimEnd('ا'), FactWords.Currencies)
            // «كم درجة …؟» asks a measure (degrees of heat, marks), «كم غرامة …؟» a sum, not a count of things.
            || ArabicWordForms.AnyIn(head, FactWords.TierNouns) || ArabicWordForms.AnyIn(head, FactWords.SumNouns))
        {
            return [];
        }

        var afterCountWord = focus > 0 && FactWords.CountWords.Contains(words[focus - 1]);
        if (afterCountWord && IsPastVerb(head))
        {
            return [];
        }

        // The accusative of a count («مصنعًا») ends in «ا»; a verb («ارتفع»، «عادوا») does not. A feminine noun keeps its «ة»
        // in the accusative («كم شاحنةً»، «كم مرةً»), which a verb of the third person present («يكلفه») does not end in.
        // A noun of two letters and «و» («عضوًا») takes the «ا» as the plural of a three-letter verb («عادوا») does.
        var noun = afterCountWord || Definite(head) || ArabicWordForms.AnyIn(head, FactWords.CountUnits) ? head
            : head.Length >= 3 && head[^1] == 'ا' && (!head.EndsWith("وا", StringComparison.Ordinal) || head.Length == 4) ? head[..^1]
            : head.Length >= 3 && head[^1] == 'ه' && head[0] != 'ي' ? head
            : null;
        if (noun is null)
        {
            return [];
        }

        // «كم طنًا من الذهب»، «كم طن ذهب»: the unit is how it is counted, the word after it what.
        var next = focus + 1 < words.Count && words[focus + 1] == "من" ? focus + 2 : focus + 1;
        return ArabicWordForms.AnyIn(noun, FactWords.CountUnits) && next < words.Count && IsMeasuredThing(words[next], afterOf: next == focus + 2)
            ? [noun, words[next]]
            : [noun];
    }

    /// <summary>
    /// The good after the first «من» within three words of a word of trade at the focus, when it is no place; null otherwise.
    /// </summary>
    private static string? GoodsAfter(List<string> words, int focus)
    {
        if (focus >= words.Count || !ArabicWordForms.AnyIn(words[focus], FactWords.TradeWords))
        {
            return null;
        }

        var of = words.IndexOf("من", focus + 1);
        return of > focus && of <= focus + 3 && of + 1 < words.Count && IsMeasuredThing(words[of + 1], afterOf: true)
            && !ArabicWordForms.AnyIn(words[of + 1], Gazetteer.Places)
            ? words[of + 1]
            : null;
    }

    /// <summary>After «من» the thing measured; right after the unit, a word that is no present-tense verb («كم طن ذهب ينتج»).</summary>
    private static bool IsMeasuredThing(string word, bool afterOf) =>
        word.Length >= 3 && !FactWords.Leads.Contains(word) && !FactWords.Prepositions.Contains(word)
        && (afterOf || !(word[0] is 'ي' or 'ت' or 'ن') && !IsPastVerb(word) && !ArabicWordForms.AnyIn(word, Gazetteer.Places));

    /// <summary>
    /// Whether a word right after the words of counting is a verb of the past in «ت» («بأي نسبة قللت الحكومة …؟»، «كم طنًا
    /// صدرت جزر القمر …؟»): what happened, not the thing counted, which the passage need not repeat («خفض الضخ … بنحو
    /// الربع»). Four letters or more, so that «زيت» stays a noun, and not after a long vowel: «سيارات»، «بيوت»، «كبريت» are
    /// nouns.
    /// </summary>
    private static bool IsPastVerb(string word) =>
        word.Length >= 4 && word[^1] == 'ت' && word[^2] is not ('ا' or 'و' or 'ي') && !word.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>
    /// Whether the word asks what someone said: a word of saying, not a present verb after the «ل» of purpose («جاء ليرى
    /// الشمس تضيء وجه رمسيس» is seeing, «ليقول» is why one came), which the lookup of speech words reads as «يرى».
    /// </summary>
    private static bool AsksWhatWasSaid(string word) =>
        SpeakerQuestion.IsSpeechWord(word) && !(word.Length > 3 && word[0] == 'ل' && word[1] is 'ي' or 'ت');

    /// <summary>
    /// The word after the first word asking what was said («ماذا قال ماكرون عن …»، «ما رأي الخبراء …»), unless it is a
    /// preposition or a question word («ماذا قال عن …» names no one).
    /// </summary>
    private static string? SaidByIn(List<string> words)
    {
        var speech = words.FindIndex(AsksWhatWasSaid);
        if (speech < 0 || speech + 1 >= words.Count)
        {
            return null;
        }

        // Rule «a person described by what they do» (SaidByNameIn): «الرجل الذي يبيع …»، «اللي يبيع …» are asked of by the verb.
        var relative = words.FindIndex(speech + 1, Math.Min(2, words.Count - speech - 1), FactWords.RelativePronouns.Contains);
        if (relative >= 0 && relative + 1 < words.Count)
        {
            return words[relative + 1];
        }

        var next = words[speech + 1];
        return FactWords.Leads.Contains(next) || FactWords.Prepositions.Contains(next) || QuestionFrameWords.Contains(next) ? null : next;
    }

    /// <summary>
    /// Whether «رؤية» is followed, within a country's name, by a year: «رؤية 2030»، «رؤية عمان 2040» name a national plan.
    /// </summary>
    private static bool NamesAPlan(IReadOnlyList<string> allWords) =>
        allWords.Select((w, i) => (w, i)).Any(x => x.w == Vision && allWords.Skip(x.i + 1).Take(PlanNameWords).Any(n => n.Length == 4 && n.All(char.IsDigit)));

    private static readonly string Vision = ArabicText.Fold("رؤية");

    /// <summary>How many words after «رؤية» its year may come: «رؤية المملكة 2030».</summary>
    private const int PlanNameWords = 2;

    /// <summary>The words after <see cref="SaidBy"/>'s word of saying, up to a preposition, question or frame word.</summary>
    private static IReadOnlyList<string> SaidByNameIn(List<string> words)
    {
        if (SaidByIn(words) is null)
        {
            return [];
        }

        var run = NameRunIn(words);
        // Rule «a person described by what they do»: «وش قال الرجل الذي يبيع البشوت؟»، «ماذا قالت المرأة التي تخيط الحواشي؟»
        // name the person by the clause after «الذي / التي / اللي», as the briefing does («أبو فيصل، الذي يبيع البشوت»); the
        // noun before it («الرجل»، «المرأة») is the asker's, which the passage need not repeat.
        var relative = run.FindIndex(FactWords.RelativePronouns.Contains);
        if (relative >= 0 && relative + 1 < run.Count)
        {
            return run.Skip(relative + 1).Take(MaxNameWords).ToList();
        }

        if (DescriptionAfterTheRun(words, run.Count) is { Count: > 0 } description)
        {
            return description;
        }

        return (TopicAfterRole(run) ? run.Take(1) : run.Take(MaxNameWords)).ToList();
    }

    /// <summary>
    /// Rule «a description after the dialect «اللي»»: «وش قال الرجل اللي يحرس النقوش؟»، «شو قالت البنت اللي تشرح الجبل
    /// للزوار؟». The dialect relative is a frame word (<see cref="QuestionFrameWords"/>), so the name run stops at it and kept
    /// only the asker's «الرجل / البنت», which no passage names the person by: the check then wanted that word and declined.
    /// The clause after it says who is meant, by its verb: what the asker says the person does («يحرس»), the passage tells
    /// beside the name («الذي يحرس واجهات جبل أم سنمان»), its object in its own words («الواجهات» for «النقوش»). Only after
    /// the asker's own word for a person (<see cref="PersonWords"/>): a title before «اللي» («الباحثة اللي …») is how the
    /// passage names its speaker, and stays what is asked of. Empty when no relative follows such a word.
    /// </summary>
    private static List<string> DescriptionAfterTheRun(List<string> words, int runLength)
    {
        var at = words.FindIndex(AsksWhatWasSaid) + 1 + runLength;
        return runLength == 1 && PersonWords.Contains(words[at - 1]) && at + 1 < words.Count && FactWords.RelativePronouns.Contains(words[at])
            && IsNameRunWord(words[at + 1])
            ? [words[at + 1]]
            : [];
    }

    /// <summary>
    /// The content words of the clause after the verb <see cref="DescriptionAfterTheRun"/> takes («اللي رجع من طنجة يخدم مع
    /// باه» → «طنجة»، «يخدم»، «باه»), at most <see cref="MaxClauseWords"/>; empty when no such clause describes the person.
    /// </summary>
    private static List<string> DescribingClauseIn(List<string> words)
    {
        var run = NameRunIn(words);
        if (DescriptionAfterTheRun(words, run.Count) is not [_])
        {
            return [];
        }

        var verb = words.FindIndex(AsksWhatWasSaid) + 1 + run.Count + 1;
        return words.Skip(verb + 1).Where(w => w.Length >= MinClauseWordLength && IsNameRunWord(w) && !FactWords.RelativePronouns.Contains(w))
            .Take(MaxClauseWords).ToList();
    }

    /// <summary>How many words of a describing clause are kept: its complement, not a second sentence.</summary>
    private const int MaxClauseWords = 4;

    /// <summary>Words shorter than this («من»، «مع»، «في») say nothing of who is described.</summary>
    private const int MinClauseWordLength = 3;

    /// <summary>
    /// The asker's words for a person, which say nothing of who they are: «الرجل»، «البنت»، «الجد»; and chat's («الرجال»،
    /// «الشب»، «البنية»، «الصبية»، «الشايب»، «الحجة»، «الخالة»: «وش قال الرجال اللي جاي من البريمي؟»), which a passage calls
    /// its speaker by as seldom.
    /// </summary>
    private static readonly HashSet<string> PersonWords = new[]
    {
        "الرجل", "الراجل", "الزلمة", "المرأة", "المره", "الست", "الحرمة", "السيدة", "البنت", "الشاب", "الشابة", "الولد", "الجد", "الجدة",
        "العجوز", "الختيار", "الشخص", "الرجال", "الشب", "البنية", "الصبية", "الشايب", "الختيارة", "الحجة", "الخالة",
    }.Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the folded word is the asker's own word for a person («الرجل»، «البنت»), which says nothing of who they are.</summary>
    internal static bool IsPersonWord(string folded) => PersonWords.Contains(folded);

    /// <summary>The words after the first word asking what was said, up to a preposition, question, frame or speech word.</summary>
    private static List<string> NameRunIn(List<string> words) =>
        words.Skip(words.FindIndex(AsksWhatWasSaid) + 1).TakeWhile(IsNameRunWord).ToList();

    /// <summary>Whether a word may stand in a name run: no lead, preposition, frame or speech word.</summary>
    private static bool IsNameRunWord(string w) =>
        !FactWords.Leads.Contains(w) && !FactWords.Prepositions.Contains(w) && !QuestionFrameWords.Contains(w) && !SpeakerQuestion.IsSpeechWord(w);

    /// <summary>
    /// Whether the name run <paramref name="run"/> is a role with the article followed by the topic, not a name: «ماذا
    /// اقترحت الباحثة بدلًا من هدم البيوت؟» asks the researcher, and «بدلًا» is no part of her name, nor is «نقل وحدات
    /// الدباغة» in «أين تقترح الباحثة نقل وحدات الدباغة الملوثة؟». Read as a name, the check wants all those words with
    /// the role in one passage and declines. The word after the role is no name when it is a word that never is one
    /// («أيضًا»، «حاليًا»), an indefinite accusative of manner (four letters ending in the «ا» of tanween, no given name:
    /// «بدلًا»، «فعلًا»), or a verbal noun heading a construct: a bare word, no given name or particle, then a bare noun and a
    /// noun with the article («نقل وحدات الدباغة»), where a name after a role is a given name and a surname.
    /// </summary>
    private static bool TopicAfterRole(List<string> run)
    {
        if (run.Count < 2 || !run[0].StartsWith("ال", StringComparison.Ordinal) || !SpeakerLexicon.IsTitle(run[0]))
        {
            return false;
        }

        var next = run[1];
        if (next.StartsWith("ال", StringComparison.Ordinal) || SpeakerLexicon.IsGivenName(next) || SpeakerLexicon.IsParticle(next))
        {
            return false;
        }

        var adverb = next.Length >= 4 && next[^1] == 'ا' && next[^2] is not ('ا' or 'و' or 'ي');
        var construct = run.Count >= 4 && !run[2].StartsWith("ال", StringComparison.Ordinal) && !SpeakerLexicon.IsParticle(run[2])
            && run[3].StartsWith("ال", StringComparison.Ordinal);
        return SpeakerLexicon.IsNonName(next) || adverb || construct;
    }

    /// <summary>The words after the preposition that ends <see cref="SaidByName"/> (<paramref name="name"/>); empty when it ends otherwise.</summary>
    private static IReadOnlyList<string> BegunIn(List<string> words, int focus)
    {
        if (focus == 0 || focus >= words.Count || !ArabicWordForms.AnyIn(words[focus - 1], FactWords.AsksTime)
            || !ArabicWordForms.AnyIn(words[focus], FactWords.BeginningVerbs))
        {
            return [];
        }

        // A preposition glued to the article («بالعمل»، «للملاحة») opens a complement, not the thing's name; «غير» opens a
        // negated adjective («الآبار غير القانونية»), which news says in its own words («بئر مخالفة»).
        var begun = words.Skip(focus + 1)
            .TakeWhile(w => w is not ("في" or "من" or "عبر" or "بين" or "منذ" or "خلال" or "قبل" or "بعد" or "نحو" or "ضد" or "غير") && !FactWords.Prepositions.Contains(w) && !ArabicWordForms.AnyIn(w, FactWords.Coming)
                && !ArabicWordForms.AnyIn(w, FactWords.TimeUnits) && !ArabicWordForms.AnyIn(w, FactWords.Now) && w is not ("هذا" or "هذه")
                && !w.StartsWith("هال", StringComparison.Ordinal)
                && !ArabicWordForms.AnyIn(w, Gazetteer.Places) && !Gazetteer.IsAdjectiveOfPlace(w)
                && !(w.Length > 4 && w[0] is 'ب' or 'ل' or 'ك' && w[1..].StartsWith("ال", StringComparison.Ordinal))
                && !w.StartsWith("لل", StringComparison.Ordinal))
            .ToList();
        // An indefinite accusative after the thing is an adverb of how it began («بدأ العمل فعليًا»), no part of its name.
        var adverb = begun.Count < 2 ? -1 : begun.FindIndex(1, w => w.Length >= 4 && w.EndsWith('ا') && !Definite(w));
        if (adverb > 0)
        {
            begun = begun[..adverb];
        }

        // «متى بدأ السوريون يعودون …؟»: a verb after the subject is what began, told in any words; the time-of-event check
        // reads it.
        if (begun.Skip(1).Any(w => w.Length >= 4 && w[0] is 'ي' or 'ت' or 'ن' && !Definite(w)))
        {
            return [];
        }

        // «متى بدأ تشغيل خط المعالجة؟» asks when the line began working: what begins is the line, which «خط معالجة جديد دخل
        // الخدمة في مارس» dates. Alone («متى بدأ العمل؟») the noun is all the question names, and stays.
        var things = begun.Where(w => !ArabicWordForms.AnyIn(w, FactWords.Working)).ToList();
        return things.Count > 0 && things.Count < begun.Count ? things : begun;
    }

    /// <summary>
    /// Whether the people at <paramref name="people"/> head a construct whose second noun is indefinite: «طلاب جامعة …»،
    /// «عمال شركة …». Not the accusative after «كم» («كم طالبًا سجل …»), where a verb follows.
    /// </summary>
    private static bool ConstructOfPeople(List<string> words, int people) =>
        people + 1 < words.Count && !words[people].StartsWith("ال", StringComparison.Ordinal) && ArabicWordForms.AnyIn(words[people], FactWords.Staff)
        && words[people + 1] is { Length: >= 3 } next && !next.StartsWith("ال", StringComparison.Ordinal) && !next.Any(char.IsDigit)
        && !FactWords.Prepositions.Contains(next) && !ArabicWordForms.AnyIn(next, FactWords.Leads) && !ArabicWordForms.AnyIn(next, FactWords.NumberWords);

    private static IReadOnlyList<string> WorkplaceIn(List<string> words)
    {
        var people = words.FindIndex(w => ArabicWordForms.AnyIn(w, FactWords.Staff) || ArabicWordForms.AnyIn(w.TrimEnd('ا'), FactWords.Staff));
        if (people < 0)
        {
            return [];
        }

        // «العاملين في …»، «موظفًا يعمل في …»: the body follows «في» a verb or a qualifier after the people; «موظفي شركة …» is
        // the people of what follows them.
        // «طلاب جامعة القديس يوسف» is a construct as «موظفي شركة» is: a plural without the article before a noun without it.
        var at = words.FindIndex(people + 1, w => w == "في");
        var from = at >= 0 && at - people <= 3 ? at + 1
            : words[people].EndsWith('ي') && people + 1 < words.Count ? people + 1
            : ConstructOfPeople(words, people) ? people + 1
            : -1;
        // The body ends where a preposition or a word of time opens what is not its name: «كم عاملًا يشتغل في الورد في عز
        // الموسم؟» asks of the rose farms, «في عز الموسم» says when.
        return from < 0
            ? []
            : words.Skip(from).TakeWhile(w => !EndsWorkplace.Contains(w))
                .Where(w => !ArabicWordForms.AnyIn(w, Gazetteer.Places) && !Gazetteer.IsAdjectiveOfPlace(w)).ToList();
    }

    /// <summary>The words that end the name of a workplace in a headcount question: another preposition, or a word of time.</summary>
    private static readonly HashSet<string> EndsWorkplace = new(FactWords.Prepositions.Select(w => ArabicText.Fold(w)).Concat(["في", "خلال", "منذ", "قبل", "بعد", "حتى", "هذا", "هذه"]), StringComparer.Ordinal);

    private static IReadOnlyList<string> SaidAboutIn(List<string> words, IReadOnlyList<string> name)
    {
        if (name.Count == 0)
        {
            return [];
        }

        var after = words.FindIndex(AsksWhatWasSaid) + 1 + name.Count;
        // A role cut short of the topic (TopicAfterRole) is followed by the topic itself, with no preposition between.
        var topicFollows = name.Count == 1 && TopicAfterRole(NameRunIn(words));
        return after < words.Count && (FactWords.Prepositions.Contains(words[after]) || words[after] is "من" or "في" || topicFollows)
            ? words.Skip(topicFollows ? after : after + 1).Where(w => !FactWords.Leads.Contains(w) && !FactWords.Prepositions.Contains(w) && !QuestionFrameWords.Contains(w)).ToList()
            : [];
    }

    /// <summary>
    /// Rule «a role's place after «في»»: whether the words after the name run follow «في» and the question asks what was said,
    /// not an opinion. «ماذا قال الدليل السياحي في ولاتة؟»، «الصياد في جزيرة سواكن وش قال» name where the person works, which
    /// the briefing about that place says in its title and need not repeat beside them; «ما رأي الوزير في الضريبة؟» asks of
    /// the tax.
    /// </summary>
    private static bool SaidWhereIn(List<string> words, IReadOnlyList<string> name)
    {
        var speech = words.FindIndex(AsksWhatWasSaid);
        var after = speech + 1 + name.Count;
        return name.Count > 0 && after < words.Count && words[after] == "في" && !SpeakerQuestion.IsOpinionWord(words[speech]);
    }

    /// <summary>The focus and the words after it that carry the article, as in a construct: «طلاب الصيدلة في …» stops at «في».</summary>
    private static IReadOnlyList<string> AskedFrom(List<string> words, int focus)
    {
        if (focus >= words.Count)
        {
            return [];
        }

        var asked = new List<string> { words[focus] };
        for (var i = focus + 1; i < words.Count && asked.Count < MaxAsked && Definite(words[i]); i++)
        {
            asked.Add(words[i]);
        }

        return asked;
    }

    /// <summary>
    /// A word with the article, also under a preposition or «و» («بالليرة»، «للطلاب»، «والصيدلة»): what is counted or
    /// priced, and in what.
    /// </summary>
    internal static bool Definite(string word) =>
        word.StartsWith("ال", StringComparison.Ordinal) || word.Length > 4 && word[0] is 'ب' or 'و' or 'ف' or 'ك' && word[1..].StartsWith("ال", StringComparison.Ordinal)
        || word.StartsWith("لل", StringComparison.Ordinal) && word.Length > 4;

    /// <summary>
    /// The term a definition question asks to define, without the participles that qualify it: «ما هي الحقول المغلقة؟» and
    /// «ما هو الحل المقترح؟» ask which of the briefing's fields are closed or what it proposes, told by a verb or a noun
    /// of the participle's family or by none («أوقف المحتجون الضخ»), not a term to define; a relative adjective stays
    /// part of it («الذكاء الاصطناعي التوليدي»). A participle qualifies only after a head with the article: after one
    /// without, it is the construct's second noun («مجلس المدينة»).
    /// </summary>
    private static List<string> DefinedTerm(List<string> words) =>
        words.Where((w, i) => i == 0 || !(Definite(words[i - 1]) && IsParticiple(w))).ToList();

    /// <summary>«المغلقة»، «المقترح»، «المتحدة»: the article, «م» and a stem of at least three letters, no relative ending.</summary>
    private static bool IsParticiple(string word) =>
        word.StartsWith("الم", StringComparison.Ordinal) && word.Length >= 6 && !word.EndsWith('ي') && !word.EndsWith("يه", StringComparison.Ordinal);

    private static readonly IReadOnlySet<string> Ministry = new HashSet<string>(StringComparer.Ordinal) { ArabicText.Fold("وزارة") };

    /// <summary>How long a term a definition question asks to define; a longer one is a question about something said.</summary>
    private const int MaxDefined = 3;

    /// <summary>How many words a construct is read to: «عدد طلاب كلية الطب» is long enough to name what is counted.</summary>
    private const int MaxAsked = 4;

    /// <summary>Months, weekdays (with their article: «أحد» alone is "anyone") and feasts; «مارس» only after «في» or «شهر».</summary>
    private static IReadOnlyList<string> DatesIn(List<string> words) =>
        words.Where((w, i) =>
                ArabicWordForms.AnyIn(w, FactWords.AmbiguousMonths)
                    ? i > 0 && words[i - 1] is "في" or "شهر"
                    : ArabicWordForms.AnyIn(w, FactWords.Months) || FactWords.Weekdays.Contains(w) || ArabicWordForms.AnyIn(w, FactWords.Feasts))
            .ToList();

    /// <summary>
    /// The word after «الفرق بين» and the first word after it that opens with «و» (the conjunction taken off): «الفرق بين
    /// الشيعة والسنة». Empty when the question asks no difference.
    /// </summary>
    private static IReadOnlyList<string> ComparedIn(List<string> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i] is "الفرق" or "فرق" or "الفارق" && words[i + 1] == "بين")
            {
                var second = words.Skip(i + 3).FirstOrDefault(w => w.Length > 2 && w[0] == 'و');
                return second is null ? [words[i + 2]] : [words[i + 2], second[1..]];
            }
        }

        return [];
    }

    /// <summary>
    /// Whether a how-word («كيف»، «ازاي»، «شلون»، «كيفاش») stands right before a verb in the first person singular: «أ» and
    /// three to five more letters, without the «ت» of a past tense («كيف أثرت …»), not the «ان» of a past of form VII
    /// («كيف انتشر المرض؟») nor a noun with the article («كيف الوضع في السوق؟»); the Levant's «ب» before the verb, which a third person would follow with «ي/ت/ن» («كيف بيدفعوا
    /// الزباين؟»); after the Maghreb's «كيفاش», «ن» before it, which is that dialect's first person singular.
    /// </summary>
    private static bool AsksHowToDoIn(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!FactWords.HowWords.Contains(words[i]))
            {
                continue;
            }

            var verb = words[i + 1];
            if (verb.Length is < 4 or > 6 || verb[^1] == 'ت' || verb.EndsWith("وا", StringComparison.Ordinal) || verb.EndsWith('و'))
            {
                continue;
            }

            if (verb[0] == 'ا' && !verb.StartsWith("ان", StringComparison.Ordinal) && !(verb.Length >= 5 && verb.StartsWith("ال", StringComparison.Ordinal))
                || verb[0] == 'ب' && verb[1] is not ('ي' or 'ت' or 'ن' or 'ا')
                || words[i] == "كيفاش" && verb[0] == 'ن')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A present-tense verb in the first person singular after «كيف/أن/هل …»: «أ» and three to five more letters («أطبخ»، «أستثمر»), without
    /// the «ت» of a past tense («كيف أثرت …» is no request for advice), nor after «هل» before a definite noun, its subject
    /// («هل انتهى المشروع؟»).
    /// </summary>
    private static string? AdviceVerbIn(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var next = words[i + 1];
            // «هل اشتغل المونوريل؟»، «هل انتهى المشروع؟»: a past verb of the derived forms is spelt as the first person
            // without its hamza, and the definite noun after it is its subject.
            var asksWhether = words[i] == "هل" && i + 2 < words.Count && Definite(words[i + 2]);
            // «ايش السبب إن المي خلصت؟»، «المشكلة أن الأسعار …»: «أن/إن» after a definite noun opens a clause with a subject of
            // its own, and a word with the article after it is that subject, not a verb of the asker's.
            var clauseOfNoun = words[i] == "ان" && i > 0 && Definite(words[i - 1]) && Definite(next);
            if (ArabicWordForms.AnyIn(words[i], FactWords.AdviceLeads) && !asksWhether && !clauseOfNoun && next.Length is >= 4 and <= 6 && next[0] == 'ا' && next[^1] != 'ت')
            {
                return next;
            }

            // «يجب أن ينام»، «لازم تشرب»: after a word of obligation (and «أن») a present verb of any person.
            var verb = next == "ان" && i + 2 < words.Count ? words[i + 2] : next;
            if (ArabicWordForms.AnyIn(words[i], FactWords.ObligationLeads) && verb.Length is >= 4 and <= 6 && verb[0] is 'ي' or 'ت' or 'ن' or 'ا')
            {
                return verb;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a word of the question is one of the set, as written or after one of the given one-letter clitics: only
    /// those, as a wider reading finds the set's words inside others («كانت»، «بانت» are no «أنت» under a preposition).
    /// </summary>
    private static bool SaysAnyOf(List<string> words, IReadOnlySet<string> set, string clitics) =>
        words.Any(w => set.Contains(w) || w.Length > 3 && clitics.Contains(w[0], StringComparison.Ordinal) && set.Contains(w[1..]));

    /// <summary>The first word after the live value that names what it is of, not when («اليوم») nor a preposition («في»).</summary>
    private static string? LiveSubjectIn(List<string> words, string live)
    {
        var at = words.IndexOf(live);
        return words.Skip(at + 1).FirstOrDefault(w => w.Length > 2
            && !FactWords.Prepositions.Contains(w)
            && !ArabicWordForms.AnyIn(w, FactWords.Now)
            && !ArabicWordForms.AnyIn(w, FactWords.Leads));
    }
}
