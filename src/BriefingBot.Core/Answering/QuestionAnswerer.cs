using System.Collections.Concurrent;
using BriefingBot.Core.Answering.Checks;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using BriefingBot.Core.Translation;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Answers a question with passages from the briefings: every passage of a person when the question is about
/// what someone said, otherwise the best-matching passages, or an explicit "nothing relevant".
/// An English question is searched through its Arabic translation (<see cref="EnglishQuestions"/>) and answered in English.
/// </summary>
public sealed class QuestionAnswerer(PassageIndex index, BriefingCatalog catalog, IOptions<AnsweringOptions> options, EnglishQuestions? english = null)
{
    /// <summary>The speaker directory of the index's current speaker list: rebuilt only when a commit changed it.</summary>
    private readonly SnapshotCache<IReadOnlyList<string>, SpeakerDirectory> _speakers = new(speakers => new SpeakerDirectory(speakers));

    /// <summary>The speakers' roles and genders in the current catalog: rebuilt only when the catalog changed.</summary>
    private readonly SnapshotCache<IReadOnlyList<Briefing>, SpeakerRoster> _roster = new(briefings => new SpeakerRoster(briefings));

    /// <summary>The speakers each community may ask about in the current catalog: rebuilt only when the catalog changed.</summary>
    private readonly SnapshotCache<IReadOnlyList<Briefing>, ScopedSpeakers> _scoped = new(briefings => new ScopedSpeakers(briefings));

    public Answer Answer(AnswerRequest request)
    {
        var answer = AnswerQuestion(request);
        return EnglishWords.IsEnglish(answer.Question) ? answer with { InEnglish = true } : answer;
    }

