using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

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
    /// The question asks who holds an office («من هو وزير الصحة اللبناني؟») and the passages that name the office quote no
    /// one by name in it: they tell what the office did, not who holds it.
    /// </summary>
    HolderNotNamed,

    /// <summary>The question asks an attribute («عاصمة»، «تأسست») the briefings never use, or of a subject they never name.</summary>
    AttributeUnknown,

    /// <summary>
    /// The briefings use the attribute and name the subject, but never together: «سكان» in one passage, «مصر» in
    /// others. No passage gives the population of Egypt.
    /// </summary>
    AttributeNotOfSubject,

    /// <summary>The question asks for advice in the first person («كيف أطبخ …») with a verb the briefings never use.</summary>
    Advice,

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
    /// The question asks of a thing by its rank («متى تصل الشحنة الثانية؟») and the passages shown rank it only otherwise:
    /// «شحنتها الأولى».
    /// </summary>
    OtherRank,

    /// <summary>
    /// The question speaks of the asker's own life («كيف أحسب الزكاة على راتبي؟»، «عندي صداع»), and the passages that half
    /// match it come from several briefings: others' news, not the reader's case.
    /// </summary>
    AboutTheAsker,
}

/// <summary>
/// Checks that the best passages can answer what the question asks for, not merely share its words: a question
/// made of the briefings' own words («كم عدد سكان مصر؟»، «ما علاج الملاريا؟») covers them as well as a fair
/// paraphrase does, and only what it asks for tells them apart. Each check is one rule (<see cref="DeclineReason"/>);
/// the first that fails declines the question, whatever its coverage.
/// </summary>
public static partial class AnswerCheck
{
    /// <summary>How many of the best passages may hold the answer: the ones an answer shows.</summary>
    public const int Depth = 3;

    public static DeclineReason? Judge(QuestionShape shape, PassageSearchResult result, PassageIndex index)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(index);
        if (result.Hits.Count == 0)
        {
            return null;
        }

        var top = result.Hits.Take(Depth).Select(h => h.Passage.Text).ToList();
        // Each passage judged is analysed once, however many checks look for words in it.
        var analyzed = new AnalyzedPassage?[top.Count];
        var shown = Enumerable.Range(0, top.Count).ToList();
        AnalyzedPassage Tokens(int passage) => analyzed[passage] ??= index.AnalyzePassage(top[passage]);
        // And its briefing title's places read once, however many offices are judged of it.
        var titlePlaces = new HashSet<string>?[top.Count];
        HashSet<string> TitlePlacesOf(int passage) => titlePlaces[passage] ??= TitlePlaces(result.Hits[passage].Passage);
        TermMatch? TermOf(string word) =>
            index.Analyze(word).Terms is [var primary, ..] ? result.Terms.FirstOrDefault(t => t.Term == primary) : null;
        bool Has(int passage, TermMatch term) => Tokens(passage).Find(term.Variants).Count > 0;
        // A passage's briefing title, analysed once, names what its passages speak of without repeating it: «عمال الميناء»
        // counted under a title naming the port.
        var titles = new AnalyzedPassage?[top.Count];
        bool HasOrTitled(int passage, TermMatch term) =>
            Has(passage, term) || (titles[passage] ??= index.AnalyzePassage(result.Hits[passage].Passage.BriefingTitle)).Find(term.Variants).Count > 0;
        bool Holds(int passage, TermMatch term) => Literal(term) && Has(passage, term);
        // The words with their terms, of those the index holds as written.
        IEnumerable<(string Word, TermMatch Term)> LiteralTerms(IEnumerable<string> words) =>
            words.Select(w => (Word: w, Term: TermOf(w))).Where(t => t.Term is not null && Literal(t.Term)).Select(t => (t.Word, t.Term!));

        // Asked of the bot itself, the briefings' words it uses («برنامج»، «إنسان») are about something else.
        if (shape.ToTheBot)
        {
            return DeclineReason.AboutTheBot;
        }

        // The question's own spelling may carry a clitic the index does not strip («بمصر»): the place is unknown only
        // when the index knows none of its readings.
        // A place named by its adjective («الانتخابات الفرنسية») is named as much by the place's own name.
        // Known by its adjective as well: «ايران» where the briefings say «السفير الإيراني».
        var places = shape.Places.Select(p => Gazetteer.PlacesOfAdjective(p).Prepend(p).ToList()).ToList();
        var adjectives = places.Select(names => names.SelectMany(Gazetteer.AdjectivesOf).ToList()).ToList();
        if (places.Where((names, i) => names.All(p => TermOf(p) is not { } place || !Literal(place))
                && !names.SelectMany(ArabicWordForms.Readings).Concat(adjectives[i]).Any(r => Knows(index, r))
                && !names.SelectMany(CompoundsCalled).Any(c => Says(index, c))).Any())
        {
            return DeclineReason.UnknownPlace;
        }

        // A place of two words («الولايات المتحدة»، «جنوب السودان») is known where a passage says both, or its one-word name.
        if (shape.Compounds.Any(c => !Says(index, c) && !c.Also.Any(a => Knows(index, a) || Gazetteer.AdjectivesOf(a).Any(r => Knows(index, r)))))
        {
            return DeclineReason.UnknownPlace;
        }

        // A place named after its kind («ميناء جبل علي»، «مخيم الهول») by a word the briefings never use in any spelling is
        // another place than the ones they speak of, whatever its kind matches («ميناء الفاو»).
        if (shape.PlaceNames.Any(w => TermOf(w) is { Known: false }))
        {
            return DeclineReason.UnknownPlace;
        }

        // Asked of someone the briefings never name, the answer would be other people's words («ماذا قال ماكرون عن الأسعار؟»);
        // questions about a person the briefings quote never reach the checks.
        if (shape.SaidBy is { } speaker && TermOf(speaker) is { Known: false })
        {
            return DeclineReason.UnknownSpeaker;
        }

        // A person's name opens without the article and with no title or body («محمد عرقاب»، «عبد المجيد تبون», not «وزير
        // الطاقة الجزائري»، «منظمة الصحة»): a given name the briefings use («محمد») with a surname they never do is someone
        // else. A surname found only as another word's typo or family («تبون») is not found.
        if (shape.SaidByName is [var given, _, ..] name && !given.StartsWith("ال", StringComparison.Ordinal)
            && !SpeakerLexicon.IsTitle(given) && !SpeakerLexicon.IsInstitution(given)
            && name.Skip(1).Any(w => TermOf(w) is { } surname && (!Literal(surname) || surname.Fuzzy)))
        {
            return DeclineReason.UnknownSpeaker;
        }

        // A title before a name («السلطان هيثم»، «الوزير كمال»): the title may be the briefings' word («جامعة السلطان قابوس»),
        // but a name they never use is someone else's. A word with the article after the title is its adjective or a
        // surname read elsewhere («الوزير الرواحي»), not checked here.
        if (shape.SaidByName is [var title, var titled, ..] && title.StartsWith("ال", StringComparison.Ordinal)
            && !titled.StartsWith("ال", StringComparison.Ordinal) && !SpeakerLexicon.IsInstitution(titled)
            && TermOf(titled) is { } nameTerm && (!Literal(nameTerm) || nameTerm.Fuzzy))
        {
            return DeclineReason.UnknownSpeaker;
        }

