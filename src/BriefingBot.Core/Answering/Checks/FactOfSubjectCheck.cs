using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;
using static BriefingBot.Core.Answering.Checks.Measures;
using static BriefingBot.Core.Answering.Checks.PricedThings;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for how many or when when no passage shown gives the number (or the time) of what it counts, in
/// the places it names (<see cref="DeclineReason.FactNotOfSubject"/>).
/// </summary>
internal sealed partial class FactOfSubjectCheck : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var (shape, index, top, shown) = (answer.Shape, answer.Index, answer.Top, answer.Shown);

        // The number or the time answers where it is said of the places the question names: in one passage with them, not
        // a place in one passage and a number of something else in another. A place the briefing is about (its title names
        // it) goes without saying in its passages: «نزح أكثر من مئة ألف» in a briefing titled «العراق يعطش».
        // A count is of the thing counted: «ستين ألف شخص» in Homs gives no number of factories there («كم مصنعًا … في حمص؟»).
        // Its plural counts it too («ألف طلاب» for «كم طالبًا»), and persons count a group of people («مئة ألف شخص نزحوا»
        // for «النازحين»). A thing the briefings never name is counted nowhere.
        // A place the question asks of as where the news happens is not answered by a passage that names it only as where
        // people come from or go to, or what a border is with («نزحوا إلى مخيمات قرب الحدود مع كينيا» gives no count in
        // Kenya); the briefing's title still says where its news happens.
        var named = answer.Places.Select((names, i) => (Names: names.SelectMany(ArabicWordForms.Readings).ToHashSet(StringComparer.Ordinal), AsLocus: !shape.RelatedPlaces.Contains(shape.Places[i])))
            .Select(p => (Func<string, bool, bool>)((text, title) => NamesPlace(text, p.Names, asLocus: p.AsLocus && !title) || p.Names.SelectMany(CompoundsCalled).Any(c => Gazetteer.Says(text, c))))
            .Concat(shape.Compounds.Select(c => (Func<string, bool, bool>)((text, _) => Gazetteer.Says(text, c) || NamesPlace(text, c.Also.SelectMany(ArabicWordForms.Readings).ToHashSet(StringComparer.Ordinal)))))
            .ToList();
        var counted = shape.Counted.Select(w => (Word: w, Term: answer.TermOf(w))).Where(c => c.Term is not null).ToList();
        // A measure asked how much is given in its units: «أربع ساعات» in Damascus is no price there.
        // A sum asked is given in a currency: «مطلع القرن العشرين» in the passage naming Turkey is no sum it spent.
        var measure = shape.Attribute is { } measured ? UnitsOf(measured) : answer.AsksSum || answer.Spends ? FactWords.Currencies : null;
        // A price asked of a place is the price of the thing asked: jet fuel priced at Tunis airport gives no price of petrol
        // in Tunisia. The thing is the subject's first word that is no unit it is priced by («لتر البنزين») and no place.
        // A ticket is priced as the fare of what it rides: «سعر تذكرة المترو» by «سعر الرحلة الواحدة … المترو».
        var priced = measure == FactWords.Currencies && shape.Attribute is not null
            ? ThingsPriced(answer.LiteralTerms(shape.Subject.Where(MayBeThingPriced)))
            : [];
        // A place named only by its adjective is named as whose someone or something is («وزير النقل السوداني»): the sum
        // said there is that one's, the government's twelve million dollars for a quay, and no sum the migration agency
        // gave in Sudan («كم تبرعت منظمة الهجرة للنازحين في السودان؟»). There the word after the verb of spending (who
        // spends, or what on when no one is named: «كم أنفقت على الطرق؟») is named too, by itself, by a word of its concept
        // («الحكومة» by «الوزارة») or by the briefing's title; a passage or title naming the place by its name needs no more.
        // A land's trade or produce is of the good asked («كم تصدر مصر من البرتقال؟»): a passage giving Egypt's cotton exports
        // gives no amount of oranges. The good is named in the passage or by its briefing's title («حصاد المانجو»), by its word
        // or its concept.
        var goods = shape.Goods is { } good && answer.TermOf(good) is { } goodTerm ? goodTerm : null;
        var spender = answer.Spends && shape.About is [var doer, ..] && !shape.Places.Contains(doer) ? answer.TermOf(doer) : null;
        // A clause of contrast («فيما»، «بينما»، «في حين»، «أما») tells another subject's fact: «أربعين في المئة من الرحلات بين
        // تونس وفرنسا، فيما تستعد الخطوط الملكية المغربية لمضاعفة أسطولها» gives no number of Morocco's. What is counted
        // may go unsaid in the clause («بينما بلغت في الجزائر واحدًا وعشرين في المئة»), the number and the place may not.
        bool GivesFact(int passage) =>
            FactClauses(top[passage]).Any(clause => (shape.Expected != ExpectedAnswer.Number ? PassageFacts.HasTime(clause)
                    : measure is not null ? InUnits(measure, clause) : PassageFacts.HasNumber(clause))
                && named.All(names => names(answer.PassageAt(passage).BriefingTitle, true) || names(clause, false)))
            && counted.All(c => c.Term!.Known && (answer.Tokens(passage).Find(c.Term.Variants).Count > 0 || CountedInFamily(answer, passage, c.Term) || CountedByItsConcept(answer, passage, c.Term))
                || CountsPeople(c.Word, top[passage]) || CountsInPlural(c.Word, top[passage]))
            && (priced.Count == 0 || priced.Any(t => answer.Has(passage, t)))
            && (goods is null || goods.Known && answer.Names(passage, goods))
            && (spender is null || answer.Places.All(names => NamesByName(top[passage], names) || answer.TitlePlacesOf(passage).Overlaps(names))
                || answer.Names(passage, spender));
        // A body's headcount («كم عدد العاملين في المحطة؟»، «كم موظفًا في المطار؟») is counted by its people wherever it is:
        // a passage that names them and holds a number elsewhere («المحطات العاملة سوى ربع ما …») gives none. The number
        // counts them a few words before them («نحو عشرة آلاف عامل»، «عشرة في المئة من العاملات»), or before the word that
        // says which of them («العمال الوافدين» counted as «خمسة وثلاثين مليون وافد»).
        // The people are counted in their broken plural too («خفضت عدد عمال المطعم» for «كم عاملًا»).
        var staff = counted.Where(c => ArabicWordForms.AnyIn(c.Word, FactWords.Staff) && c.Term!.Known)
            .Select(c => new[] { c.Term! }
                .Concat(FactWords.StaffPlurals.Where(g => ArabicWordForms.AnyIn(c.Word, g)).SelectMany(g => g).Select(w => LookUp(index, w)).OfType<TermMatch>().Where(t => t.Known))
                .Concat(shape.QualifierOf(c.Word) is { } which && answer.TermOf(which) is { Known: true } term ? [term] : []).ToList())
            .ToList();
        // The people counted are those of the body asked: «نحو أربعة وعشرين ألف موظف» in the canal authority is no headcount
        // of a shipping line («كم عدد موظفي شركة ميرسك؟»). The passage that counts them names it, or its briefing's title does
        // («ويعمل في الهيئة …» under «قناة السويس …»).
        // A misspelt word («دول الخلبج») is read as its correction only to find passages.
        var workplace = shape.Workplace.Select(answer.TermOf).OfType<TermMatch>().Where(t => Literal(t) && !t.Fuzzy).ToList();
        // Workers are counted as persons where a verb of working says what they do («ويعمل فيه مئة وعشرون شخصًا»).
        var workers = counted.Any(c => ArabicWordForms.AnyIn(c.Word, FactWords.Workers) || ArabicWordForms.AnyIn(c.Word.TrimEnd('ا'), FactWords.Workers));
        if (named.Count == 0 && staff.Count > 0)
        {
            return shown.Any(passage => (staff.All(people => people.Any(s => answer.Tokens(passage).Find(s.Variants).Any(span => CountedAt(top[passage], span))))
                        || workers && staff.Count == 1 && CountedAsPersonsAtWork(top[passage]))
                    && WorkplaceNamed(answer, passage, workplace))
                ? null
                : DeclineReason.FactNotOfSubject;
        }

        return named.Count > 0 && !shown.Any(GivesFact) ? DeclineReason.FactNotOfSubject : null;
    }

    /// <summary>
    /// Whether a clause of the text counts persons («مئة وعشرون شخصًا») and holds a verb of working (<see cref="FactWords.WorkVerbs"/>):
    /// «ويعمل فيه مئة وعشرون شخصًا» counts a workplace's people, «نزح مئة ألف شخص» does not.
    /// </summary>
    private static bool CountedAsPersonsAtWork(string text)
    {
        foreach (var clause in text.Split(FactWords.ClauseEnds))
        {
            var words = ArabicText.FoldedWords(clause);
            if (words.Any(w => ArabicWordForms.AnyIn(w, FactWords.WorkVerbs))
                && words.Where((w, i) => i > 0 && IsNumberWord(words[i - 1]) && (ArabicWordForms.AnyIn(w, FactWords.PeopleCounters) || w.Length > 3 && w[^1] == 'ا' && ArabicWordForms.AnyIn(w[..^1], FactWords.PeopleCounters))).Any())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the passage (or its briefing's title) names the workplace asked: every word of it, or, where it is a kind and a
    /// name («مصنع رياق»), the name as written and the kind by any word of its concept («معملًا … في بلدة رياق»): news calls
    /// a factory «معمل» as often as «مصنع», but the name says which one.
    /// </summary>
    private static bool WorkplaceNamed(JudgedAnswer answer, int passage, IReadOnlyList<TermMatch> workplace) =>
        workplace.All(w => answer.HasOrTitled(passage, w))
        || workplace.Count > 1 && workplace.Skip(1).All(w => answer.HasOrTitled(passage, w)) && answer.FindAlike(passage, workplace[0]).Count > 0
        || KindAfterFullName(answer, passage, workplace);

    /// <summary>
    /// Whether the passage calls the workplace by its kind («ويعمل في الشركة نحو ألفين وسبعمئة موظف») in a briefing that
    /// names it in full elsewhere («أعلنت شركة البوتاس العربية …»): news names a body once and then by its kind, so
    /// «كم عدد موظفي شركة البوتاس العربية؟» is answered by the passage that counts the company's people. The kind is named
    /// by its word or its concept («الجمعية» for «تعاونية»). The body is the one the briefing is about, its title naming it
    /// by a word of its name other than the kind («البوتاس الأردني: …»): a briefing that names another company of the kind in
    /// passing («شركة ميرسك» in news of the Suez Canal) counts the people of its own body by the kind.
    /// </summary>
    private static bool KindAfterFullName(JudgedAnswer answer, int passage, IReadOnlyList<TermMatch> workplace) =>
        workplace.Count > 1 && workplace.Count == answer.Shape.Workplace.Count && answer.FindAlike(passage, workplace[0]).Count > 0
        && workplace.Skip(1).Any(w => answer.Titled(passage, w))
        && NamesInFull(answer.Index, answer.Shape.Workplace, answer.PassageAt(passage).BriefingId);

    /// <summary>
    /// Whether the passage says what is counted by its verb, the counted word being the verbal noun of a derived form
    /// (انفعال، افتعال، استفعال): news tells a share by the verb where a reader asks by its noun, «بلد يعتمد على صادرات
    /// النفط في أكثر من تسعين في المئة من إيرادات موازنته» for «ما نسبة اعتماد ميزانية العراق على النفط؟». Such a noun has
    /// one verb and one sense (<see cref="DerivedForms.OfVerb"/>: its persons, tenses and participles); a bare noun's family
    /// does not keep its sense («قدرة» and «تقدر» the cost, «قسط» and «أقساط» of another body), so it is not read in it.
    /// </summary>
    private static bool CountedInFamily(JudgedAnswer answer, int passage, TermMatch counted) =>
        ArabicWordForms.IsDerivedVerbalNoun(counted.Term) && DerivedForms.OfVerb(counted.Term) is { Count: > 0 } family && answer.Tokens(passage).Find(family).Count > 0;

    /// <summary>
    /// Whether the passage counts what is asked by another word of its concept, as news writes it: «ارتفع عدد البواخر
    /// النيلية … إلى مئتين وأربعين باخرة» counts the ships of «كم سفينة سياحية تبحر في النيل؟», «أربعين ألف فرصة عمل» the jobs
    /// of «كم وظيفة …؟». The concept lexicon says which words are one thing, and groups a subject's words as well («النفط»
    /// with «البرميل», «العمل» with «الموظفين»): the other word answers only where a number counts it.
    /// </summary>
    private static bool CountedByItsConcept(JudgedAnswer answer, int passage, TermMatch counted) =>
        answer.Index.SameConcept([counted.Term, .. counted.Variants]) is { Count: > 0 } same
        && answer.Tokens(passage).Find(same).Any(span => CountedAt(answer.Top[passage], span));

    /// <summary>Whether the text names one of the place's names as such, not by its adjective: «في السودان»، «بالسودان».</summary>
    private static bool NamesByName(string text, List<string> names)
    {
        var readings = names.SelectMany(ArabicWordForms.Readings).ToHashSet(StringComparer.Ordinal);
        return ArabicText.FoldedWords(text).Any(w => ArabicWordForms.Readings(w).Any(readings.Contains));
    }

    /// <summary>
    /// Whether the counted word is a group of people (a plural in «ين/ون»: «النازحين»، «المقبولين») and the text counts people
    /// in persons («مئة وثلاثين ألف شخص نزحوا»): the count is given in «شخص» rather than in the question's word.
    /// </summary>
    internal static bool CountsPeople(string counted, string text) =>
        (counted.EndsWith("ين", StringComparison.Ordinal) || counted.EndsWith("ون", StringComparison.Ordinal)) && counted.Length >= 5
        && ArabicText.FoldedWords(text).Any(w => ArabicWordForms.AnyIn(w, FactWords.PeopleCounters));

    /// <summary>Whether a number stands within three words before the span, in its clause.</summary>
    private static bool CountedAt(string text, TextSpan at)
    {
        var before = text[Math.Max(0, at.Start - 40)..at.Start];
        var stop = before.LastIndexOfAny(FactWords.ClauseEnds);
        var words = ArabicText.FoldedWords(stop < 0 ? before : before[(stop + 1)..]);
        // «ثلاثة عشر مليون ليرة لطلاب الماستر»: a number in a currency before the people is what they pay, not how many they are.
        var near = words.TakeLast(3).ToList();
        var lastNumber = near.FindLastIndex(IsNumberWord);
        if (lastNumber >= 0 && !near.Skip(lastNumber + 1).Any(w => IsUnit(w, FactWords.Currencies)))
        {
            return true;
        }

        // «خفضت عدد عمال المطعم من ستة إلى اثنين»: after «عدد», the number follows the people in their clause.
        if (words is not [.., var previous] || ArabicWordForms.Readings(previous).All(r => r != "عدد"))
        {
            return false;
        }

        var after = text[(at.Start + at.Length)..Math.Min(text.Length, at.Start + at.Length + 60)];
        var end = after.IndexOfAny(FactWords.ClauseEnds);
        return ArabicText.FoldedWords(end < 0 ? after : after[..end]).Take(6).Any(IsNumberWord);
    }

    /// <summary>
    /// Whether the text counts a feminine noun (folded «ة» as «ه»: «مره»، «شاحنه») in its sound plural («أربع مرات»، «مئتا
    /// شاحنات»), which the light stemmer keeps apart from the singular the question counts in.
    /// </summary>
    internal static bool CountsInPlural(string counted, string text) =>
        counted.Length >= 3 && counted[^1] == 'ه'
        && ArabicText.FoldedWords(text).Any(w => w.EndsWith(string.Concat(counted.AsSpan(0, counted.Length - 1), "ات"), StringComparison.Ordinal));

    /// <summary>
    /// Whether the text names the place, by name or adjective, through clitics: «بمصر»، «المصرية»; as where its news happens
    /// (<paramref name="asLocus"/>), not only as where people come from or go to («من تونس»، «قرب الحدود مع كينيا»).
    /// </summary>
    private static bool NamesPlace(string text, IReadOnlySet<string> names, bool asLocus = false)
    {
        var words = ArabicText.FoldedWords(text);
        return words.Where((w, i) => (ArabicWordForms.Readings(w).Any(names.Contains) || Gazetteer.PlacesOfAdjective(w).Any(names.Contains) || PlacesOfPeople(w).Any(names.Contains))
            && !(asLocus && QuestionShape.Related(words, i))).Any();
    }

    /// <summary>
    /// The places a people's sound plural names, as its adjective does: «انخفض معدل البطالة بين السعوديات … إلى أحد عشر
    /// في المئة» is Saudi Arabia's unemployment («ما نسبة البطالة في السعودية؟»), «العراقيون»، «المصريين» name Iraq and Egypt.
    /// </summary>
    private static IEnumerable<string> PlacesOfPeople(string word) =>
        word.Length >= 6 && (word.EndsWith("يون", StringComparison.Ordinal) || word.EndsWith("يين", StringComparison.Ordinal) || word.EndsWith("يات", StringComparison.Ordinal))
            ? Gazetteer.PlacesOfAdjective(word[..^2])
            : [];

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
}
