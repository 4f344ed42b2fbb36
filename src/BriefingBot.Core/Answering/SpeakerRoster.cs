using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search.Analysis;
using BriefingBot.Core.Text;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using static BriefingBot.Core.Answering.RoleVocabulary;

namespace BriefingBot.Core.Answering;

/// <summary>
/// What the briefings say about their speakers: each one's roles («وزير الموارد المائية»، «المتحدث باسم الوزارة»), their
/// names (<see cref="Names"/>) and who is quoted where (<see cref="Quotations"/>). It answers «ماذا قال وزير الخارجية؟»
/// with the person who holds that role. Built once per catalog snapshot; a lookup touches only the speakers that share a
/// word with the question.
/// </summary>
public sealed class SpeakerRoster
{
    private readonly List<HeldRole> _roles = [];
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _roleOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string BriefingId, HashSet<string> Role)>> _rolesByBriefing = new(StringComparer.Ordinal);

    /// <summary>The speakers' names, aliases and what each name is made of (given name, surname, kunya).</summary>
    internal SpeakerNames Names { get; } = new();

    /// <summary>Who is quoted where and when, and each speaker's grammatical gender.</summary>
    public Quotations Quotations { get; }

    /// <summary>The words after which a question about what someone said names its subject: «عن»، «بشأن»، «حول»، «بخصوص»، «تجاه».</summary>
    internal static readonly HashSet<string> TopicMarkers = new(new[] { "عن", "بشأن", "حول", "بخصوص", "تجاه" }.Select(w => ArabicText.Fold(w)), StringComparer.Ordinal);

    /// <summary>What the briefings write: their words, headlines, headings and places, which questions are weighed against.</summary>
    private readonly BriefingWords _words;

    public SpeakerRoster(IReadOnlyList<Briefing> briefings)
    {
        ArgumentNullException.ThrowIfNull(briefings);
        Source = briefings;
        _words = new BriefingWords(briefings);
        foreach (var written in _words.Each)
        {
            // A briefing's words and places are read once (WrittenBriefing), and only for one with a role to compare them with.
            var briefing = written.Briefing;
            var headline = new Lazy<HashSet<string>>(() => HeadlineWords(briefing));
            foreach (var profile in briefing.SpeakerProfiles)
            {
                Names.Add(profile);
                Add(profile, written.Places, written.About, headline, written.Words);
                if (profile.Role is not null)
                {
                    if (!_rolesByBriefing.TryGetValue(profile.Name, out var held))
                    {
                        _rolesByBriefing[profile.Name] = held = [];
                    }

                    held.Add((briefing.Id, RoleWords(ArabicText.FoldedWords(profile.Role))));
                }
            }
        }

        Quotations = new Quotations(_words, Names);
        _kin = new Lazy<KinTheReportsGive>(() => new KinTheReportsGive(briefings, Names.NameWords));
    }

    private readonly Lazy<KinTheReportsGive> _kin;

    /// <summary>The people the reports call by a kin noun beside their name, with whose kin they are: read on the first kin question.</summary>
    internal KinTheReportsGive KinGiven => _kin.Value;

    private void Add(SpeakerProfile profile, Lazy<HashSet<string>> places, Lazy<HashSet<string>> about, Lazy<HashSet<string>> headline, Lazy<HashSet<string>> briefingWords)
    {
        if (profile.Role is not null)
        {
            AddRole(profile.Name, ArabicText.FoldedWords(profile.Role), places, about, headline, briefingWords, reference: false);
        }

        // «المسؤول المصري»: a title the briefing points back to the speaker by is asked by as a role is.
        foreach (var reference in profile.References)
        {
            AddRole(profile.Name, ArabicText.FoldedWords(reference), places, about, headline, briefingWords, reference: true);
        }
    }

    /// <param name="reference">A title the speaker is pointed back by: its words add to the first role's, as another way to call them.</param>
    private void AddRole(string name, IEnumerable<string> foldedRole, Lazy<HashSet<string>> places, Lazy<HashSet<string>> about, Lazy<HashSet<string>> headline, Lazy<HashSet<string>> briefingWords, bool reference)
    {
        var words = RoleWords(foldedRole);
        var id = _roles.Count;
        _roles.Add(new HeldRole(name, words, places.Value, about.Value, headline, briefingWords));
        if (!_roleOf.TryAdd(name, [.. words]) && reference)
        {
            _roleOf[name].UnionWith(words);
        }

        foreach (var word in words)
        {
            if (!_byWord.TryGetValue(word, out var ids))
            {
                _byWord[word] = ids = [];
            }

            ids.Add(id);
        }
    }

    /// <summary>The briefings the roster was built from.</summary>
    public IReadOnlyList<Briefing> Source { get; }

    /// <summary>How many of the question's words are words of <paramref name="speaker"/>'s role (0 for a speaker with none).</summary>
    public int RoleWordsIn(string speaker, IEnumerable<string> foldedQuestionWords)
    {
        ArgumentNullException.ThrowIfNull(foldedQuestionWords);
        if (!_roleOf.TryGetValue(speaker, out var role))
        {
            return 0;
        }

        return RoleWords(foldedQuestionWords).Count(role.Contains);
    }

    /// <summary>
    /// The speaker the briefings say is known by a name the question holds whole («ماذا قال حميدتي؟» of «محمد حمدان دقلو،
    /// المعروف بـ«حميدتي»»), and which of the question's words are that name; null for none. Few speakers have an alias,
    /// so they are scanned.
    /// </summary>
    public (string Speaker, IReadOnlySet<int> Used)? ByAlias(IReadOnlyList<string> foldedQuestionWords) => Names.ByAlias(foldedQuestionWords);

    /// <summary>
    /// The speakers a briefing calls by the occupation an unnamed <paramref name="speaker"/> is quoted as: «مربي الأبقار»
    /// in one report is the same trade as «سالم الهاجري» whom another calls «المربي». A role holding a word the occupation
    /// does not («مربي الدواجن») is another trade. Empty when the speaker has a role of its own (a named person) or is a body.
    /// </summary>
    public IReadOnlyList<string> OfTheSameOccupation(string speaker)
    {
        var written = ArabicText.FoldedWords(speaker);
        if (written.Count < 2 || _roleOf.ContainsKey(speaker) || SpeakerLexicon.IsOrganisation(written[0])
            || !_byWord.TryGetValue(RoleWord(written[0]), out var ids))
        {
            return [];
        }

        var head = RoleWord(written[0]);
        var occupation = RoleWords(written);
        var found = new List<string>();
        foreach (var id in ids)
        {
            var held = _roles[id];
            if (held.Speaker != speaker && held.Words.Contains(head) && held.Words.IsSubsetOf(occupation) && !found.Contains(held.Speaker, StringComparer.Ordinal))
            {
                found.Add(held.Speaker);
            }
        }

        return found;
    }

    /// <summary>
    /// The name's words folded and glued as a question's are («أبو خليل» → «ابوخليل»): held for every speaker the roster
    /// quotes, read afresh for another name.
    /// </summary>
    internal IReadOnlyList<string> NameWords(string speaker) => Names.NameWords(speaker);

    /// <summary>The speaker whose role the question names (the first of <see cref="Holders"/>), or null.</summary>
    public string? ByRole(IEnumerable<string> foldedQuestionWords) => Holders(foldedQuestionWords) is { Count: > 0 } holders ? holders[0] : null;

    /// <summary>
    /// The speakers whose role the question names, newest briefing first. The question must name a title («وزير»،
    /// «المتحدث»، «الناشطة») the role holds, and either share at least two words with the role and lie within it or
    /// cover it («المتحدث باسم الوزارة» for «المتحدث باسم وزارة الموارد المائية»), or share three; or name nothing the
    /// role does not hold («ماذا قال السفير؟»، «ما رأي الوزير؟»). The closest roles win; when several speakers hold them
    /// all are returned, the women only when the question asks of a woman (<paramref name="asksOfAWoman"/>) and one holds
    /// it; past <see cref="MaxHolders"/>, only the one quoted most recently. Holders quoted only outside
    /// <paramref name="inScope"/> are left out before that count.
    /// </summary>
    public IReadOnlyList<string> Holders(IEnumerable<string> foldedQuestionWords, bool asksOfAWoman = false, Func<string, bool>? inScope = null)
    {
        var best = HoldersInScope(foldedQuestionWords, asksOfAWoman, inScope);
        // More holders than a reply can give the words of («ماذا قالت الوزيرة؟» with a dozen women ministers quoted): the
        // one quoted most recently is answered, and the others are named so the asker can ask by name (OtherHolders).
        return best.Count > MaxHolders ? [NewestOf(best)] : best;
    }

    /// <summary>
    /// The holders of the title the question names beside <paramref name="answered"/>, when more hold it than
    /// <see cref="MaxHolders"/> and the answer gives only the newest's words: newest quoted first, at most
    /// <see cref="MaxOthersNamed"/>, those out of <paramref name="inScope"/> left out. Empty when the title has few holders.
    /// </summary>
    public IReadOnlyList<string> OtherHolders(IEnumerable<string> foldedQuestionWords, string answered, bool asksOfAWoman, Func<string, bool>? inScope = null)
    {
        var all = HoldersInScope(foldedQuestionWords, asksOfAWoman, inScope);
        return all.Count <= MaxHolders || !all.Contains(answered, StringComparer.Ordinal) ? []
            : [.. all.Where(h => h != answered).OrderByDescending(Quotations.LastQuotedOn).Take(MaxOthersNamed)];
    }

    /// <summary>
    /// Every holder of the title quoted in <paramref name="inScope"/>. The scope comes before any cap: a community whose own
    /// briefings quote one minister is answered with her, however many other communities' briefings quote.
    /// </summary>
    private List<string> HoldersInScope(IEnumerable<string> foldedQuestionWords, bool asksOfAWoman, Func<string, bool>? inScope) =>
        [.. AllHolders(foldedQuestionWords, asksOfAWoman).Where(h => inScope is null || inScope(h))];

    /// <summary>How many other holders of a title a reply names: enough to choose from, short enough to read.</summary>
    public const int MaxOthersNamed = 6;

    /// <summary>The holder quoted in the newest briefing; of several in it, the first.</summary>
    private string NewestOf(List<string> holders) => holders.OrderByDescending(Quotations.LastQuotedOn).First();

    /// <summary>
    /// The holders of the title a question names before the subject it asks about («شو قالت الباحثة عن السلالات التي
    /// تتحمل العطش؟»، «ما رأي الباحثة في مستقبل النخيل؟») who speak of that subject. A title many hold («الباحثة» in
    /// twenty briefings) names them all alike; the subject tells which is meant: the one whose own passages hold every one
    /// of its words, chosen among every holder, not only the newest few. Empty when no one holds
    /// the title or none of them speaks of the subject.
    /// </summary>
    /// <param name="amongEveryHolder">Whether every holder the title names is chosen among, however loosely their role
    /// matches it, the closest of those who speak of the subject coming first; else only the closest holders.</param>
    public IReadOnlyList<string> HoldersSpeakingOf(IEnumerable<string> foldedTitleWords, IReadOnlyList<string> foldedSubjectWords, bool asksOfAWoman, bool amongEveryHolder = false)
    {
        ArgumentNullException.ThrowIfNull(foldedSubjectWords);
        var scored = amongEveryHolder ? ScoredHolders(foldedTitleWords) : [];
        var holders = amongEveryHolder
            ? ByTheAskedGender([.. scored.OrderByDescending(s => s.Score).Select(s => s.Name).Distinct(StringComparer.Ordinal)], asksOfAWoman)
            : AllHolders(foldedTitleWords, asksOfAWoman);
        var subject = SubjectWords(foldedSubjectWords, holders)
            .Where(w => w.Length >= 3 && !CommonWords.Contains(w))
            .Select(w => ArabicWordForms.Readings(w).Where(r => r.Length >= 3).ToList())
            .Where(r => r.Count > 0)
            .ToList();
        if (holders.Count == 0 || subject.Count == 0)
        {
            return [];
        }

        var spoken = holders.Select(h => (Holder: h, Said: SaidBy(h)))
            .Select(h => (h.Holder, Count: subject.Count(readings => readings.Any(h.Said.Contains)))).ToList();
        // Every word of the subject: one word a holder's passages happen to share is not the subject spoken of.
        var most = spoken.Max(s => s.Count);
        if (most < subject.Count)
        {
            return [];
        }

        var speaking = spoken.Where(s => s.Count == most).Select(s => s.Holder).ToList();
        if (amongEveryHolder)
        {
            // Of those who speak of it, the closest to the title asked: «وزير الزراعة» is the one so called before «وزير
            // الثروة الزراعية» when both speak of the subject.
            var closest = scored.Where(s => speaking.Contains(s.Name, StringComparer.Ordinal)).Max(s => s.Score);
            speaking = [.. speaking.Where(h => scored.Any(s => s.Name == h && s.Score == closest))];
        }

        return [.. speaking.Take(MaxHolders)];
    }

    /// <summary>Function words («التي»، «هذا»، «كان»), which every passage holds: no subject.</summary>
    private static readonly CharArraySet CommonWords = ArabicStopWords.Create(LuceneVersion.LUCENE_48);

    /// <summary>Every reading of the words of the passages <paramref name="speaker"/> is quoted in.</summary>
    private HashSet<string> SaidBy(string speaker) =>
        BriefingWords.ReadingsOf(Source.Where(b => _rolesByBriefing.TryGetValue(speaker, out var held) && held.Any(h => h.BriefingId == b.Id))
            .SelectMany(b => b.Passages)
            .Where(p => p.AllSpeakers.Contains(speaker, StringComparer.Ordinal))
            .SelectMany(p => ArabicText.FoldedWords(p.Text)));

    private List<string> AllHolders(IEnumerable<string> foldedQuestionWords, bool asksOfAWoman)
    {
        var scored = ScoredHolders(foldedQuestionWords);
        var bestScore = scored.Count == 0 ? 0 : scored.Max(s => s.Score);
        return ByTheAskedGender([.. scored.Where(s => s.Score == bestScore).Select(s => s.Name).Distinct(StringComparer.Ordinal)], asksOfAWoman);
    }

    /// <summary>
    /// Every speaker whose role the question names (see <see cref="Holders"/>), each with how closely: the roles in the
    /// order the roster holds them, a speaker once per role.
    /// </summary>
    private List<(string Name, double Score)> ScoredHolders(IEnumerable<string> foldedQuestionWords)
    {
        ArgumentNullException.ThrowIfNull(foldedQuestionWords);
        var asWritten = RoleWords(foldedQuestionWords);
        if (!asWritten.Any(SpeakerLexicon.IsTitle))
        {
            return [];
        }

        // «الطبيبة في الفاشر»: the word after «في» says where the role is held.
        var written = foldedQuestionWords.ToList();
        var where = RoleWords(written.Where((w, i) => i > 0 && written[i - 1] == "في"));
        var candidates = new SortedSet<int>();
        foreach (var word in asWritten)
        {
            if (_byWord.TryGetValue(word, out var ids))
            {
                candidates.UnionWith(ids);
            }
        }

        var defining = DefiningWords(written);
        var scored = new List<(string Name, double Score)>();
        foreach (var id in candidates)
        {
            var held = _roles[id];
            var role = held.Words;
            var asSaid = AsTheRoleNamesTheForeigner(AsTheRoleSaysIt(asWritten, role), role);
            var question = AsTheRoleTitlesTheExpert(asSaid, role);
            var byTheExpert = !question.SetEquals(asSaid);
            var asOfficial = AsTheRoleTitlesTheOfficial(question, role);
            var byTheGeneralTitle = !asOfficial.SetEquals(question);
            question = byTheGeneralTitle ? asOfficial : question;
            // A briefing often leaves the nationality to its context («وزير التخطيط والتعاون الدولي» in a report on
            // Yemen) where the asker names it («ماذا قال وزير التخطيط اليمني؟»): a demonym the role does not contradict
            // is not asked of it. A role with another demonym («وزيرة التربية الأردنية») still refuses «المصري».
            var asked = role.Any(IsDemonym) ? question : question.Where(w => role.Contains(w) || !IsDemonym(w)).ToHashSet(StringComparer.Ordinal);
            if (asked.Any(w => IsDemonym(w) && !role.Contains(w)))
            {
                continue;
            }

            // The context the role leaves it to must be that country: «ماذا قال وزير المالية السوداني؟» is not asked of
            // «وزير المالية» in a briefing on Lebanon that never names Sudan.
            if (!role.Any(IsDemonym) && question.Where(IsDemonym).Any(w => !Gazetteer.PlacesOfAdjective(w).Any(held.Places.Contains)))
            {
                continue;
            }

            // Rule «a role held where the question says»: «ماذا قال تاجر الجملة في سوق صحار؟» is not the wholesaler of a report
            // on Aden that never names Sohar. A place the question names by name (its people's adjective is read above) that
            // the holder's briefing never names is another briefing's: 121 briefings share «مدير»، «التاجر»، «رئيس البلدية».
            if (written.Where(w => !Gazetteer.IsAdjectiveOfPlace(w)).Select(w => Gazetteer.PlacesNamedBy(w).ToList()).Any(named => named.Count > 0 && !named.Any(held.Places.Contains)))
            {
                continue;
            }

            // «ماذا قالت الطبيبة في الفاشر؟» of «الطبيبة» in a report whose headline or lede is El Fasher: where the role is
            // held, when the holder's briefing is about that place, is context, as a nationality is.
            if (asked.Any(w => where.Contains(w) && !role.Contains(w) && held.Headline.Value.Contains(w)))
            {
                asked = asked.Where(w => role.Contains(w) || !where.Contains(w) || !held.Headline.Value.Contains(w)).ToHashSet(StringComparer.Ordinal);
            }

            // Rule «the holder in the briefing the question is about»: «ماذا قال رئيس جمعية صيانة سيدي بوسعيد؟» of «رئيس
            // الجمعية» in the report on Sidi Bou Said, not the head of another town's society; «تاجر الجملة في سوق صحار» of the
            // wholesaler in the report on Sohar's souk. Words of the question the role does not hold but the holder's briefing
            // writes are context, as a place after «في» is, when the role still holds two of the rest (never a word that says
            // which office is asked, <see cref="DefiningWords"/>); each one its title or
            // lede holds counts a quarter toward the holder, each one the briefing never writes a quarter against, so the
            // holder in the briefing the question names comes first.
            var extra = asked.Where(w => w.Length >= 3 && !role.Contains(w) && !SpeakerLexicon.IsTitle(w) && !IsDemonym(w) && !defining.Contains(w)).ToList();
            var context = extra.Where(w => WritesAnyReading(held.BriefingWords, w)).ToHashSet(StringComparer.Ordinal);
            var toward = extra.Count(held.Headline.Value.Contains) - extra.Count(w => !context.Contains(w));
            if (context.Count > 0 && asked.Count(w => !context.Contains(w) && role.Contains(w)) >= 2)
            {
                asked = asked.Where(w => !context.Contains(w)).ToHashSet(StringComparer.Ordinal);
            }

            var shared = asked.Count(role.Contains);
            var within = asked.All(role.Contains);
            // A nationality the role adds («وزيرة المالية الكويتية») is context, not another office: «وزير المالية» covers it.
            var covers = role.Where(w => !IsDemonym(w)).All(asked.Contains);
            // A title alone, or with words all of which the role holds («السفير الفرنسي»), or with the country the role
            // leaves to its briefing («الوزير العماني» of «وزير الاقتصاد» in a report on Oman).
            var titleOnly = asked.All(role.Contains);
            if (!asked.Where(SpeakerLexicon.IsTitle).Any(role.Contains) || !(shared >= 2 && (within || covers || shared >= 3) || titleOnly))
            {
                continue;
            }

            // «المسؤول» alone is every office's holder: read as the role's own title only beside another word of the role.
            if (byTheGeneralTitle && shared < 2)
            {
                continue;
            }

            // A title alone names every holder alike: «النائب» is as much «النائب عن بيروت» as «النائب».
            var score = (shared == 1 ? 1 : shared + (within ? 0.5 : 0) + (covers ? 0.5 : 0)) + ContextWeight * toward;
            // The country asked of is the one the holder's briefing is about (its title or lede) rather than one it only
            // mentions («الخبير الاقتصادي المصري» is the expert in the report on Egypt, not the one on Tunisia that
            // compares it with Egypt).
            if (!role.Any(IsDemonym) && question.Any(IsDemonym) && question.Where(IsDemonym).All(w => Gazetteer.PlacesOfAdjective(w).Any(held.About.Contains)))
            {
                score += 0.25;
            }

            // A holder the press itself calls «الخبير» of that nationality is the one asked before one of another craft.
            score -= byTheExpert ? ExpertReadingPenalty : 0;
            scored.Add((held.Speaker, score));
        }

        return scored;
    }

    /// <summary>The holders asked of by the question's gender, in the order given.</summary>
    private List<string> ByTheAskedGender(List<string> best, bool asksOfAWoman)
    {
        // Asked of a woman («ماذا قالت الوزيرة؟»), a man holding the office is someone else: the briefings tell a woman's
        // office in the feminine, so a question in it asks of a woman they do not quote.
        if (asksOfAWoman)
        {
            best = best.Where(Quotations.IsFeminine).ToList();
        }
        else
        {
            // The press gives a woman's office in the feminine («المفوضة الأوروبية»), so a title asked in the masculine
            // names the men who hold it first; a woman holding it still follows.
            best = Quotations.MenFirst(best);
        }

        return best;
    }

    /// <summary>
    /// The speakers who hold an office of the body <paramref name="foldedBodyWords"/> name («رئيس بعثة المفوضية السامية …
    /// لشؤون اللاجئين» for «مفوضية اللاجئين»، «المتحدث باسم وزارة الصحة» for «وزارة الصحة»): their role holds every word of
    /// the body's name and an office title. Someone who only works there («الباحثة في مركز كارنيغي») does not speak for
    /// it. At most <see cref="MaxHolders"/>.
    /// </summary>
    public IReadOnlyList<string> SpeakersFor(IEnumerable<string> foldedBodyWords)
    {
        ArgumentNullException.ThrowIfNull(foldedBodyWords);
        var written = foldedBodyWords.ToList();
        var body = RoleWords(written);
        // The noun is told as written: a role word drops its ending («مفوضية» is compared as «مفوضي»).
        if (body.Count < 2 || written.FirstOrDefault(SpeakerLexicon.IsOrganisation) is not { } noun || !_byWord.TryGetValue(RoleWord(noun), out var ids))
        {
            return [];
        }

        var found = new List<string>();
        foreach (var id in ids)
        {
            var held = _roles[id];
            if (body.All(held.Words.Contains) && held.Words.Any(SpeakerLexicon.IsOfficeTitle) && !found.Contains(held.Speaker, StringComparer.Ordinal))
            {
                found.Add(held.Speaker);
            }
        }

        return found.Count > MaxHolders ? found.GetRange(0, MaxHolders) : found;
    }

    /// <summary>
    /// The briefings where <paramref name="speaker"/> holds the role the question names best, when the name is quoted in
    /// several briefings in roles the question tells apart («رئيس بعثة صندوق النقد الدولي إلى لبنان» in one, «الباحث في
    /// معهد ماكس بلانك» in another: two people of one name); null when it does not.
    /// </summary>
    public IReadOnlySet<string>? BriefingsOfRole(string speaker, IEnumerable<string> foldedQuestionWords)
    {
        ArgumentNullException.ThrowIfNull(foldedQuestionWords);
        if (!_rolesByBriefing.TryGetValue(speaker, out var held) || held.Count < 2)
        {
            return null;
        }

        var question = RoleWords(foldedQuestionWords);
        var shared = held.Select(h => (h.BriefingId, Count: question.Count(h.Role.Contains))).ToList();
        var most = shared.Max(h => h.Count);
        return most == 0 || shared.All(h => h.Count == most) ? null
            : shared.Where(h => h.Count == most).Select(h => h.BriefingId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The briefings of <paramref name="briefingIds"/> grouped by the person <paramref name="speaker"/> is in each. One name
    /// quoted in two briefings in roles neither of which holds the other («المنسق الميداني لمنظمة أطباء بلا حدود في
    /// الفاشر» in one, «فني كهرباء يعمل في الرياض» in another) is two people; the same role, one that adds to the other
    /// («وزيرة المالية» and «وزيرة المالية الكويتية»), or a briefing that gives no role to tell by, is one person.
    /// </summary>
    public IReadOnlyList<IReadOnlySet<string>> People(string speaker, IReadOnlyCollection<string> briefingIds)
    {
        ArgumentNullException.ThrowIfNull(briefingIds);
        var all = briefingIds.ToHashSet(StringComparer.Ordinal);
        if (all.Count < 2 || !_rolesByBriefing.TryGetValue(speaker, out var held)
            || all.Any(id => !held.Any(h => h.BriefingId == id && h.Role.Count > 0)))
        {
            return [all];
        }

        var people = new List<(HashSet<string> Briefings, List<HashSet<string>> Roles)>();
        foreach (var id in briefingIds.Distinct(StringComparer.Ordinal))
        {
            var roles = held.Where(h => h.BriefingId == id).Select(h => h.Role).ToList();
            var same = people.FindIndex(p => p.Roles.Any(r => roles.Any(role => OneHoldsTheOther(r, role))));
            if (same < 0)
            {
                people.Add(([id], roles));
            }
            else
            {
                people[same].Briefings.Add(id);
                people[same].Roles.AddRange(roles);
            }
        }

        return [.. people.Select(p => (IReadOnlySet<string>)p.Briefings)];
    }

    /// <summary>Whether the words of a briefing (every reading) hold a reading of the question's role word.</summary>
    private static bool WritesAnyReading(Lazy<HashSet<string>> briefingWords, string word) =>
        ArabicWordForms.Readings(word).Any(r => r.Length >= 3 && briefingWords.Value.Contains(r));

    /// <summary>What a word of the question naming what the holder's briefing is about adds to the holder's match: less than a role word.</summary>
    private const double ContextWeight = 0.25;

    /// <summary>
    /// Of the briefings the asked speakers' passages come from, those about the subject or place the question names
    /// beside the name («ماذا قالت هند العتيبي عن السندات؟»، «ما رأي مارتينيز في ضريبة الدخل العمانية؟»): the ones whose
    /// words hold the most of the question's other words (a place: the one the briefing's title or lede is about). Null
    /// when the question names nothing beside the person, or its words are in each briefing alike: then every briefing's
    /// passages are the answer.
    /// </summary>
    public IReadOnlySet<string>? BriefingsAbout(IReadOnlyCollection<string> briefingIds, IReadOnlyList<string> foldedQuestionWords, IReadOnlyCollection<string> asked)
    {
        ArgumentNullException.ThrowIfNull(briefingIds);
        ArgumentNullException.ThrowIfNull(foldedQuestionWords);
        ArgumentNullException.ThrowIfNull(asked);
        if (briefingIds.Count < 2)
        {
            return null;
        }

        var subject = SubjectWords(foldedQuestionWords, asked);
        if (subject.Count == 0)
        {
            return null;
        }

        return _words.MostCovering(briefingIds, subject);
    }

    /// <summary>
    /// The subject a question about what someone said names after «عن» (or «بشأن»، «حول»، «بخصوص»، «تجاه»; «في» after
    /// «رأي», <see cref="TopicMarker"/>): «ماذا قالت
    /// خديجة بوزيان عن الحافلات؟» → «الحافلات». Without the words of the title and lede of <paramref name="briefingIds"/>
    /// (the briefings the person speaks in): what a briefing is about, its speakers need not repeat («ما قالته الذوادي عن
    /// اللائحة» in the briefing on the ride-hailing «لائحة», where she speaks of its sixty per cent rule). Empty when the
    /// question names no subject that way.
    /// </summary>
    public IReadOnlyList<string> TopicWords(IReadOnlyList<string> foldedQuestionWords, IReadOnlyCollection<string> asked, IEnumerable<string> briefingIds)
    {
        ArgumentNullException.ThrowIfNull(foldedQuestionWords);
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(briefingIds);
        var marker = TopicMarker(foldedQuestionWords, asked);
        if (marker < 0)
        {
            return [];
        }

        return _words.NotInTheirHeadlines(SubjectWords([.. foldedQuestionWords.Skip(marker + 1)], asked), briefingIds);
    }

    /// <summary>
    /// Where the subject of a question about what someone said opens: at «عن» (or «بشأن»، «حول»، «بخصوص»، «تجاه»), or
    /// at the first «في» right after the person's name in a question asking their opinion («ما رأي سلمى الدريدي في منحة
    /// الديوان؟»: an opinion is «في» its subject). Not «في» after a title: «ما رأي الوكيل المساعد في وزارة التغير المناخي؟»
    /// names where he works, as «ماذا قال الباحث في جامعة صنعاء؟» does. -1 when there is none.
    /// </summary>
    private int TopicMarker(IReadOnlyList<string> foldedQuestionWords, IReadOnlyCollection<string> asked)
    {
        var words = foldedQuestionWords.ToList();
        var marker = words.FindIndex(TopicMarkers.Contains);
        if (marker >= 0)
        {
            return marker;
        }

        var opinion = words.FindIndex(SpeakerQuestion.IsOpinionWord);
        var at = opinion < 0 ? -1 : words.FindIndex(opinion + 1, w => w == "في");
        return at > 0 && Names.WordsCalling(asked).Contains(words[at - 1]) ? at : -1;
    }

    /// <summary>
    /// The words of a question about what someone said that name its subject («ماذا قالت هند العتيبي عن السندات؟»:
    /// «السندات»): not the person's own name, alias or role, nor the words asking what they said.
    /// </summary>
    public IReadOnlyList<string> SubjectWords(IReadOnlyList<string> foldedQuestionWords, IReadOnlyCollection<string> asked)
    {
        ArgumentNullException.ThrowIfNull(foldedQuestionWords);
        ArgumentNullException.ThrowIfNull(asked);

        // The person's own words (name, alias, role) are in each of their briefings: only the rest names a subject.
        var own = Names.WordsCalling(asked);
        foreach (var name in asked)
        {
            if (_roleOf.TryGetValue(name, out var role))
            {
                own.UnionWith(role);
            }
        }

        return foldedQuestionWords
            .Where(w => w.Length >= 3 && !SpeakerQuestion.IsSpeechWord(w) && !SpeakerQuestion.IsFiller(w) && !SpeakerLexicon.IsTitle(w)
                && !NotRoleWords.Contains(w) && !own.Contains(RoleWord(w)) && !ArabicWordForms.Readings(w).Any(own.Contains))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Whether a briefing writes <paramref name="folded"/> as it is: a word of the language («الزوار») or a name the
    /// briefings spell so, which a question may mean as written.
    /// </summary>
    public bool Writes(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return _words.Writes(folded);
    }

    /// <summary>Whether the folded words, in this order, are word for word a section heading of a briefing («الخطاط»).</summary>
    public bool IsSectionHeading(IEnumerable<string> foldedWords) => _words.IsSectionHeading(foldedWords);

    /// <summary>Whether a folded word is one of Lucene's Arabic stop words (a particle, a pronoun).</summary>
    internal static bool IsCommonWord(string folded) => CommonWords.Contains(folded);

    /// <summary>
    /// «السوري»، «اللبنانية»، «وللمصري»: a question word that is a people's adjective of a country the gazetteer knows, with
    /// or without article, prefixes and feminine ending.
    /// </summary>
    internal static bool IsDemonymWord(string folded)
    {
        var bare = SpeakerLexicon.WithoutPrefixes(folded);
        return IsDemonym(bare.Length > 4 && bare.EndsWith("يه", StringComparison.Ordinal) ? bare[..^1] : bare);
    }

    /// <summary>The words of a briefing's title and lede, as the question's are compared: what the briefing is about.</summary>
    private static HashSet<string> HeadlineWords(Briefing briefing) => RoleWords(BriefingWords.TitleAndLedeWords(briefing));

    /// <summary>
    /// The most holders of one title an answer shows: the newest briefings' («ما رأي الوزير؟» over a year of them). Enough
    /// that a title a handful of briefings share («ماذا قالت الوزيرة؟») leaves out none of them.
    /// </summary>
    public const int MaxHolders = 5;

    /// <summary>What a role read through «the foreign expert» loses: more than a role that covers the question gains.</summary>
    private const double ExpertReadingPenalty = 1;

    /// <summary>
    /// One role a speaker holds in one briefing (their title, or a title the briefing points back to them by), with what
    /// that briefing says around it: a question asking of the role is weighed against these.
    /// </summary>
    /// <param name="Speaker">The speaker's name, as the briefings write it.</param>
    /// <param name="Words">The role's words, folded (<see cref="RoleWords"/>).</param>
    /// <param name="Places">The places the speaker's briefing names (<see cref="WrittenBriefing.Places"/>).</param>
    /// <param name="About">The places the speaker's briefing is about, named in its title or lede (<see cref="WrittenBriefing.About"/>).</param>
    /// <param name="Headline">The words of the briefing's title and lede, as a role's are compared (<see cref="HeadlineWords"/>).</param>
    /// <param name="BriefingWords">Every reading of every word the briefing writes (<see cref="WrittenBriefing.Words"/>).</param>
    private sealed record HeldRole(string Speaker, HashSet<string> Words, HashSet<string> Places, HashSet<string> About, Lazy<HashSet<string>> Headline, Lazy<HashSet<string>> BriefingWords);
}