        // Asked what someone said whom the briefings name (a body, a role, people they do not quote: «ماذا قال البنك الدولي
        // عن الانتخابات؟»), the answer is where they are named with what they are asked about: passages on the subject that
        // never name them are what others said, and theirs on another subject no answer. Their name's words in any form
        // («المحللون» is named by «محللون»), and one word of the subject.
        // A misspelt word after an office written as the briefings write it («وزير النقال») is read as its correction only to
        // find passages: the office and the subject say whose passage it is. A misspelt name or office («قيس سعيد»، «قائد …»)
        // is still required, as what it corrects to is someone else.
        var whoAll = shape.SaidByName.Select(TermOf).OfType<TermMatch>().Where(t => t.Known).DistinctBy(t => t.Term).ToList();
        var who = shape.SaidByName is [var office, _, ..] && TermOf(office) is { Known: true, Fuzzy: false }
            && (SpeakerLexicon.IsTitle(office) || ArabicWordForms.AnyIn(office, FactWords.Offices))
            ? whoAll.Where(t => !t.Fuzzy).ToList()
            : whoAll;
        var of = shape.SaidAbout.Select(TermOf).OfType<TermMatch>().Where(t => t.Known && who.All(w => w.Term != t.Term)).ToList();
        // Experts asked as a group («ما رأي المختصين …؟») are whichever expert the briefing quotes: «الخبير الزراعي محمود السيد».
        var experts = shape.SaidByName is [var group] && ArabicWordForms.AnyIn(group, FactWords.Experts)
            ? FactWords.Experts.Select(w => LookUp(index, w)).OfType<TermMatch>().Where(t => t.Known).ToList()
            : [];
        if (who.Count > 0 && !shown.Any(passage => (who.All(t => Has(passage, t)) || experts.Any(t => Has(passage, t))) && (of.Count == 0 || of.Any(t => Has(passage, t)))))
        {
            return DeclineReason.SpeakerNotInAnswer;
        }

        // Asked what someone said about a subject whose words the briefings never use in any spelling («ماذا قالت الطبيبة عن
        // الكوليرا؟»), whatever they said is about something else.
        var topic = shape.SaidAbout.Where(w => w.Length >= 3 && !w.Any(char.IsDigit)).Select(TermOf).OfType<TermMatch>().ToList();
        if (who.Count > 0 && topic.Count > 0 && topic.All(t => !t.Known))
        {
            return DeclineReason.UnknownThing;
        }

        var briefings = result.Hits.Take(Depth).Select(h => h.Passage.BriefingId).Distinct(StringComparer.Ordinal).ToList();

        // A question of the asker's own life («كيف أحسب الزكاة على راتبي؟») matched by passages of several briefings is matched
        // by others' news, each passage one of its everyday words. From one briefing it may ask what that news means for the
        // reader («هل تشمل الضريبة راتبي؟»).
        if (shape.AboutTheAsker && briefings.Count > 1)
        {
            return DeclineReason.AboutTheAsker;
        }

        // A place is what the question is about: a briefing the answer comes from must name it, if not the passage itself.
        // Not a place named by its adjective: «المناورات الأمريكية» are told in a briefing that says «الولايات المتحدة».
        if (shape.Places.Where(p => !Gazetteer.IsAdjectiveOfPlace(p) || ArabicWordForms.AnyIn(p, Gazetteer.Places)).Any(p => !briefings.Any(b => Names(index, p, b)))
            || shape.Compounds.Any(c => !briefings.Any(b => Says(index, c, b) || c.Also.Any(a => Names(index, a, b)))))
        {
            return DeclineReason.PlaceNotInAnswer;
        }

        // The day itself, not its analysed stem: «بعد يوم هادئ» does not speak of today («اليوم»), nor does a rate: «وجبة
        // واحدة في اليوم».
        // Today's value is given where the day is said of that value: «تعمل في الشبكة اليوم مئتا امرأة» gives no price today.
        // And given as a number in the sentence that says the day and names what it is of: «سعر البرميل يقارب تسعين دولارًا،
        // والسعر اليوم أقل من ذلك» gives no price of the dollar today, the dollar being only the unit of another price.
        if (shape.NowWord is { } now
            && !shown.Any(passage => shape.LiveValue is not { } value
                ? SaysNow(top[passage], now)
                : TermOf(value) is { Known: true } named && Tokens(passage).Find(named.Variants).Count > 0
                    && GivesLive(top[passage], now, shape.LiveSubject, subject => Names(index, subject, result.Hits[passage].Passage.BriefingId))))
        {
            return DeclineReason.NotLive;
        }

        // Asked who heads a body by a verb («من يرأس الأكاديمية؟»), any office of heading answers: «مديرة أكاديمية التكوين».
        // A ministry is headed by its minister alone.
        if (shape.Attribute is { } word)
        {
            var verdict = JudgeAttribute(word);
            if (verdict is not null && shape.AttributeImplied && FactWords.HeadOffices.Contains(word))
            {
                foreach (var head in FactWords.HeadOffices.Where(h => h != word))
                {
                    if (JudgeAttribute(head) is null)
                    {
                        verdict = null;
                        break;
                    }
                }
            }

            if (verdict is not null)
            {
                return verdict;
            }
        }

        // The thing a how-many or attribute question asks of is named by its construct («غرامة التدخين»): a word of it that
        // the briefings never use in any form leaves them nothing to count or to describe, whatever else matches.
        // A definite word after a definite one is its adjective («الأدوية المغشوشة»), which may be a reader's synonym of the
        // briefing's («المزورة»); after an indefinite head it is the construct's noun («طلاب الصيدلة»), the thing itself, and
        // under a preposition what it is measured in («سعر الخبز بالأوقية»).
        if (shape.Asked.Skip(1).Where((w, i) => !(w.StartsWith("ال", StringComparison.Ordinal) && QuestionShape.Definite(shape.Asked[i])))
                .Any(w => !w.Any(char.IsDigit) && TermOf(w) is { Known: false }))
        {
            return DeclineReason.UnknownThing;
        }

        // The verb itself: «مطابخ» is of the family of «أطبخ», but a briefing that mentions kitchens gives no recipe.
        if (shape.AdviceVerb is { } verb && TermOf(verb) is { } asked && !Literal(asked))
        {
            return DeclineReason.Advice;
        }

        if (shape.Defined.Count > 0)
        {
            var defined = shape.Defined.Select(TermOf).OfType<TermMatch>().ToList();
            if (defined.Count > 0 && !shown.Any(passage => defined.All(t => Holds(passage, t))))
            {
                return DeclineReason.NotDefined;
            }
        }

        // A difference is told where both things are named: «الدولار» in one passage and nothing of «اليورو» is not it.
        if (shape.Compared.Count > 0)
        {
            var compared = shape.Compared.Select(TermOf).ToList();
            if (compared.Any(t => t is null || !Literal(t)) || !shown.Any(passage => compared.All(t => Holds(passage, t!))))
            {
                return DeclineReason.NotCompared;
            }
        }

        // News that leaves a company or a partner unnamed says so by an indefinite noun and its adjective of origin («شركة
        // إماراتية»، «شريك دنماركي»): asked its name, that briefing cannot give it, unless another of its passages shown
        // names it. A company of that country named in another briefing («شركة توتال الفرنسية» in Iraq) is another company.
        if (shape.NameAsked is [var thing, var origin]
            && shown.Any(passage => Mentions(top[passage], thing, origin, named: false)
                && !shown.Any(other => result.Hits[other].Passage.BriefingId == result.Hits[passage].Passage.BriefingId && Mentions(top[other], thing, origin, named: true))))
        {
            return DeclineReason.NameNotGiven;
        }

        // News says when it leaves a person unnamed: «زميل له»، «مهندسًا … طلب عدم ذكر اسمه». Asked their name, a passage
        // shown that speaks of them so cannot give it.
        // A passage shown from the same briefing that names someone of that kind («المهندس خالد النور») may be the one asked
        // of; one of another briefing is someone else.
        if (shape.NamedAsked is { } person
            && shown.Any(passage => Unnamed(top[passage], person)
                && !shown.Any(other => result.Hits[other].Passage.BriefingId == result.Hits[passage].Passage.BriefingId && NamesOne(top[other], person))))
        {
            return DeclineReason.NameNotGiven;
        }

        if (shape.Dates.Count > 0 && !shape.Dates.All(date => top.Any(text => SpeaksOf(text, date))))
        {
            return DeclineReason.DateNotInAnswer;
        }