    private Answer AnswerQuestion(AnswerRequest request)
    {
        var settings = options.Value;
        var question = QuestionText.Clean(request.Question);
        if (question.Length == 0 || !QuestionText.HasLetters(question) && question.All(c => !char.IsLetterOrDigit(c)))
        {
            return Core.Answering.Answer.Refused(question, AnswerOutcome.EmptyQuestion);
        }

        if (question.Length > settings.MaxQuestionLength)
        {
            // Echoed cut on a character boundary: a cut inside a surrogate pair would come back as U+FFFD.
            return Core.Answering.Answer.Refused(TextElements.Truncate(question, settings.MaxQuestionLength), AnswerOutcome.QuestionTooLong);
        }

        if (!index.IsServing)
        {
            // The first index is still being built (a new install, or the old one was unreadable): say so, and how far.
            return Core.Answering.Answer.Refused(question, AnswerOutcome.IndexBuilding) with { IndexProgress = index.RebuildProgress };
        }

        var latest = request.Scope is { } scope ? catalog.LatestVisible(scope.Community) : catalog.Latest;
        if (latest is null)
        {
            return Core.Answering.Answer.Refused(question, AnswerOutcome.NoBriefings);
        }

        var top = Math.Clamp(request.Top ?? settings.Top, 1, settings.MaxTop);
        var skip = Math.Max(0, request.Skip);
        var briefingFilter = request.LatestOnly ? latest.Id : null;
        var analyzed = index.Analyze(question);

        var roster = Roster();
        var asked = SpeakerQuestion.MatchAll(question, Speakers(), roster, InScope(request.Scope));
        // «شو قالت خديجة عن الحواجز؟»: the «خديجة» whose name fits best never speaks of checkpoints, a namesake does.
        if (asked.Count > 0 && NamesakesOnTheSubject.Instead(question, asked, Speakers(), roster, InScope(request.Scope),
            people => index.PassagesBySpeakers(people, briefingFilter, request.Scope).Where(p => roster.Quotations.SaidByOneAsked(p, people)).ToList(), index) is { } namesakes)
        {
            asked = namesakes;
        }

        // «ابنته الصغرى»، «ما هي ابنته الصغرى؟» word for word a section's heading ask for that section: a person the words
        // also describe («ابنتها الصغرى» of another report) is meant only when their words stand under that heading («## أم
        // العز» over hers).
        if (asked.Count > 0 && HeadingRepeated(question, roster) is { } heading
            && !index.PassagesBySpeakers(asked, briefingFilter, request.Scope).Any(p => p.Section is { } section && string.Join(' ', ArabicText.FoldedWords(section)) == heading))
        {
            asked = [];
        }

        var speaker = asked.Count > 0 ? asked[0] : null;
        if (speaker is null && request.FollowUp is { } context && !EnglishWords.IsEnglish(question))
        {
            // A follow-up that names no one of its own leans on the earlier answer; one that stands alone is answered alone.
            var own = index.Analyze(FollowUpQuestion.OwnSubject(question));
            if ((skip > 0 || FollowUpQuestion.LeansOnContext(request.Question, own.QueryTerms.Count))
                && AnswerFollowUp(question, own, context, request, top, skip) is { } followUp)
            {
                return followUp;
            }
        }

        if (speaker is not null)
        {
            // Each holder of a title several speakers share («ماذا قال النائب؟») who has passages in reach.
            // «عمو قاسم» asked beside «قاسم محمد الصحاف» is him only in the report that quotes them both.
            var passages = index.PassagesBySpeakers(asked, briefingFilter, request.Scope).Where(p => roster.Quotations.SaidByOneAsked(p, asked)).ToList();
            if (asked.Count > 1 && roster.Names.OthersCalledAs(asked[0]).Any(asked.Contains))
            {
                // «شو قالت أم ناصر؟»: the one quoted under the name asked first, then those another report calls so
                // (SpeakerQuestion, «a name another report gives as what someone is called»).
                passages = [.. passages.OrderBy(p => p.AllSpeakers.Contains(asked[0], StringComparer.Ordinal) ? 0 : 1)];
            }

            var quoted = passages;
            var questionWords = ArabicText.FoldedWords(question);
            var roleHeldIn = asked.Select(s => (Speaker: s, Briefings: roster.BriefingsOfRole(s, questionWords))).Where(s => s.Briefings is not null).ToList();
            if (roleHeldIn.Count > 0)
            {
                // One name quoted in two roles is two people: the role the question names says which briefing's is meant.
                passages = [.. passages.Where(p => !roleHeldIn.Any(r => p.AllSpeakers.Contains(r.Speaker, StringComparer.Ordinal) && !r.Briefings!.Contains(p.BriefingId))
                    || p.AllSpeakers.Any(s => asked.Contains(s) && roleHeldIn.All(r => r.Speaker != s)))];
            }

            // «ماذا قالت هند العتيبي عن السندات؟»، «ما رأي مارتينيز في عُمان؟»: a subject or place beside the name keeps
            // the briefing about it, of the several the person (or namesakes) speak in.
            if (roster.BriefingsAbout([.. passages.Select(p => p.BriefingId).Distinct(StringComparer.Ordinal)], questionWords, asked) is { } about)
            {
                passages = [.. passages.Where(p => about.Contains(p.BriefingId))];
            }

            // «ماذا قال عثمان الطيب؟» of three men of one name in three briefings: their words come person by person, each
            // told by his briefing.
            var (apart, people) = SpeakerNamesakes.Apart(passages, asked, roster, quoted);
            passages = [.. apart];

            if (asked.Count > 1 && !SpeakerQuestion.AsksOfAWoman(question))
            {
                // Asked in the masculine, the men of those asked about come first («ماذا قال المفوض الأوروبي؟»), each
                // person's passages still newest briefing first.
                var men = roster.Quotations.MenFirst(asked);
                passages = [.. passages.OrderBy(p => roster.Quotations.IsFeminine(p.AllSpeakers.FirstOrDefault(asked.Contains) ?? ""))];
                asked = men;
            }

            var said = asked.Where(s => passages.Any(p => p.AllSpeakers.Contains(s, StringComparer.Ordinal))).ToList();
            if (said.Count > 0)
            {
                var speakers = said.SelectMany(s => people.Where(p => p.Name == s).DefaultIfEmpty<(string Name, Passage? From)>((s, null)))
                    .Select(p => new AnswerSpeaker(p.Name, roster.Quotations.IsFeminine(p.Name)) { Briefing = p.From?.BriefingTitle }).ToList();
                if (!SpeakerTopic.SpokenOrJustBefore(roster.TopicWords(questionWords, asked, passages.Select(p => p.BriefingId)), passages, roster.Source, index))
                {
                    // «ماذا قالت خديجة بوزيان عن الحافلات؟»: she is quoted, but never on buses. Who was asked goes with the
                    // decline: the reply says they are quoted, only not on that subject.
                    return Core.Answering.Answer.Refused(question, AnswerOutcome.NothingRelevant) with
                    {
                        Declined = DeclineReason.TopicNotSpoken,
                        Speakers = speakers,
                    };
                }

                var page = passages.Skip(skip).ToList();
                var others = said.Count == 1 ? TitleHoldersAsked.OtherHolders(question, said[0], roster, InScope(request.Scope)) : [];
                return SpeakerAnswer(question, page, skip, analyzed.AllForms, speakers[0].Name, speakers[0].Feminine) with
                {
                    Speakers = speakers,
                    OtherHolders = [.. others.Select(o => new AnswerSpeaker(o, roster.Quotations.IsFeminine(o)))],
                };
            }
        }

        var unknownTermWeight = settings.UnknownTermWeight;
        // Without a dictionary an English question is searched as written (a briefing may use the word: NATO, F-16),
        // and when that finds nothing the reply says English needs the dictionary rather than that nothing is relevant.
        var nothingFound = AnswerOutcome.NothingRelevant;
        if (EnglishWords.IsEnglish(question))
        {
            if (english?.Translate(question, index) is { } translated)
            {
                analyzed = translated;
                unknownTermWeight = settings.EnglishUnknownTermWeight;
            }
            else
            {
                nothingFound = AnswerOutcome.EnglishUnavailable;
            }
        }

        // A question to the bot itself («من أنت؟»، «كيفك؟») is about no briefing, however few or many of its words they use.
        var shape = QuestionShape.Of(question);
        if (shape.ToTheBot)
        {
            return Core.Answering.Answer.Refused(question, AnswerOutcome.NothingRelevant) with { Declined = DeclineReason.AboutTheBot };
        }

        if (analyzed.IsEmpty)
        {
            return Core.Answering.Answer.Refused(question, nothingFound == AnswerOutcome.EnglishUnavailable ? nothingFound : AnswerOutcome.NoSearchableWords);
        }

        // One extra hit tells whether a "more" button has anything behind it: counted, not read. The answer checks read
        // as many as they judge.
        var result = index.Search(new PassageSearch(analyzed, top + 1, skip, briefingFilter) { Scope = request.Scope, Read = Math.Max(top, AnswerCheck.Depth) });
        var confidence = result.Hits.Count == 0 ? 0 : AnswerConfidence.Of(result.Terms, unknownTermWeight);
        // A question that repeats a section heading is answered from that section, however few of its words the
        // passages themselves use: the heading says what they are about, so it is not judged by the answer checks either.
        // Nor is a later page («المزيد») of an answer that was given: its hits are not the best ones.
        var repeatsHeading = result.RepeatsHeading && result.Hits.Count > 0;
        // «مين قال الطين أحسن من الإسمنت؟»: a claim asked without «إن» that the first passage holds in its speaker's words
        // is answered as «من قال إن …» is; otherwise the words after the verb stay a name asked of, judged as before.
        if (skip == 0 && !repeatsHeading && result.Hits.Count > 0 && confidence >= settings.TentativeCoverage
            && SpeakerQuestion.AsksWhoSaidWithoutThat(question) && ClaimSpoken.By(result.Hits[0].Passage, analyzed, index)
            && AnswerCheck.Judge(QuestionShape.Of(question, claimWithoutThat: true), result, index) is null
            && ClaimantsWords(question, result.Hits[0].Passage, analyzed, request.Scope) is { } claimed)
        {
            return claimed;
        }

        var declined = repeatsHeading ? null
            : confidence < settings.TentativeCoverage || result.Hits.Count == 0 ? DeclineReason.LowCoverage
            : skip == 0 ? AnswerCheck.Judge(shape, result, index) : (DeclineReason?)null;
        if (declined is DeclineReason.NoNumber or DeclineReason.NoTime or DeclineReason.NoSum && FactFurtherDown(index, analyzed, declined.Value, briefingFilter, request.Scope) is { } further)
        {
            result = further;
            declined = AnswerCheck.Judge(shape, result, index);
        }
        else if (declined is DeclineReason.PeriodNotInAnswer && PeriodFurtherDown(index, analyzed, shape, briefingFilter, request.Scope) is { } rate)
        {
            result = rate;
            declined = null;
        }
        else if ((declined is DeclineReason.FactNotOfSubject or DeclineReason.TimeNotOfEvent or DeclineReason.SumNotOfSubject)
            && FactOfSubjectFurtherDown(index, analyzed, shape, briefingFilter, request.Scope, sameBriefings: declined is not DeclineReason.FactNotOfSubject || shape.Counted.Count == 0) is { } found)
        {
            result = found;
            declined = null;
        }

        if (declined is not null)
        {
            return Core.Answering.Answer.Refused(question, nothingFound) with { Confidence = confidence, Declined = declined };
        }

        // «كم …؟»، «متى …؟»: of the passages shown, the one giving the number or the time asked answers, so it comes first.
        if (skip == 0 && !repeatsHeading && FactFirst.Holder(shape, result) is { } holder)
        {
            result = First(result, holder);
        }

        if (skip == 0 && SpeakerQuestion.AsksWhoSaidAClaim(question) && ClaimantsWords(question, result.Hits[0].Passage, analyzed, request.Scope) is { } claimant)
        {
            return claimant;
        }

        // «ماذا قال بائع الهندية في سوق الأحد؟»: a title no recorded role holds, which the first passage calls its speaker by.
        if (skip == 0 && TitleThePassageGives.AsksByATitleThePassageGives(question, result.Hits[0].Passage)
            && ClaimantsWords(question, result.Hits[0].Passage, analyzed, request.Scope) is { } described)
        {
            return described;
        }

        // «شو قال الشب اللي ترك دراسة المحاسبة وصار صياد؟»: a person told by what they do, whom the passage found quotes.
        if (skip == 0 && PersonDescribed.AsksOfSomeoneDescribed(question)
            && ClaimantsWords(question, result.Hits[0].Passage, analyzed, request.Scope) is { } describedByAClause)
        {
            return describedByAClause;
        }

        var outcome = confidence >= settings.ConfidentCoverage || repeatsHeading ? AnswerOutcome.Passages : AnswerOutcome.TentativePassages;
        var shown = result.Hits.Take(top).Select((h, i) => new AnswerPassage(skip + i + 1, h.Score, h.Passage, h.Highlights)).ToList();
        return new Answer(question, outcome, shown, HasMore: result.Hits.Count + result.Unread > top) { Confidence = confidence };
    }

