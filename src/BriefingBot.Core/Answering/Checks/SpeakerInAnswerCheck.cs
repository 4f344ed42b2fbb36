using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question on what someone said when no passage shown names them with the subject asked
/// (<see cref="DeclineReason.SpeakerNotInAnswer"/>), or the subject is one the briefings never speak of
/// (<see cref="DeclineReason.UnknownThing"/>).
/// </summary>
internal sealed class SpeakerInAnswerCheck : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var shape = answer.Shape;

        // Asked what someone said whom the briefings name (a body, a role, people they do not quote: «ماذا قال البنك الدولي
        // عن الانتخابات؟»), the answer is where they are named with what they are asked about: passages on the subject that
        // never name them are what others said, and theirs on another subject no answer. Their name's words in any form
        // («المحللون» is named by «محللون»), and one word of the subject.
        // A misspelt word after an office written as the briefings write it («وزير النقال») is read as its correction only to
        // find passages: the office and the subject say whose passage it is. A misspelt name or office («قيس سعيد»، «قائد …»)
        // is still required, as what it corrects to is someone else.
        // Rule «an owner named by what they own»: «صاحبة مشغل الحقائب في عجمان» is the woman a report gives «في مشغلها الصغير
        // بإمارة عجمان»، «صاحب اللنش» the man who «يقود … لنشه»، «صاحبة دار الضيافة» the one who «تدير دار ضيافة»: news says whose
        // a thing is by a pronoun or a verb, seldom by «صاحب»; the thing owned and the rest of the role still say who is meant,
        // and an owner of nothing the briefings know («صاحب المخبز») is still wanted as written.
        var owned = shape.SaidByName is [var owner, _, ..] && ArabicWordForms.AnyIn(owner, FactWords.Owners) ? shape.SaidByName.Skip(1).ToList() : null;
        var named = owned is not null && owned.Select(answer.TermOf).Any(t => t is { Known: true }) ? owned : shape.SaidByName;
        var whoAll = named.Select(answer.TermOf).OfType<TermMatch>().Where(t => t.Known).DistinctBy(t => t.Term).ToList();
        var who = shape.SaidByName is [var office, _, ..] && answer.TermOf(office) is { Known: true, Fuzzy: false }
            && (SpeakerLexicon.IsTitle(office) || ArabicWordForms.AnyIn(office, FactWords.Offices))
            ? whoAll.Where(t => !t.Fuzzy).ToList()
            : whoAll;
        var of = shape.SaidAbout.Select(answer.TermOf).OfType<TermMatch>().Where(t => t.Known && who.All(w => w.Term != t.Term)).ToList();
        // Experts asked as a group («ما رأي المختصين …؟») are whichever expert the briefing quotes: «الخبير الزراعي محمود السيد».
        var experts = shape.SaidByName is [var group] && ArabicWordForms.AnyIn(group, FactWords.Experts)
            ? FactWords.Experts.Select(w => LookUp(answer.Index, w)).OfType<TermMatch>().Where(t => t.Known).ToList()
            : [];
        // An adjective of origin after an office («ماذا قال وزير الصحة التونسي؟») is met by a briefing about that country: its
        // news names the minister «وزير الصحة» without repeating whose.
        var origins = shape.SaidByName.Skip(1).Where(Gazetteer.IsAdjectiveOfPlace)
            .Select(w => (Term: answer.TermOf(w), Places: Gazetteer.PlacesOfAdjective(w).ToList())).Where(o => o.Term is not null)
            .DistinctBy(o => o.Term!.Term).ToDictionary(o => o.Term!.Term, o => o.Places, StringComparer.Ordinal);
        // Rule «a doer named by the verb of what they do» (DoerVerbs): «بائعة القشر» is named by «التي تبيع قشر البن».
        // Rule «a doer named by the simple verb or the craft» (DoerVerbs.Akin): «مزارع النخيل» is named by «الذي يزرع النخيل»،
        // «صانع الزوارق» by «يعمل في صناعة الزوارق».
        var doing = shape.SaidByName.Select(w => (Term: answer.TermOf(w), Verbs: DoerVerbs.Of(w).Concat(DoerVerbs.Akin(w)).Select(v => LookUp(answer.Index, v)).OfType<TermMatch>().Where(v => v.Known).ToList()))
            .Where(d => d.Term is not null && d.Verbs.Count > 0).DistinctBy(d => d.Term!.Term).ToDictionary(d => d.Term!.Term, d => d.Verbs, StringComparer.Ordinal);
        // Rule «an age asked by its decade» (AgeByDecade): «الصائغ الثلاثيني» is met by «صائغ في الثلاثين».
        var ages = shape.SaidByName.Select(w => (Term: answer.TermOf(w), Tens: AgeByDecade.TensOf(w))).Where(a => a.Term is not null && a.Tens is not null)
            .DistinctBy(a => a.Term!.Term).ToDictionary(a => a.Term!.Term, a => a.Tens!, StringComparer.Ordinal);
        // Rule «a described person met by the clause» (DescribedByAClause): «اللي جاي من البريمي» is met by «القادم من ولاية البريمي».
        var described = DescribedByAClause.Of(answer);
        // Rule «a role asked in another word of its concept»: the role's head, the reader's word for what the person is, is met
        // by any word of its concept in the lexicon (FindAlike): «ربان العبارة» by «قبطانها»، «معلم الرسم» by «المدرّس»، «خريج
        // الزراعة» by «تخرج في كلية الزراعة». A report names a role by whichever of its words it chose, a reader by another;
        // the role's other words (what, where) are still wanted as written, and a head word alone names no one.
        var head = shape.SaidByName is [var headWord, _, ..] ? answer.TermOf(headWord) : null;
        bool Names(int passage, TermMatch t) => (head is not null && t.Term == head.Term ? answer.FindAlike(passage, t).Count > 0 : answer.Has(passage, t))
            || origins.TryGetValue(t.Term, out var places) && places.Any(answer.TitlePlacesOf(passage).Contains)
            || doing.TryGetValue(t.Term, out var verbs) && verbs.Any(v => answer.Has(passage, v))
            || ages.TryGetValue(t.Term, out var tens) && AgeByDecade.Told(answer.Top[passage], tens)
            || described.Meets(answer, passage, t);
        // Or by a passage of theirs that names them by surname alone, the role said in another (SpeakerNamedBefore); an expert
        // asked by one word («الباحثة») is met so by whichever expert word that other passage names them by («الدكتورة»).
        IReadOnlyList<IReadOnlyList<TermMatch>> namedBefore = [who, .. experts.Select(t => (IReadOnlyList<TermMatch>)[t])];
        // Rule «a role's place after «في»» (QuestionShape.SaidWhere): «شو قال الدليل السياحي في ولاتة؟» is met by the guide's
        // passage in the briefing whose title names Oualata: the place is where he works, which his passage need not repeat.
        if (who.Count > 0 && !answer.Shown.Any(passage => (who.All(t => Names(passage, t)) || experts.Any(t => answer.Has(passage, t))
            || SpeakerNamedBefore.Names(answer, passage, namedBefore))
                && (of.Count == 0 || of.Any(t => answer.Has(passage, t) || shape.SaidWhere && answer.Titled(passage, t)))))
        {
            return DeclineReason.SpeakerNotInAnswer;
        }

        // Asked what someone said about a subject whose words the briefings never use in any spelling («ماذا قالت الطبيبة عن
        // الكوليرا؟»), whatever they said is about something else.
        var topic = shape.SaidAbout.Where(w => w.Length >= 3 && !w.Any(char.IsDigit)).Select(answer.TermOf).OfType<TermMatch>().ToList();
        if (who.Count > 0 && topic.Count > 0 && topic.All(t => !t.Known))
        {
            return DeclineReason.UnknownThing;
        }

        return null;
    }
}