        // A year asked is said in the passage, or by «هذا العام / العام الماضي / العام المقبل» of the briefing's own date: a
        // figure of 2025 is no deficit of 2023.
        // A year the briefing's title names is what its news is about («المغرب ومونديال 2030»).
        // «العام الماضي» asked is the year before the briefing's date.
        // And said in the news of what the year is asked of: a briefing whose passages shown (or title) name it. «منذ عام
        // 2020» of a port's builder in another briefing dates no guaranteed cotton price; within one briefing the year's
        // passage may tell the thing in other words.
        var dated = shape.Dated.Select(TermOf).OfType<TermMatch>().Where(Literal).DistinctBy(t => t.Term).ToList();
        bool DatesAsked(int passage, int year) => SpeaksOfYear(result.Hits[passage].Passage, year)
            && (dated.Count == 0 || shown.Any(other => result.Hits[other].Passage.BriefingId == result.Hits[passage].Passage.BriefingId && dated.Any(t => HasOrTitled(other, t))));
        if (shape.Years.Count > 0 && !shape.Years.All(year => shown.Any(passage => DatesAsked(passage, year)))
            || shape.RelativeYear is { } relative && !shown.Any(passage => DatesAsked(passage, result.Hits[passage].Passage.BriefingDate.Year + relative)))
        {
            return DeclineReason.YearNotInAnswer;
        }

        // A class of ticket is spoken of by its noun and the class («في الدرجة الأولى»): the economy fare is no first-class one.
        if (shape.Tier.Count > 0 && !shown.Any(passage => QuestionShape.TierIn(ArabicText.FoldedWords(top[passage])).Intersect(shape.Tier).Any()))
        {
            return DeclineReason.ClassNotInAnswer;
        }

        // A thing asked of by its rank («الشحنة الثانية») is not the one the passages rank otherwise: «شحنتها الأولى ستصل منتصف
        // فبراير» dates the first. Judged only where some passage shown ranks the noun at all.
        if (shape.Ranked is var (rankedNoun, rank) && TermOf(rankedNoun) is { Known: true } rankedTerm)
        {
            var ranks = shown.SelectMany(passage => Tokens(passage).Find(rankedTerm.Variants).Select(span => RankAt(top[passage], span))).OfType<int>().ToList();
            if (ranks.Count > 0 && !ranks.Contains(rank))
            {
                return DeclineReason.OtherRank;
            }
        }

        // Who owns something is said by a word of owning, a share of its capital or a body it belongs to, where the passage
        // (or its briefing's title) names what is owned: «الذي تشغّله شركة تاف التركية» says who runs the airport, and a
        // passage where someone owns something else is no answer.
        if (shape.AsksOwner)
        {
            // «ملكية» in «لمن تعود ملكية …» is the frame, not what is owned.
            var owned = shape.About.Where(w => !w.Any(char.IsDigit) && !ArabicWordForms.AnyIn(w, FactWords.Ownership)).Select(TermOf).OfType<TermMatch>().Where(Literal).ToList();
            if (!shown.Any(passage => ArabicText.FoldedWords(top[passage]).Any(w => ArabicWordForms.AnyIn(w, FactWords.Ownership))
                    && (owned.Count == 0 || owned.Any(t => HasOrTitled(passage, t)))))
            {
                return DeclineReason.OwnerNotNamed;
            }
        }

        // Asked why something happened, passages that tell it only as a given («منذ اندلاع الحرب … نزح أكثر من أحد عشر مليون»،
        // «بعد توقف الأعمال فيه أكثر من عشر سنوات») are news of what followed it: its cause is not
        // theirs to give. Any form of the verb counts (its verbal noun: «اندلاع» for «اندلعت»); passages that never tell
        // it are not judged, as they may in other words.
        if (shape.Caused is { } caused && TermOf(caused) is { Known: true } causedTerm)
        {
            var family = DerivedForms.Of(causedTerm.Term).Concat(causedTerm.Variants).Append(causedTerm.Term).Distinct(StringComparer.Ordinal).ToList();
            var telling = shown.Select(passage => (Text: top[passage], Spans: Tokens(passage).Find(family))).Where(t => t.Spans.Count > 0).ToList();
            if (telling.Count > 0 && telling.All(t => t.Spans.All(span => Given(t.Text, span))))
            {
                return DeclineReason.CauseNotTold;
            }
        }

        // So is a question whose words after its focus are all words the briefings never use: «ما مصادر ثقب الأوزون؟» matches
        // only its frame («مصادر»). One such word may be a reader's synonym («هل صوّت الشبان؟» of «الشباب»): two are a thing.
        var about = shape.About.Where(w => !w.Any(char.IsDigit)).Select(TermOf).OfType<TermMatch>().ToList();
        if (about.Count >= 2 && about.All(t => !t.Known))
        {
            return DeclineReason.UnknownThing;
        }

        // Asked what something costs («كم تكلفة …؟»), the answer is a sum of money.
        var asksSum = shape.Asked is [var sumNoun, ..] && ArabicWordForms.AnyIn(sumNoun, FactWords.SumNouns);
        // So does a verb of spending right after «كم» («كم أنفقت تركيا على …؟»), where a place says whose sum it is.
        var spends = shape.Asked is [var verbOfSum, ..] && shape.Expected == ExpectedAnswer.Number && ArabicWordForms.AnyIn(verbOfSum, FactWords.SpendingVerbs);
        var missing = shape.Expected switch
        {
            ExpectedAnswer.Number when !top.Any(PassageFacts.HasNumber) => DeclineReason.NoNumber,
            ExpectedAnswer.Number when asksSum && !top.Any(GivesSum) => DeclineReason.NoSum,
            ExpectedAnswer.Time when !top.Any(PassageFacts.HasTime) => DeclineReason.NoTime,
            _ => (DeclineReason?)null,
        };
        if (missing is not null || shape.Expected == ExpectedAnswer.Any)
        {
            return missing;
        }

        // Asked what something cost, the sum answers where the passage names what cost it («كم تكلفة ميناء مبارك الكبير؟»:
        // «استكمال ميناء مبارك الكبير … بكلفة تقارب أربعة مليارات دولار»): the first word after the cost noun that the
        // briefings use. What the briefing is about (its title names it: «طريق التنمية») goes without saying in its passages:
        // «وتقدّر الحكومة الكلفة الإجمالية للمشروع بنحو سبعة عشر مليار دولار».
        if (asksSum
            && shape.About.Select(TermOf).OfType<TermMatch>().FirstOrDefault(Literal) is { } costed
            && !shown.Any(passage => GivesSum(top[passage])
                && HasOrTitled(passage, costed)))
        {
            return DeclineReason.SumNotOfSubject;
        }

        // Asked when something happens, the passages that tell the happening by the question's verb must date it («متى صدر
        // القانون؟»: «القانون الذي صدر في مارس»): where they tell it without a time, a time in another passage dates
        // something else. Passages that never use the verb are not judged: they may tell it in other words («أغلقت مكاتب
        // الاقتراع مساء الأحد» for «متى صوّت التونسيون؟»).
        if (shape.Event is { } happening && TermOf(happening) is { Known: true } happened && Literal(happened))
        {
            var telling = shown.Where(passage => Has(passage, happened)).ToList();
            if (telling.Count > 0 && !telling.Any(passage => PassageFacts.HasTime(top[passage])))
            {
                return DeclineReason.TimeNotOfEvent;
            }
        }

        // Asked when something begins («متى بدأ حفر قناة السويس؟»، «متى تنطلق بطولة كأس آسيا؟»), the time answers where the passage
        // (or its briefing's title) names what begins: «افتتحت للملاحة عام 1869» dates the canal's opening, not its digging.
        // A word the briefings never use names a thing no passage dates; a misspelt or derived one is not required.
        if (shape.Begun.Count > 0)
        {
            var begun = shape.Begun.Select(TermOf).OfType<TermMatch>().Where(t => !t.Known || Literal(t) && !t.Fuzzy).ToList();
            if (begun.Count > 0 && !shown.Any(passage => PassageFacts.HasTime(top[passage])
                    && begun.All(t => t.Known && HasOrTitled(passage, t))))
            {
                return DeclineReason.TimeNotOfEvent;
            }
        }