    /// <summary>
    /// The section heading a question repeats whole once its question words are set aside («ما هي …؟»), folded; null when it
    /// repeats none.
    /// </summary>
    private static string? HeadingRepeated(string question, SpeakerRoster roster)
    {
        var words = ArabicText.FoldedWords(question).Where(w => !SpeakerQuestion.Filler.Contains(w)).ToList();
        return words.Count > 0 && roster.IsSectionHeading(words) ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// Rule «who said the claim»: «من قال إن السيل يجرف خمسة سنتيمترات من التربة؟» names no one; the word search finds the
    /// passage that says it, and its speaker is the answer. As asked by name, the reply is all that person says in that
    /// briefing, the passage of the claim first. Null when that passage has no speaker: the passages are answered as found.
    /// A person asked of by a title the first passage gives its speaker is answered the same way
    /// (<see cref="TitleThePassageGives.AsksByATitleThePassageGives"/>).
    /// </summary>
    private Answer? ClaimantsWords(string question, Passage claim, AnalyzedQuestion analyzed, SearchScope? scope)
    {
        if (claim.Speaker is not { } person)
        {
            return null;
        }

        var said = OnePersonsPassages(person, claim.BriefingId, scope).Where(p => p.BriefingId == claim.BriefingId && p.Ordinal != claim.Ordinal);
        return SpeakerAnswer(question, said.Prepend(claim), 0, analyzed.AllForms, person, Roster().Quotations.IsFeminine(person));
    }

    /// <summary>
    /// A reply made of one person's passages, numbered on from <paramref name="skip"/>, each highlighted with the same
    /// <paramref name="forms"/> (computed once by the caller, not once per passage).
    /// </summary>
    private Answer SpeakerAnswer(string question, IEnumerable<Passage> passages, int skip, IReadOnlyList<string> forms, string speaker, bool feminine) =>
        new(question, AnswerOutcome.SpeakerPassages, [.. passages.Select((p, i) => new AnswerPassage(skip + i + 1, 1f, p, index.Highlight(p.Text, forms)))], HasMore: false, Speaker: speaker)
        {
            Confidence = 1,
            SpeakerIsFeminine = feminine,
        };

    /// <summary>How far down the word search a passage holding the number or time a question asks for is looked for.</summary>
    internal const int FactDepth = 6;

    /// <summary>
    /// «كم …؟» when none of the passages that would be shown gives a number (or, asked what something costs, a sum), «متى …؟»
    /// when none gives a time: the first
    /// passage a little further down, from a briefing the best ones come from, that does is the one that can answer, put
    /// first; null when there is none (the question is then declined as before).
    /// </summary>
    internal static PassageSearchResult? FactFurtherDown(PassageIndex index, AnalyzedQuestion analyzed, DeclineReason missing, string? briefingFilter, SearchScope? scope)
    {
        var wide = Wide(index, analyzed, briefingFilter, scope);
        // From a briefing the best passages come from: the question's subject is there, not in a stray number elsewhere.
        var briefings = BriefingsOfTheShown(wide);
        var holder = wide.Hits.Skip(AnswerCheck.Depth).FirstOrDefault(h => briefings.Contains(h.Passage.BriefingId)
            && missing switch
            {
                DeclineReason.NoNumber => PassageFacts.HasNumber(h.Passage.Text),
                DeclineReason.NoSum => Measures.GivesSum(h.Passage.Text),
                _ => PassageFacts.HasTime(h.Passage.Text),
            });
        return holder is null ? null : First(wide, holder);
    }

    /// <summary>The briefings of the passages an answer would show: where the question's subject is.</summary>
    private static HashSet<string> BriefingsOfTheShown(PassageSearchResult wide) =>
        wide.Hits.Take(AnswerCheck.Depth).Select(h => h.Passage.BriefingId).ToHashSet(StringComparer.Ordinal);

    /// <summary>The word search down to <see cref="FactDepth"/>, where a passage giving the fact asked for is looked for.</summary>
    private static PassageSearchResult Wide(PassageIndex index, AnalyzedQuestion analyzed, string? briefingFilter, SearchScope? scope) =>
        index.Search(new PassageSearch(analyzed, FactDepth, 0, briefingFilter) { Scope = scope });

    /// <summary>The hits with <paramref name="holder"/> put first, the others in their order.</summary>
    private static PassageSearchResult First(PassageSearchResult wide, PassageHit holder) =>
        wide with { Hits = [holder, .. wide.Hits.Where(h => !ReferenceEquals(h, holder))] };

    /// <summary>
    /// «كم مصنعًا … في حلب؟» when the passages that would be shown give numbers of other things or places: the first passage
    /// a little further down that gives the number of what is counted where the question asks, put first; null when there
    /// is none (the question is then declined as before). A question that names no counted thing («كم سينفق المغرب …؟») is
    /// looked for only in the briefings of the shown passages: a number and a place alone are in too many briefings to
    /// tell the one that answers.
    /// </summary>
    internal static PassageSearchResult? FactOfSubjectFurtherDown(PassageIndex index, AnalyzedQuestion analyzed, QuestionShape shape, string? briefingFilter, SearchScope? scope, bool sameBriefings = false)
    {
        var wide = Wide(index, analyzed, briefingFilter, scope);
        // A happening dated further down is looked for where the best passages tell it: a verb and a time are in too many
        // briefings to tell the one that answers.
        var briefings = BriefingsOfTheShown(wide);
        return FirstPassingFurtherDown(index, wide, shape, h => !sameBriefings || briefings.Contains(h.Passage.BriefingId));
    }

    /// <summary>
    /// The wide result with its first hit past the shown ones that <paramref name="considered"/> keeps and the checks pass
    /// once it stands first, put first; null when there is none.
    /// </summary>
    private static PassageSearchResult? FirstPassingFurtherDown(PassageIndex index, PassageSearchResult wide, QuestionShape shape, Func<PassageHit, bool> considered) =>
        wide.Hits.Skip(AnswerCheck.Depth).Where(considered).Select(h => First(wide, h))
            .FirstOrDefault(promoted => AnswerCheck.Judge(shape, promoted, index) is null);

    /// <summary>
    /// «كم طنًا من العسل تنتج الباحة كل عام؟» when the passages that would be shown give no figure by the period asked: the
    /// first passage a little further down, from the best passage's briefing, that the checks pass (it gives one: «وتنتج
    /// المنطقة سنويًا نحو …»), put first; null when there is none. Only the best passage's briefing: a yearly figure is in
    /// too many briefings («في السنة» of another port's containers) to tell the one that answers.
    /// </summary>
    internal static PassageSearchResult? PeriodFurtherDown(PassageIndex index, AnalyzedQuestion analyzed, QuestionShape shape, string? briefingFilter, SearchScope? scope)
    {
        var wide = Wide(index, analyzed, briefingFilter, scope);
        if (wide.Hits.Count == 0)
        {
            return null;
        }

        var briefing = wide.Hits[0].Passage.BriefingId;
        return FirstPassingFurtherDown(index, wide, shape, h => h.Passage.BriefingId == briefing);
    }

    /// <summary>
    /// A person's passages for a follow-up: when the name is several people in several briefings («عثمان الطيب» in
    /// three reports, <see cref="SpeakerRoster.People"/>), only those of the one quoted in the earlier answer's briefing,
    /// so «وماذا قال أيضًا؟» does not merge two men again.
    /// </summary>
    private IReadOnlyList<Passage> OnePersonsPassages(string person, string? briefingId, SearchScope? scope)
    {
        var said = index.PassagesBySpeaker(person, null, scope);
        if (briefingId is null)
        {
            return said;
        }

        var people = Roster().People(person, [.. said.Select(p => p.BriefingId).Distinct(StringComparer.Ordinal)]);
        return people.Count < 2 || people.FirstOrDefault(p => p.Contains(briefingId)) is not { } one
            ? said
            : [.. said.Where(p => one.Contains(p.BriefingId))];
    }

    /// <summary>
    /// A follow-up: the earlier answer's person, when the follow-up asks about them («ومتى قال ذلك؟»: all they said;
    /// «وماذا قال عن واشنطن؟»: what they said of it); otherwise its own words joined to the earlier question, within
    /// the earlier answer's briefing, passages with its own words first. Null when that finds nothing: the question is
    /// then answered as if it stood alone.
    /// </summary>
    private Answer? AnswerFollowUp(string question, AnalyzedQuestion own, AnswerContext context, AnswerRequest request, int top, int skip)
    {
        var settings = options.Value;
        if (context.Speaker is { } person && OnePersonsPassages(person, context.BriefingId, request.Scope) is { Count: > 0 } said)
        {
            var chosen = own.IsEmpty
                ? said
                : said.Select(p => (Passage: p, Matches: index.Highlight(p.Text, own.AllForms).Count))
                    .Where(x => x.Matches > 0)
                    .OrderByDescending(x => x.Matches)
                    .Select(x => x.Passage)
                    .ToList();
            if (chosen.Count > 0)
            {
                var forms = own.IsEmpty ? [] : own.AllForms;
                return SpeakerAnswer(question, chosen.Skip(skip), skip, forms, person, Roster().Quotations.IsFeminine(person)) with
                {
                    FollowUp = context,
                    SearchedQuestion = context.Question,
                };
            }
        }

        var searched = string.Join(' ', new[] { FollowUpQuestion.OwnSubject(question), context.Question }.Where(s => s.Length > 0));
        var joined = index.Analyze(searched);
        if (joined.IsEmpty)
        {
            return null;
        }

        var result = index.Search(new PassageSearch(joined, top + 1, skip, context.BriefingId) { Scope = request.Scope, Read = top });
        var confidence = result.Hits.Count == 0 ? 0 : AnswerConfidence.Of(result.Terms, settings.UnknownTermWeight);
        if (confidence < settings.TentativeCoverage || result.Hits.Count == 0)
        {
            return null;
        }

        // The follow-up's own words decide among the passages the earlier question's words found.
        var page = result.Hits.Take(top).ToList();
        if (!own.IsEmpty)
        {
            page = page.OrderByDescending(h => index.Highlight(h.Passage.Text, own.AllForms).Count > 0).ToList();
        }

        var outcome = confidence >= settings.ConfidentCoverage ? AnswerOutcome.Passages : AnswerOutcome.TentativePassages;
        var shown = page.Select((h, i) => new AnswerPassage(skip + i + 1, h.Score, h.Passage, h.Highlights)).ToList();
        return new Answer(question, outcome, shown, HasMore: result.Hits.Count + result.Unread > top)
        {
            Confidence = confidence,
            FollowUp = context,
            SearchedQuestion = searched,
        };
    }

    /// <summary>The speakers' roles and genders in the current catalog, rebuilt only when the catalog changed.</summary>
    private SpeakerRoster Roster() => _roster.Of(catalog.All);

    /// <summary>
    /// Whether a speaker is quoted in a briefing the scope shows (the shared ones and the community's); null for no
    /// scope. Each community's set is built once per catalog change.
    /// </summary>
    private Func<string, bool>? InScope(SearchScope? scope) => scope is null ? null : _scoped.Of(catalog.All).Of(scope.Community).Contains;

    /// <summary>The speakers each community's questions may be about, for one catalog snapshot.</summary>
    private sealed class ScopedSpeakers(IReadOnlyList<Briefing> source)
    {
        private readonly ConcurrentDictionary<string, HashSet<string>> _byCommunity = new(StringComparer.Ordinal);

        public IReadOnlyList<Briefing> Source { get; } = source;

        public HashSet<string> Of(string? community) =>
            _byCommunity.GetOrAdd(community ?? "", _ => Source.Where(b => CommunityDirectory.MayShow(b, community))
                .SelectMany(b => b.Passages.SelectMany(p => p.AllSpeakers))
                .ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The speaker directory of the current index, rebuilt only when a commit changed the speaker list.</summary>
    private SpeakerDirectory Speakers() => _speakers.Of(index.Speakers());
}