        // The number or the time answers where it is said of the places the question names: in one passage with them, not
        // a place in one passage and a number of something else in another. A place the briefing is about (its title names
        // it) goes without saying in its passages: «نزح أكثر من مئة ألف» in a briefing titled «العراق يعطش».
        // A count is of the thing counted: «ستين ألف شخص» in Homs gives no number of factories there («كم مصنعًا … في حمص؟»).
        // Its plural counts it too («ألف طلاب» for «كم طالبًا»), and persons count a group of people («مئة ألف شخص نزحوا»
        // for «النازحين»). A thing the briefings never name is counted nowhere.
        // A place the question asks of as where the news happens is not answered by a passage that names it only as where
        // people come from or go to, or what a border is with («نزحوا إلى مخيمات قرب الحدود مع كينيا» gives no count in
        // Kenya); the briefing's title still says where its news happens.
        var named = places.Select((names, i) => (Names: names.SelectMany(ArabicWordForms.Readings).ToHashSet(StringComparer.Ordinal), AsLocus: !shape.RelatedPlaces.Contains(shape.Places[i])))
            .Select(p => (Func<string, bool, bool>)((text, title) => NamesPlace(text, p.Names, asLocus: p.AsLocus && !title) || p.Names.SelectMany(CompoundsCalled).Any(c => Gazetteer.Says(text, c))))
            .Concat(shape.Compounds.Select(c => (Func<string, bool, bool>)((text, _) => Gazetteer.Says(text, c) || NamesPlace(text, c.Also.SelectMany(ArabicWordForms.Readings).ToHashSet(StringComparer.Ordinal)))))
            // A place named after its kind («مطار النفيضة»، «ولاية الوادي») is a place as a country is: the number is said of it.

            .ToList();
        var counted = shape.Counted.Select(w => (Word: w, Term: TermOf(w))).Where(c => c.Term is not null).ToList();
        // A measure asked how much is given in its units: «أربع ساعات» in Damascus is no price there.
        // A sum asked is given in a currency: «مطلع القرن العشرين» in the passage naming Turkey is no sum it spent.
        var measure = shape.Attribute is { } measured ? UnitsOf(measured) : asksSum || spends ? FactWords.Currencies : null;
        // A price asked of a place is the price of the thing asked: jet fuel priced at Tunis airport gives no price of petrol
        // in Tunisia. The thing is the subject's first word that is no unit it is priced by («لتر البنزين») and no place.
        // A ticket is priced as the fare of what it rides: «سعر تذكرة المترو» by «سعر الرحلة الواحدة … المترو».
        var priced = measure == FactWords.Currencies && shape.Attribute is not null
            ? ThingsPriced(LiteralTerms(shape.Subject.Where(MayBeThingPriced)))
            : [];
        // A clause of contrast («فيما»، «بينما»، «في حين»، «أما») tells another subject's fact: «أربعين في المئة من الرحلات بين
        // تونس وفرنسا، فيما تستعد الخطوط الملكية المغربية لمضاعفة أسطولها» gives no number of Morocco's. What is counted
        // may go unsaid in the clause («بينما بلغت في الجزائر واحدًا وعشرين في المئة»), the number and the place may not.
        bool GivesFact(int passage) =>
            FactClauses(top[passage]).Any(clause => (shape.Expected != ExpectedAnswer.Number ? PassageFacts.HasTime(clause)
                    : measure is not null ? InUnits(measure, clause) : PassageFacts.HasNumber(clause))
                && named.All(names => names(result.Hits[passage].Passage.BriefingTitle, true) || names(clause, false)))
            && counted.All(c => c.Term!.Known && Tokens(passage).Find(c.Term.Variants).Count > 0 || CountsPeople(c.Word, top[passage]) || CountsInPlural(c.Word, top[passage]))
            && (priced.Count == 0 || priced.Any(t => Has(passage, t)));
        // A body's headcount («كم عدد العاملين في المحطة؟»، «كم موظفًا في المطار؟») is counted by its people wherever it is:
        // a passage that names them and holds a number elsewhere («المحطات العاملة سوى ربع ما …») gives none. The number
        // counts them a few words before them («نحو عشرة آلاف عامل»، «عشرة في المئة من العاملات»), or before the word that
        // says which of them («العمال الوافدين» counted as «خمسة وثلاثين مليون وافد»).
        // The people are counted in their broken plural too («خفضت عدد عمال المطعم» for «كم عاملًا»).
        var staff = counted.Where(c => ArabicWordForms.AnyIn(c.Word, FactWords.Staff) && c.Term!.Known)
            .Select(c => new[] { c.Term! }
                .Concat(FactWords.StaffPlurals.Where(g => ArabicWordForms.AnyIn(c.Word, g)).SelectMany(g => g).Select(w => LookUp(index, w)).OfType<TermMatch>().Where(t => t.Known))
                .Concat(shape.QualifierOf(c.Word) is { } which && TermOf(which) is { Known: true } term ? [term] : []).ToList())
            .ToList();
        // The people counted are those of the body asked: «نحو أربعة وعشرين ألف موظف» in the canal authority is no headcount
        // of a shipping line («كم عدد موظفي شركة ميرسك؟»). The passage that counts them names it, or its briefing's title does
        // («ويعمل في الهيئة …» under «قناة السويس …»).
        // A misspelt word («دول الخلبج») is read as its correction only to find passages.
        var workplace = shape.Workplace.Select(TermOf).OfType<TermMatch>().Where(t => Literal(t) && !t.Fuzzy).ToList();
        if (named.Count == 0 && staff.Count > 0)
        {
            return shown.Any(passage => staff.All(people => people.Any(s => Tokens(passage).Find(s.Variants).Any(span => CountedAt(top[passage], span))))
                    && workplace.All(w => HasOrTitled(passage, w)))
                ? null
                : DeclineReason.FactNotOfSubject;
        }

        return named.Count > 0 && !shown.Any(GivesFact) ? DeclineReason.FactNotOfSubject : null;

        DeclineReason? JudgeAttribute(string word)
        {
            if ((TermOf(word) ?? (shape.AttributeImplied ? LookUp(index, word) : null)) is not { } attribute)
            {
                return null;
            }

            // The unit it is asked in is no subject: «ما طول نهر الفرات بالكيلومترات؟» asks of the river.
            // The price of money lent is a rate: «سعر الفائدة» is given in per cent, not in a currency.
            var units = shape.Subject is [var first, ..] && UnitsOf(word) == FactWords.Currencies && ArabicWordForms.AnyIn(first, FactWords.Interest)
                ? FactWords.Percent
                : UnitsOf(word);
            var subject = shape.Subject.Where(w => units is null || !ArabicWordForms.AnyIn(w, units))
                .Select(TermOf).OfType<TermMatch>().Where(t => t.Term != attribute.Term).DistinctBy(t => t.Term).ToList();
            if (!Literal(attribute))
            {
                // A measure the briefings never name is given by its units beside what is measured: «أربعين كيلوغرامًا من
                // الأمتعة» is the weight of the luggage, though no briefing says «وزن».
                return units is not null && subject is [{ } measuredThing, ..] && Literal(measuredThing)
                    && shown.Any(passage => UnitNear(units, top[passage], Tokens(passage).Find(measuredThing.Variants)))
                    ? null
                    : DeclineReason.AttributeUnknown;
            }
            if (subject.Count > 0)
            {
                // The word right after the attribute names what it is asked of («سعر الأوقية»، «راتب السائقة»): the briefings
                // cannot give the attribute of a thing they never name, whatever the question's other words match.
                var known = subject.Where(Literal).ToList();
                if (!subject[0].Known || known.Count == 0 && units is null)
                {
                    return DeclineReason.AttributeUnknown;
                }

                // The attribute of another country is not the one asked: «وزير النقل السوداني» for «من هو وزير النقل السعودي؟».
                var askedPlaces = shape.Subject.SelectMany(Gazetteer.PlacesNamedBy).ToHashSet(StringComparer.Ordinal);
                // A body or a place asked of by its kind and its name («شركة ميرسك»، «مطار النفيضة»): the kind is said of every
                // one of them («الرئيس المدير العام للشركة» of another company), so the passage must name it as well, by the
                // word right after the kind: what follows it describes («شركة النورس للملاحة»: another shipping company is
                // «للملاحة» too).
                var kind = shape.Subject is [var kindWord, ..] && (SpeakerLexicon.IsBodyNoun(kindWord) || FactWords.PlaceKinds.Contains(kindWord)) ? TermOf(kindWord) : null;
                var named = kind is null ? [] : known.Where(t => t.Term != kind.Term).Take(1).ToList();
                bool SaysOf(int passage) => (known.Any(s => Near(Tokens(passage), attribute, s)) || IsAge(word) && known.Count > 0 && AgeAfter(top[passage], Tokens(passage).Find(known[^1].Variants))
                        || known.Count > 0 && SaidBack(
                            top[passage],
                            [.. Tokens(passage).Find(attribute.Variants), .. shape.AttributeImplied ? HeadingVerbsOf(top[passage], word) : []],
                            Tokens(passage).Find(known[^1].Variants)))
                    && (named.Count == 0 || named.Any(t => HasOrTitled(passage, t)))
                    && (askedPlaces.Count == 0 || !OfOtherPlace(top[passage], Tokens(passage).Find(attribute.Variants), askedPlaces, () => TitlePlacesOf(passage)));

                // A measure in its units answers where the passage speaks of the subject («كم سعر التذكرة؟»: «تباع التذكرة
                // بأربعة ريالات»), not wherever a number and a unit appear.
                if (!shown.Any(SaysOf)
                    && !shown.Any(passage => units is not null && InUnits(units, top[passage]) && subject.Any(s => s.Known && Tokens(passage).Find(s.Variants).Count > 0)))
                {
                    return DeclineReason.AttributeNotOfSubject;
                }

                // Asked how much, the measure is a number in its units beside what is measured or the attribute itself («تباع
                // التذكرة بأربعة ريالات»، «سعر الرحلة الواحدة بأربعة ريالات»): «بأسعار ارتفعت بنسبة الثلث» says the price
                // rose, and «مئة وعشرين مليون دينار» a clause away from «عبوة» is what something else cost.
                // «ما سرعة القطار؟» asks a measure as «كم سرعة …» does.
                // A length is told as a distance too: «بين جيبوتي وأديس أبابا على مسافة سبعمئة وخمسين كيلومترًا».
                var alike = ArabicWordForms.AnyIn(word, FactWords.Lengths)
                    ? FactWords.Lengths.Where(w => !ArabicWordForms.Readings(word).Contains(w)).Select(w => LookUp(index, w)).OfType<TermMatch>().Where(t => t.Known).ToList()
                    : [];
                if (shape.Expected is ExpectedAnswer.Number or ExpectedAnswer.Any && units is not null && subject[0].Known
                    && !shown.Any(passage => UnitNear(units, top[passage], [.. Tokens(passage).Find(subject[0].Variants), .. Tokens(passage).Find(attribute.Variants), .. alike.SelectMany(t => Tokens(passage).Find(t.Variants))])))
                {
                    return DeclineReason.NoMeasure;
                }

                // A price is of the thing priced, the subject's first word that is no unit it is priced by («لتر») and no
                // place: «كيس السكر … اثنين وثلاثين دولارًا» in a market is no price of a litre of milk there.
                // A ticket is priced by what it rides as well.
                if (shape.Expected is ExpectedAnswer.Number or ExpectedAnswer.Any && units == FactWords.Currencies
                    && shape.Subject.Where(MayBeThingPriced).ToList() is [var thingWord, .. var rest]
                    && TermOf(thingWord) is { } thing && Literal(thing) && thing.Term != attribute.Term
                    && ThingsPriced([(thingWord, thing), .. LiteralTerms(rest.Take(1))]) is var things
                    && !shown.Any(passage => InUnits(units, top[passage]) && things.Any(t => Has(passage, t))))
                {
                    return DeclineReason.PriceNotOfThing;
                }

                // Who holds the office is told where a person is quoted or named in it («قال وزير الأشغال … رامي الخطيب»);
                // «وأعلن وزير الصحة اللبناني أن …» tells what the office said, not who holds it. Narration that quotes no
                // one («أدى وزير المالية الجديد اليمين») may name the holder in a way no rule reads, and is kept.
                if (shape.AsksHolder && !shown.Any(passage => SaysOf(passage)
                        && (NamesSomeone(result.Hits[passage].Passage) || Narrates(result.Hits[passage].Passage))))
                {
                    return DeclineReason.HolderNotNamed;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Whether the counted word is a group of people (a plural in «ين/ون»: «النازحين»، «المقبولين») and the text counts people
    /// in persons («مئة وثلاثين ألف شخص نزحوا»): the count is given in «شخص» rather than in the question's word.
    /// </summary>
    private static bool CountsPeople(string counted, string text) =>
        (counted.EndsWith("ين", StringComparison.Ordinal) || counted.EndsWith("ون", StringComparison.Ordinal)) && counted.Length >= 5
        && ArabicText.FoldedWords(text).Any(w => ArabicWordForms.AnyIn(w, FactWords.PeopleCounters));

    /// <summary>
    /// Whether a word of a price question's subject may name the thing priced: no number, no unit it is priced by («لتر»),
    /// no place or place adjective, no preposition or question word.
    /// </summary>
    private static bool MayBeThingPriced(string word) =>
        !word.Any(char.IsDigit) && !ArabicWordForms.AnyIn(word, FactWords.CountUnits) && !ArabicWordForms.AnyIn(word, Gazetteer.Places)
        && !Gazetteer.IsAdjectiveOfPlace(word) && !FactWords.Prepositions.Contains(word) && !FactWords.Leads.Contains(word);

    /// <summary>
    /// The thing a price question asks the price of, of the subject's words that may name one (literal in the index), in
    /// order: the first; for a ticket also the word after it, what it rides: news prices a ride («سعر الرحلة الواحدة بأربعة
    /// ريالات … المترو») more often than it says «تذكرة».
    /// </summary>
    private static List<TermMatch> ThingsPriced(IEnumerable<(string Word, TermMatch Term)> candidates)
    {
        var words = candidates.Take(2).ToList();
        return words switch
        {
            [var ticket, var ridden] when ArabicWordForms.AnyIn(ticket.Word, FactWords.Tickets) => [ticket.Term, ridden.Term],
            [var first, ..] => [first.Term],
            _ => [],
        };
    }

    /// <summary>
    /// Whether the attribute is said by a verb whose subject is a pronoun for a name earlier in its sentence: «وتستحوذ شركة
    /// هرمود … وقد تأسست عام 2002» tells when Hormuud was founded, after «قد» or a relative pronoun («الشركة، التي تأسست …»).
    /// </summary>
    private static bool SaidBack(string text, IReadOnlyList<TextSpan> attribute, IReadOnlyList<TextSpan> subject) =>
        attribute.Any(a => ArabicText.FoldedWords(text[Math.Max(0, a.Start - 8)..a.Start]) is [.., var before] && FactWords.ReferringBack.Contains(before)
            && subject.Any(s => s.Start < a.Start && text.AsSpan(s.Start, a.Start - s.Start).IndexOfAny(".؟?!") < 0));

    /// <summary>
    /// Where the passage heads a body by the verb of the office asked, its object a pronoun («المنطقة الاقتصادية، التي
    /// يرأسها وليد جمال الدين»): news names a head this way as often as by the office's noun, which the index cannot meet
    /// from the verb.
    /// </summary>
    private static List<TextSpan> HeadingVerbsOf(string text, string office) =>
        [.. WordPattern().Matches(text)
            .Where(m => ArabicText.Fold(m.Value) is var verb
                && ObjectPronouns.FirstOrDefault(p => verb.EndsWith(p, StringComparison.Ordinal)) is { } pronoun
                && FactWords.HeadingVerbs.TryGetValue(verb[..^pronoun.Length], out var headed) && headed == office)
            .Select(m => new TextSpan(m.Index, m.Length))];

    /// <summary>The pronouns a verb takes for its object, longest first so «ها» is not read as «ه».</summary>
    private static readonly string[] ObjectPronouns = [.. new[] { "هما", "هم", "هن", "ها", "ه" }.Select(p => ArabicText.Fold(p))];

    /// <summary>Whether a number stands within three words before the span, in its clause.</summary>
    private static bool CountedAt(string text, TextSpan at)
    {
        var before = text[Math.Max(0, at.Start - 40)..at.Start];
        var stop = before.LastIndexOfAny(['،', ',', '.', '؛', ';', ':']);
        var words = ArabicText.FoldedWords(stop < 0 ? before : before[(stop + 1)..]);
        if (words.TakeLast(3).Any(IsNumberWord))
        {
            return true;
        }

        // «خفضت عدد عمال المطعم من ستة إلى اثنين»: after «عدد», the number follows the people in their clause.
        if (words is not [.., var previous] || ArabicWordForms.Readings(previous).All(r => r != "عدد"))
        {
            return false;
        }

        var after = text[(at.Start + at.Length)..Math.Min(text.Length, at.Start + at.Length + 60)];
        var end = after.IndexOfAny(['،', ',', '.', '؛', ';', ':']);
        return ArabicText.FoldedWords(end < 0 ? after : after[..end]).Take(6).Any(IsNumberWord);
    }

    /// <summary>The rank the text gives the noun at this place: an ordinal right after it («شحنتها الأولى») or right before it («أول شحنة»).</summary>
    private static int? RankAt(string text, TextSpan at)
    {
        var after = ArabicText.FoldedWords(text[(at.Start + at.Length)..Math.Min(text.Length, at.Start + at.Length + 20)]);
        if (after is [var next, ..] && QuestionShape.RankAfter(next) is { } rank)
        {
            return rank;
        }

        var before = ArabicText.FoldedWords(text[Math.Max(0, at.Start - 12)..at.Start]);
        return before is [.., var previous] ? QuestionShape.RankBefore(previous) : null;
    }

    /// <summary>
    /// Whether the text counts a feminine noun (folded «ة» as «ه»: «مره»، «شاحنه») in its sound plural («أربع مرات»، «مئتا
    /// شاحنات»), which the light stemmer keeps apart from the singular the question counts in.
    /// </summary>
    private static bool CountsInPlural(string counted, string text) =>
        counted.Length >= 3 && counted[^1] == 'ه'
        && ArabicText.FoldedWords(text).Any(w => w.EndsWith(string.Concat(counted.AsSpan(0, counted.Length - 1), "ات"), StringComparison.Ordinal));

    /// <summary>
    /// Whether the passage quotes someone by name: a speaker that is no place, and does not open with a title, an office or
    /// a body («وزير الصحة»، «الهيئة»), as what is said without a name is recorded.
    /// </summary>
    private static bool NamesSomeone(Passage passage) =>
        passage.AllSpeakers.Select(ArabicText.FoldedWords).Any(name => name.Count > 0
            && !(name.Count == 1 && ArabicWordForms.AnyIn(name[0], Gazetteer.Places))
            && !SpeakerLexicon.IsTitle(name[0]) && !SpeakerLexicon.IsInstitution(name[0]) && !ArabicWordForms.AnyIn(name[0], FactWords.Offices));

    /// <summary>
    /// Whether every time the text says the attribute it names, within the few words after it, a place and none of the
    /// places asked: «وزير النقل السوداني» is the minister of another country than «السعودي». A mention with no place
    /// after it may be of the place asked, which the briefing need not repeat.
    /// </summary>
    private static bool OfOtherPlace(string text, IReadOnlyList<TextSpan> attribute, IReadOnlySet<string> asked, Func<IReadOnlySet<string>> title) =>
        attribute.Count > 0 && attribute.All(at =>
        {
            var end = Math.Min(text.Length, at.Start + at.Length + SubjectAfter);
            var after = ArabicText.FoldedWords(text[(at.Start + at.Length)..end]).Take(PlaceWordsAfter).SelectMany(Gazetteer.PlacesNamedBy).ToHashSet(StringComparer.Ordinal);
            // An office with no place after it is of the country the briefing is about: «وزير النقل» in a briefing titled «الخطوط
            // التونسية: …» is Tunisia's, no answer to «من هو وزير النقل المغربي؟».
            var of = after.Count > 0 ? after : title();
            return of.Count > 0 && !of.Overlaps(asked);
        });

    /// <summary>The places a passage's briefing title names, by name or adjective: what its news is about.</summary>
    private static HashSet<string> TitlePlaces(Passage passage) =>
        ArabicText.FoldedWords(passage.BriefingTitle).SelectMany(Gazetteer.PlacesNamedBy).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the passage (or its briefing's title) speaks of the year: its digits («عام 2025»، «2026/2027»), a year in words («ألفين …», not read
    /// further), or «هذا العام» / «العام الماضي» / «العام المقبل» counted from the briefing's date.
    /// </summary>
    private static bool SpeaksOfYear(Passage passage, int year)
    {
        var text = passage.Text;
        bool WritesYear(string s) => YearDigits().Matches(s).Any(m => m.Value.Aggregate(0L, (n, c) => (n * 10) + (long)char.GetNumericValue(c)) == year);
        if (WritesYear(passage.BriefingTitle) || WritesYear(text))
        {
            return true;
        }

        var words = ArabicText.FoldedWords(text);
        var offset = year - passage.BriefingDate.Year;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.StartsWith("الفين", StringComparison.Ordinal) || w.StartsWith("والفين", StringComparison.Ordinal) || w.StartsWith("الفان", StringComparison.Ordinal))
            {
                return true;
            }

            if (!FactWords.YearWritten.Nouns.Contains(w) || i + 1 >= words.Count)
            {
                continue;
            }

            var next = words[i + 1];
            var before = i > 0 ? words[i - 1] : string.Empty;
            if (offset == 0 && (FactWords.YearWritten.This.Contains(next) || before is "هذا" or "هذه"))
            {
                return true;
            }

            if (offset == -1 && FactWords.YearWritten.Last.Contains(next))
            {
                return true;
            }

            if (offset == 1 && FactWords.YearWritten.Next.Contains(next))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text tells the happening at this place as a given: after a time word («منذ اندلاع»، «بعد أن توقف»),
    /// with no cause given right after it in its clause («بعد ارتفاعها بسبب الجفاف»).
    /// </summary>
    internal static bool Given(string text, TextSpan at)
    {
        var before = ArabicText.FoldedWords(text[..at.Start]);
        static string Bare(string word) => word.Length > 3 && word[0] == 'و' ? word[1..] : word;
        var given = before is [.., var last] && FactWords.Background.Contains(Bare(last))
            || before is [.., var time, "ان"] && FactWords.Background.Contains(Bare(time));
        if (!given)
        {
            return false;
        }

        var end = at.Start + at.Length;
        var rest = text[end..Math.Min(text.Length, end + CauseAfter)];
        var stop = rest.IndexOfAny(['،', ',', '.', '؛']);
        return !ArabicText.FoldedWords(stop < 0 ? rest : rest[..stop]).Any(w => FactWords.CauseMarkers.Contains(w));
    }

    /// <summary>How far after a happening told as a given its cause may still be given (characters).</summary>
    private const int CauseAfter = 80;

    /// <summary>
    /// The text cut before each conjunction of contrast that opens a clause («فيما»، «بينما»، «في حين»، «أما»): news joins
    /// two subjects' facts by them, so a number before one is not the fact of the subject after it. «فيما يتعلق/يخص …»
    /// (as for) and «فيما بعد» (later) open no such clause.
    /// </summary>
    internal static IReadOnlyList<string> FactClauses(string text)
    {
        var cuts = ContrastClause().Matches(text).Select(m => m.Index).ToList();
        if (cuts.Count == 0)
        {
            return [text];
        }

        var clauses = new List<string>(cuts.Count + 1);
        var start = 0;
        foreach (var cut in cuts)
        {
            clauses.Add(text[start..cut]);
            start = cut;
        }

        clauses.Add(text[start..]);
        return clauses;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[\s،,؛])(?:و?فيما(?!\s+(?:يتعلق|يخص|بعد|بين))|و?بينما|و?في\s+حين|و?أما)(?=\s)")]
    private static partial System.Text.RegularExpressions.Regex ContrastClause();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex YearDigits();

    /// <summary>Whether the attribute asks a person's age: «كم عمر …؟»، «ما عمره؟».</summary>
    private static bool IsAge(string attribute) => attribute is "عمر" or "عمره" or "عمرها";

    /// <summary>How far after a name its apposition may tell the age: «محمد العجمي، وهو موظف حكومي في الأربعين من عمره».</summary>
    private const int AgeDistance = 80;

    /// <summary>
    /// Whether a person's age is told after one of the mentions of their surname (the subject's last word), in the apposition to the name the news gives it in: «من
    /// عمره/عمرها» or «البالغ من العمر» within <see cref="AgeDistance"/> characters, no stop between.
    /// </summary>
    private static bool AgeAfter(string text, IReadOnlyList<TextSpan> mentions) =>
        mentions.Any(m =>
        {
            var from = m.Start + m.Length;
            var end = Math.Min(text.Length, from + AgeDistance);
            var stop = text.AsSpan(from, end - from).IndexOfAny(".؛;");
            var words = ArabicText.FoldedWords(text[from..(stop < 0 ? end : from + stop)]);
            return words.Where((w, i) => i > 0 && words[i - 1] == "من" && w is "عمره" or "عمرها" or "العمر").Any();
        });

    /// <summary>How many words after an attribute may name whose it is: «وزير النقل والمواصلات السوداني».</summary>
    private const int PlaceWordsAfter = 4;

    /// <summary>Whether the passage quotes no one: no speaker, and no «أن/إن» opening what someone said.</summary>
    private static bool Narrates(Passage passage) =>
        !passage.AllSpeakers.Any() && !ArabicText.FoldedWords(passage.Text).Any(w => w is "ان" or "وان" or "بان");

    /// <summary>
    /// Whether the text has the noun without the article (through a conjunction or preposition: «لشركة») followed by the
    /// place's adjective without it («شركة فرنسية»، «شركة تأجير إيرلندية»: unnamed), or by a name and the adjective with it («شركة توتال
    /// الفرنسية»: named). The noun with the article right before the adjective with it («الشركة الكورية المنفذة») is the
    /// same unnamed company spoken of again: a name stands between them when the news gives one.
    /// </summary>
    private static bool Mentions(string text, string noun, string origin, bool named)
    {
        var places = Gazetteer.PlacesOfAdjective(origin).ToHashSet(StringComparer.Ordinal);
        bool Of(string word) => Gazetteer.PlacesOfAdjective(word).Any(places.Contains);
        var words = ArabicText.FoldedWords(text);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var w = words[i];
            if (!named && DefiniteOf(w, noun) && words[i + 1].StartsWith("ال", StringComparison.Ordinal) && Of(words[i + 1]))
            {
                return true;
            }

            if (!IndefiniteOf(w, noun))
            {
                continue;
            }

            // «شركة تأجير إيرلندية»، «شركة طيران سعودية»: a noun of what the company does may stand between.
            if (named ? words.Skip(i + 2).Take(3).Any(a => a.StartsWith("ال", StringComparison.Ordinal) && Of(a))
                : !words[i + 1].StartsWith("ال", StringComparison.Ordinal) && (Of(words[i + 1]) || i + 2 < words.Count && words[i + 1].Length >= 3
                    && !FactWords.Prepositions.Contains(words[i + 1]) && !words[i + 2].StartsWith("ال", StringComparison.Ordinal) && Of(words[i + 2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text speaks of the person without the article (through a conjunction or preposition, or in the
    /// accusative: «مهندسًا») and says it leaves them unnamed: «له/لها» right after («مع زميل له»), or a name withheld
    /// («طلب عدم ذكر اسمه»، «رفض الكشف عن هويتها»).
    /// </summary>
    private static bool Unnamed(string text, string person)
    {
        var words = ArabicText.FoldedWords(text);
        var withheld = words.Any(w => w is "اسمه" or "اسمها" or "هويته" or "هويتها") && words.Any(w => w is "عدم" or "رفض" or "رفضت" or "دون" or "يذكر" or "تذكر");
        return words.Where((w, i) => (IndefiniteOf(w, person) || w == person + "ا")
                && (withheld || i + 1 < words.Count && words[i + 1] is "له" or "لها" or "لهم"))
            .Any();
    }

    /// <summary>Whether the text gives the noun with the article and a name after it: «المهندس خالد», not «المهندس البحري».</summary>
    private static bool NamesOne(string text, string person)
    {
        var words = ArabicText.FoldedWords(text);
        return words.Where((w, i) => DefiniteOf(w, person) && i + 1 < words.Count && words[i + 1].Length >= 3 && !words[i + 1].StartsWith("ال", StringComparison.Ordinal)
                && !FactWords.Prepositions.Contains(words[i + 1]) && !FactWords.Leads.Contains(words[i + 1]))
            .Any();
    }

    /// <summary>Whether the word is the noun without the article, through one conjunction or preposition: «شركة»، «لشركة»، «وزميل».</summary>
    private static bool IndefiniteOf(string word, string noun) =>
        word == noun || word.Length == noun.Length + 1 && word[0] is 'و' or 'ب' or 'ل' or 'ف' or 'ك' && word.EndsWith(noun, StringComparison.Ordinal);

    /// <summary>Whether the word is the noun with the article, through a conjunction or preposition: «الشركة»، «وبالشركة»، «للشركة».</summary>
    private static bool DefiniteOf(string word, string noun) =>
        word.EndsWith(noun, StringComparison.Ordinal)
        && word[..^noun.Length] is "ال" or "وال" or "فال" or "بال" or "كال" or "وبال" or "فبال" or "لل" or "ولل" or "فلل";

    /// <summary>
    /// Whether the text names the place, by name or adjective, through clitics: «بمصر»، «المصرية»; as where its news happens
    /// (<paramref name="asLocus"/>), not only as where people come from or go to («من تونس»، «قرب الحدود مع كينيا»).
    /// </summary>
    private static bool NamesPlace(string text, IReadOnlySet<string> names, bool asLocus = false)
    {
        var words = ArabicText.FoldedWords(text);
        return words.Where((w, i) => (ArabicWordForms.Readings(w).Any(names.Contains) || Gazetteer.PlacesOfAdjective(w).Any(names.Contains))
            && !(asLocus && QuestionShape.Related(words, i))).Any();
    }

    /// <summary>Whether the text gives a sum of money: a number in a currency («مئة وتسعة وأربعين درهمًا»).</summary>
    internal static bool GivesSum(string text) => InUnits(FactWords.Currencies, text);

    /// <summary>The units a measured attribute is given in («مساحة»: هكتار، دونم …), null when it is not measured.</summary>
    private static IReadOnlySet<string>? UnitsOf(string attribute) =>
        ArabicWordForms.Readings(ArabicText.Fold(attribute)).Select(r => FactWords.MeasureUnits.GetValueOrDefault(r)).FirstOrDefault(u => u is not null);

    /// <summary>
    /// Whether the passage gives a number in the units: «خمسة وأربعين ألف هكتار» is an area, though it never says «مساحة».
    /// </summary>
    private static bool InUnits(IReadOnlySet<string> units, string text)
    {
        if (!PassageFacts.HasNumber(text))
        {
            return false;
        }

        // «متر مكعب» measures a volume, «كيلومتر مربع» an area: a length or a height is not given in them.
        var words = ArabicText.FoldedWords(text);
        var area = units.Contains("هكتار");
        return words.Where((w, i) => IsUnit(w, units)
                && !(i + 1 < words.Count && (words[i + 1].StartsWith("مكعب", StringComparison.Ordinal) || !area && words[i + 1].StartsWith("مربع", StringComparison.Ordinal))))
            .Any();
    }

    /// <summary>Whether the folded word is one of the units, through its clitics and the accusative's «ا» («درهمًا»، «مترًا»).</summary>
    private static bool IsUnit(string word, IReadOnlySet<string> units) =>
        ArabicWordForms.AnyIn(word, units) || word.Length > 3 && word[^1] == 'ا' && ArabicWordForms.AnyIn(word[..^1], units);

    /// <summary>How far (in characters) a measure's unit may be from what it measures: «تباع التذكرة بأربعة ريالات».</summary>
    private const int UnitDistance = 40;

    /// <summary>Whether the text gives a number in one of the units within <see cref="UnitDistance"/> of one of the spans.</summary>
    private static bool UnitNear(IReadOnlySet<string> units, string text, IReadOnlyList<TextSpan> measured)
    {
        if (measured.Count == 0 || !InUnits(units, text))
        {
            return false;
        }

        return WordPattern().Matches(text)
            .Where(m => IsUnit(ArabicText.Fold(m.Value), units))
            .Any(m => measured.Any(s => Math.Abs(s.Start - m.Index) <= UnitDistance || OneClause(text, s.Start, m.Index)));
    }

    /// <summary>How far a clause may carry a measure from what it measures: one sentence of news, not a paragraph.</summary>
    private const int ClauseDistance = 120;

    /// <summary>
    /// Whether no comma, stop or colon stands between the two positions, which are at most <see cref="ClauseDistance"/>
    /// apart: «ويبلغ سعر التذكرة في الدرجة الثانية بين طنجة والدار البيضاء مئة وتسعة وأربعين درهمًا» gives the price at the
    /// end of its clause, however long what it is the price of.
    /// </summary>
    private static bool OneClause(string text, int from, int to)
    {
        var (start, end) = from < to ? (from, to) : (to, from);
        return end - start <= ClauseDistance && text.AsSpan(start, end - start).IndexOfAny("،,.؛;:") < 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}+")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();

    /// <summary>
    /// Whether the passage speaks of the day: the same word through its clitics and article («صباح جمعة» for «يوم
    /// الجمعة»), or another name of the same month («يوليو» for «تموز»).
    /// </summary>
    private static bool SpeaksOf(string text, string date)
    {
        var asked = ArabicWordForms.Readings(date).ToHashSet(StringComparer.Ordinal);
        var months = FactWords.MonthNames.Where(names => asked.Overlaps(names)).ToList();
        return ArabicText.FoldedWords(text).Any(w => ArabicWordForms.Readings(w).Any(r => asked.Contains(r) || months.Any(names => names.Contains(r))));
    }

    /// <summary>The index's term for a word the question does not use itself (the office its verb names), or null.</summary>
    /// <remarks>The same whatever the question: the index remembers it until the next commit.</remarks>
    private static TermMatch? LookUp(PassageIndex index, string word) =>
        index.Remembered("term of: " + word, () => Searched(index, word, 1), found => found.Terms.FirstOrDefault(), null);

    /// <summary>The search for the word's analysed terms, null when analysis leaves none.</summary>
    private static PassageSearch? Searched(PassageIndex index, string words, int take, string? briefingId = null) =>
        index.Analyze(words) is { IsEmpty: false } analyzed ? new PassageSearch(analyzed, take, BriefingId: briefingId) : null;

    /// <summary>The compound names a one-word name stands for: «الولايات المتحدة» for «امريكا».</summary>
    private static IEnumerable<Compound> CompoundsCalled(string place) => Gazetteer.Compounds.Where(c => c.Also.Contains(place));

    /// <summary>Whether a passage (of the briefing, when given) says the compound name: both words, in order.</summary>
    /// <remarks>
    /// The same search whatever the question, asked of every question naming the place (by every reading of its one-word
    /// name, for every briefing shown): the index remembers the answer until the next commit.
    /// </remarks>
    private static bool Says(PassageIndex index, Compound place, string? briefingId = null) =>
        index.Remembered(
            $"compound said: {place.Name} in {briefingId}",
            () => Searched(index, place.Name, CompoundDepth, briefingId) is { } search ? search with { Highlight = false } : null,
            found => found.Hits.Any(h => Gazetteer.Says(h.Passage.Text, place)),
            false);

    /// <summary>How many passages with the compound's words are read for it: «المتحدة» is in every «الأمم المتحدة».</summary>
    private const int CompoundDepth = 20;

    /// <summary>Whether the index has the word (or a close spelling of it) in any passage.</summary>
    /// <remarks>The same whatever the question: the index remembers it until the next commit.</remarks>
    private static bool Knows(PassageIndex index, string word) =>
        index.Remembered("knows: " + word, () => Searched(index, word, 1), found => found.Terms.Any(Literal), false);

    /// <summary>
    /// Whether a sentence of the text says the day asked and gives a number, and does not name the subject only as the unit
    /// of a number («تسعين دولارًا» is a sum in dollars, not the dollar's price). The subject may go unsaid where the briefing
    /// names it: «سعر البرميل … والسعر اليوم» speaks of oil in other words; a price today in a briefing that never names the
    /// thing is another thing's.
    /// </summary>
    private static bool GivesLive(string text, string now, string? subject, Func<string, bool> briefingNames)
    {
        var asked = subject is null ? null : ArabicWordForms.Readings(subject).ToHashSet(StringComparer.Ordinal);
        foreach (var sentence in text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!SaysNow(sentence, now) || !PassageFacts.HasNumber(sentence))
            {
                continue;
            }

            if (asked is null)
            {
                return true;
            }

            var words = ArabicText.FoldedWords(sentence);
            var named = Enumerable.Range(0, words.Count)
                .Where(i => ArabicWordForms.Readings(words[i]).Any(asked.Contains)
                    || words[i].Length > 3 && words[i][^1] == 'ا' && ArabicWordForms.Readings(words[i][..^1]).Any(asked.Contains))
                .ToList();
            if (named.Count == 0 ? briefingNames(subject!) : named.Any(i => !(i > 0 && IsNumberWord(words[i - 1]))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '؟', '؛', '\n'];

    private static bool IsNumberWord(string word) => word.Any(char.IsDigit) || ArabicWordForms.AnyIn(word, FactWords.NumberWords);

    private static bool SaysNow(string text, string now)
    {
        var words = ArabicText.FoldedWords(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (ArabicWordForms.Readings(words[i]).Contains(now) && !(i > 0 && words[i - 1] == "في" && words[i] == "اليوم"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a passage of the briefing has the place in any of its readings («بمصر» is «مصر») or by its adjective («السفير
    /// الإيراني» names Iran).
    /// </summary>
    private static bool Names(PassageIndex index, string place, string briefingId) =>
        ArabicWordForms.Readings(place).Concat(Gazetteer.AdjectivesOf(place)).Any(reading => index.Remembered(
            $"names: {reading} in {briefingId}",
            () => Searched(index, reading, 1, briefingId),
            found => found.Hits.Count > 0 && found.Terms.Any(t => t.InTopHit && Literal(t)),
            false))
        || ArabicWordForms.Readings(place).SelectMany(CompoundsCalled).Any(c => Says(index, c, briefingId));

    /// <summary>
    /// The index has the word itself, or a close spelling of it: what a check asks for. Another word of its family
    /// («السرعة» for «أسرع»، «مطابخ» for «أطبخ») helps find passages, but names a different thing as often as not.
    /// </summary>
    private static bool Literal(TermMatch term) => term.Known && !term.Derived;

    /// <summary>
    /// How far after an attribute its subject may start («رئيس الهيئة العليا المستقلة للانتخابات»: the attribute's
    /// complement), and how far before it («تونس العاصمة»: one word), in characters.
    /// </summary>
    private const int SubjectAfter = 30;

    private const int SubjectBefore = 12;

    /// <summary>
    /// Whether the passage says the attribute of the subject: the subject right after it, or one word before it.
    /// Anywhere in the passage is not enough: «مصر على أربعة مصادر رئيسية» is no president of Egypt.
    /// </summary>
    private static bool Near(AnalyzedPassage passage, TermMatch attribute, TermMatch subject)
    {
        if (!attribute.Known || !subject.Known)
        {
            return false;
        }

        var at = passage.Find(attribute.Variants);
        var of = at.Count == 0 ? [] : passage.Find(subject.Variants);
        return at.Any(a => of.Any(s => s.Start - a.Start is > 0 and <= SubjectAfter || a.Start - s.Start is > 0 and <= SubjectBefore));
    }
}
