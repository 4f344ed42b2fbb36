using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Which speaker a mention refers to among those the section and the briefing have met: a full name is the person first
/// met under a shorter or longer form of it, a surname or an institution's noun the latest so named, a title alone the
/// latest holder of it, an office the person already met in it.
/// </summary>
internal static class SpeakerReferences
{
    /// <summary>Which speaker already met an attribution names, or a new one it introduces; null for no one (narration, a collective source).</summary>
    public static int? Resolve(Attribution found, KnownSpeakers known, int? current) => found.Kind switch
    {
        AttributionKind.Named when found.Unclosed => Existing(found.Name!, known) ?? BySurnameBeforeObject(found, known),
        AttributionKind.Named => found.Office && (ByOffice(found.Name!, known, current) ?? StillSpeaking(found, known, current) ?? ByTitleOfAnotherPeople(found.Name!, known)
            ?? ByTitleOfTheOneJustHeard(found, known, current)) is { } holder
            ? holder
            : Canonical(found, known, current),
        AttributionKind.Surname => ByWords(found, known, current),
        AttributionKind.TitleOnly => Referred(found, known, TitleAsSurname(found, known, current) ?? ByReference(found, known, current) ?? ByEarlierReference(found, known)),
        _ => null,
    };

    /// <summary>The most words of a title and its adjectives kept as a reference («المسؤول الحكومي المصري»).</summary>
    private const int MaxReferenceWords = 3;

    /// <summary>
    /// «وأقرّ المسؤول المصري بأن» after «رئيس الهيئة المصرية لحماية الشواطئ، المهندس حسام عبد الفتاح»: a title with its
    /// adjectives that points back to a person is another way the briefing calls them, which a reader may ask by.
    /// </summary>
    private static int? Referred(Attribution found, KnownSpeakers known, int? speaker)
    {
        if (speaker is { } k && found.Name is { } title && ArabicText.FoldedWords(title) is { Count: >= 2 and <= MaxReferenceWords } words
            && SpeakerLexicon.IsTitle(words[0]) && words.Skip(1).All(SpeakerLexicon.HasArticle) && !SpeakerNames.IsOffice(known[k].Name)
            && !known[k].References.Contains(title, StringComparer.Ordinal))
        {
            known[k].References.Add(title);
        }

        return speaker;
    }

    /// <summary>
    /// Rule «a description met again under another heading»: «ويتابع الفلاح الستيني أن» pointed back to صالح بن عمارة in
    /// the first section; under the last heading «ويقول الفلاح الستيني إنه» opens with no one being heard, so the title's
    /// general reading to the current speaker finds no one. Feature writing closes on a character it carried by that
    /// description, so the one speaker the briefing already pointed back to by these words is meant. Two speakers so
    /// referred to are no one.
    /// </summary>
    private static int? ByEarlierReference(Attribution found, KnownSpeakers known)
    {
        if (found.Name is not { } title)
        {
            return null;
        }

        var holders = Enumerable.Range(0, known.All.Count)
            .Where(k => known[k].References.Contains(title, StringComparer.Ordinal) && Agrees(found, known[k]))
            .Take(2)
            .ToList();
        return holders is [var only] ? only : null;
    }

    /// <summary>
    /// «قال كريم الساعدي، رئيس قائمة …، إن …» then «وأضاف محافظ البصرة الأسبق أن»: an office no one met, after a verb that
    /// goes on, is the speaker just heard under another of their titles (the verb's gender agreeing), who now holds it too.
    /// </summary>
    private static int? StillSpeaking(Attribution found, KnownSpeakers known, int? current) =>
        found.GoesOn && current is { } c && !SpeakerNames.IsOffice(known[c].Name) && known[c].Feminine == found.Feminine
            ? Learnt(c, found with { Role = found.Role ?? found.Name }, known)
            : null;

    /// <summary>
    /// «وقال مصطفى اليعقوبي، مدير المهرجان، لـ«موجز» إن …» then «ويؤكد مدير الدورة أن»: an office no one met whose title
    /// («مدير») heads the role of the speaker just heard, and no other speaker's, is that speaker under the office's other
    /// words (the festival's edition for the festival); it had been a speaker of its own, so a question by the person's
    /// name missed its passages.
    /// </summary>
    private static int? ByTitleOfTheOneJustHeard(Attribution found, KnownSpeakers known, int? current)
    {
        if (current is not { } c || SpeakerNames.IsOffice(known[c].Name) || known[c].Role is not { } role || known[c].Feminine != found.Feminine
            || found.Name is not { } office || ArabicText.FoldedWords(office) is not { Count: >= 2 } words || SpeakerLexicon.IsSpokesman(words[0]))
        {
            return null;
        }

        var title = words[0];
        bool Heads(int k) => known[k].Role is { } r && ArabicText.FoldedWords(r) is { Count: > 0 } roleWords && roleWords[0] == title;
        return Heads(c) && !Enumerable.Range(0, known.All.Count).Any(k => k != c && Heads(k)) && SpeakerLexicon.IsTitle(title)
            ? Learnt(c, found with { Role = null }, known)
            : null;
    }

    /// <summary>
    /// A title with the article that is also a surname («وتضيف الخطيب أن» after «سلمى الخطيب»، «الشيخ»): the speaker so
    /// named, when one was met; otherwise it is the title.
    /// </summary>
    private static int? TitleAsSurname(Attribution found, KnownSpeakers known, int? current) =>
        found.Name is { } name && !name.Contains(' ', StringComparison.Ordinal) && SpeakerLexicon.HasArticle(ArabicText.Fold(name))
            ? ByWords(found with { Kind = AttributionKind.Surname }, known, current)
            : null;

    /// <summary>
    /// «وتنصح مارتينيز الكويت بفرض …»: an unclosed name whose first word is the surname of a speaker already met, and no
    /// given name, is that speaker; the words after it are the verb's object. The latest so named whose gender agrees.
    /// </summary>
    private static int? BySurnameBeforeObject(Attribution found, KnownSpeakers known)
    {
        var words = SpeakerNames.Words(found.Name!);
        if (words.Count < 2 || SpeakerLexicon.IsGivenName(words[0]))
        {
            return null;
        }

        for (var k = known.All.Count - 1; k >= 0; k--)
        {
            var name = SpeakerNames.Words(known[k].Name);
            if (name.Count >= 2 && name[^1] == words[0] && !SpeakerNames.IsOffice(known[k].Name) && Agrees(found, known[k]))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The speaker already met whose name holds every word of <paramref name="name"/>, if any: the latest.</summary>
    private static int? Existing(string name, KnownSpeakers known)
    {
        var words = SpeakerNames.Words(name);
        foreach (var k in known.Containing(words).Reverse())
        {
            if (SpeakerNames.NamedBy(words, known[k].Name))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// The profile a name belongs to: a later short mention («بولياكوف») is the full name first seen. Of namesakes it may
    /// be («سامي نصار»، «ريما نصار» for «وأوضحت نصار»), the one the verb's gender agrees with, the current one first,
    /// else the first met.
    /// </summary>
    private static int Canonical(Attribution found, KnownSpeakers known, int? current)
    {
        var name = found.Name!;
        var folded = SpeakerNames.Words(name);
        if (ByTitleAndSurname(folded, known) is { } titled)
        {
            return Learnt(titled, found with { Name = known[titled].Name }, known);
        }

        int? chosen = null;
        foreach (var k in known.CouldBe(folded))
        {
            var kf = SpeakerNames.Words(known[k].Name);
            // One name inside the other, or two words in common that end the known name («أبو القاسم» in
            // «إيمان أبو القاسم», read with the word after it): the same person.
            // Counted in written words: a glued compound («أبو القاسم») is two. Two given names that differ («أحمد بوعلام»،
            // «ياسين بوعلام») are two people of one family, however long the surname they share.
            var shared = folded.Where(kf.Contains).Sum(CompoundNames.Parts);
            // A mention that opens with the word the known name ends with, a single word, names another person of the
            // same patronymic read the other way («الشيخ ولد أعمر» is not «أحمدو ولد الشيخ»).
            // «هاني محمود الأقرع» after «محمود عبد الرحيم الأقرع»: a given name of its own, then the known one's given name as
            // the father's, is the son, however many words the two names share.
            var otherGivenNames = !folded.Contains(kf[0])
                && (!kf.Contains(folded[0]) || folded[0] == kf[^1] && kf.Count > 1 && CompoundNames.Parts(folded[0]) == 1)
                || folded.Count >= 3 && kf.Count >= 2 && !kf.Contains(folded[0]) && folded[0] != "سيدي" && folded[1] == kf[0]
                // «سالم عودة الزبيدي» after «مازن سالم الزبيدي»: the mention's given name is the known one's father's, so the
                // mention is the father, the other way round.
                || kf.Count >= 3 && folded.Count >= 2 && !folded.Contains(kf[0]) && kf[0] != "سيدي" && kf[1] == folded[0];
            if ((folded.All(w => kf.Contains(w)) || kf.All(w => folded.Contains(w)) || shared >= 2 && folded.Contains(kf[^1]) && !otherGivenNames)
                && (chosen is not { } earlier || Preference(k, found, known, current) > Preference(earlier, found, known, current)))
            {
                chosen = k;
            }
        }

        if (chosen is { } same)
        {
            if (folded.Count > SpeakerNames.Words(known[same].Name).Count && SpeakerNames.Words(known[same].Name).All(w => folded.Contains(w)))
            {
                known.Rename(same, name);
            }

            return Learnt(same, found, known);
        }

        if (ByAlias(folded, known) is { } aliased)
        {
            return Learnt(aliased, found, known);
        }

        var profile = new Profile(name);
        return Learnt(known.Add(profile), found, known);
    }

    /// <summary>How well speaker <paramref name="k"/> fits a mention several may answer to: gender first, then being the current one.</summary>
    private static int Preference(int k, Attribution found, KnownSpeakers known, int? current) =>
        (Agrees(found, known[k]) ? 2 : 0) + (k == current ? 1 : 0);

    /// <summary>Whether the mention's gender, where its verb or title shows one, is the speaker's.</summary>
    private static bool Agrees(Attribution found, Profile profile) => !found.GenderShown || profile.Feminine == found.Feminine;

    private static int Learnt(int k, Attribution found, KnownSpeakers known)
    {
        known[k].Learn(found);
        if (found.Alias is { } alias)
        {
            known.AddAlias(k, alias);
        }

        return k;
    }

    /// <summary>The latest speaker known by an alias that holds every word of <paramref name="words"/> («حميدتي»، «الجولاني»).</summary>
    private static int? ByAlias(IReadOnlyList<string> words, KnownSpeakers known)
    {
        for (var i = known.WithAlias.Count - 1; i >= 0; i--)
        {
            var k = known.WithAlias[i];
            if (known[k].Aliases.Any(alias => SpeakerNames.NamedBy(words, alias)))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// A surname alone («الحسيني»، «عبد الفتاح»), or an institution's noun («الوزارة» for «وزارة الطاقة»), refers to the
    /// speaker of that name already met, if any: the current one first, then the latest met.
    /// </summary>
    private static int? ByWords(Attribution found, KnownSpeakers known, int? current)
    {
        var words = SpeakerNames.Words(found.Name!);
        if (ByTitleAndSurname(words, known) is { } titled)
        {
            return titled;
        }

        int? latest = null;
        if (current is { } c && SpeakerNames.NamedBy(words, known[c].Name) && !SpeakerNames.IsOffice(known[c].Name))
        {
            if (Agrees(found, known[c]))
            {
                return c;
            }

            latest = c;
        }

        // Namesakes («ويضيف الحداد» after «سامي الحداد» and «ريما الحداد»): the latest whose gender the verb agrees with.
        foreach (var k in known.Containing(words).Reverse())
        {
            // An office («الناطق الرسمي باسم الحكومة») is met again by its title, not by its complement («الحكومة»).
            if (SpeakerNames.NamedBy(words, known[k].Name) && !SpeakerNames.IsOffice(known[k].Name))
            {
                if (Agrees(found, known[k]))
                {
                    return k;
                }

                latest ??= k;
            }
        }

        if (latest is { } only)
        {
            // «وتضيف السليطي أن» of the one «السليطي» met, whom no title or verb showed a woman before: she is one.
            if (found is { GenderShown: true, Feminine: true })
            {
                known[only].Learn(found);
            }

            return only;
        }

        // «الوزارة» is not a word of «وزارة الطاقة» as written: compare without the article.
        for (var k = known.All.Count - 1; k >= 0; k--)
        {
            if (words.Count == 1 && SpeakerLexicon.IsOrganisation(words[0]) && SpeakerNames.NamedBy(words, known[k].Name) && !SpeakerNames.IsOffice(known[k].Name))
            {
                return k;
            }
        }


        // A speaker met under an alias («ويضيف حميدتي أن»).
        if (ByAlias(words, known) is { } aliased)
        {
            return aliased;
        }

        return ByRoleHead(found, words, known, current);
    }

    /// <summary>
    /// «يرى الجيولوجي أن» after «الجيولوجي يحيى ولد الطالب، الأستاذ بجامعة …»: an occupation with the article that no
    /// lexicon lists as a title, alone before «أن», is the speaker whose role opens with it; the current one first.
    /// </summary>
    private static int? ByRoleHead(Attribution found, IReadOnlyList<string> words, KnownSpeakers known, int? current)
    {
        if (words.Count != 1 || !SpeakerLexicon.HasArticle(words[0]) || SpeakerLexicon.IsOrganisation(words[0]))
        {
            return null;
        }

        var head = SpeakerLexicon.WithoutPrefixes(words[0]);
        bool Heads(int k) => known[k].Role is { } role && ArabicText.FoldedWords(role) is { Count: > 0 } roleWords
            && SpeakerLexicon.WithoutPrefixes(roleWords[0]) == head && !SpeakerNames.IsOffice(known[k].Name) && Agrees(found, known[k]);
        if (current is { } c && Heads(c))
        {
            return c;
        }

        for (var k = known.All.Count - 1; k >= 0; k--)
        {
            if (Heads(k))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// «ويرى النائب المقريف أن» after «المهندس يوسف المقريف» and «النائب علي المقريف»: a title before a surname is the
    /// latest speaker so named whose role holds the title; null when none does (the mention is then read as before).
    /// </summary>
    private static int? ByTitleAndSurname(IReadOnlyList<string> words, KnownSpeakers known)
    {
        if (words.Count < 2 || !SpeakerLexicon.IsTitle(words[0]))
        {
            return null;
        }

        var title = SpeakerLexicon.WithoutPrefixes(words[0]);
        var name = words.Skip(1).ToList();
        for (var k = known.All.Count - 1; k >= 0; k--)
        {
            if (SpeakerNames.NamedBy(name, known[k].Name) && known[k].RoleWords.Contains(title) && !SpeakerNames.IsOffice(known[k].Name))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// «وقال وزير الطاقة التركي …» and, three paragraphs after «وزير المالية … في حكومة الإقليم، كاوه رشيد»، «وعاد الوزير
    /// الكردي ليقول إن»: a title with the article and adjectives alone points back to the latest speaker whose role holds the
    /// title, passing over one whose role names another people («التركي» is not «الكردي»). Null when none holds the title:
    /// the words are then an office of their own, as before.
    /// </summary>
    private static int? ByTitleOfAnotherPeople(string office, KnownSpeakers known)
    {
        var words = ArabicText.FoldedWords(office);
        if (words.Count < 2 || !SpeakerLexicon.HasArticle(words[0]) || !SpeakerLexicon.IsTitle(words[0])
            || words.Skip(1).Any(w => !SpeakerLexicon.HasArticle(w) || SpeakerLexicon.IsTitle(w)))
        {
            return null;
        }

        var title = SpeakerLexicon.WithoutPrefixes(words[0]);
        var adjectives = words.Skip(1).Select(SpeakerLexicon.WithoutPrefixes).ToHashSet(StringComparer.Ordinal);
        for (var k = known.All.Count - 1; k >= 0; k--)
        {
            if (known[k].RoleWords.Contains(title) && !SpeakerNames.IsOffice(known[k].Name)
                && !known[k].RoleWords.Any(r => !adjectives.Contains(r) && SpeakerLexicon.IsPeoplesAdjective("ال" + r)))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>A named speaker whose role holds every word of the office («الأمين العام» in «الأمين العام لوزارة المياه»).</summary>
    private static int? ByOffice(string office, KnownSpeakers known, int? current)
    {
        var words = ArabicText.FoldedWords(office).Select(SpeakerLexicon.WithoutPrefixes).ToList();
        bool Holds(int k) => known[k].Name != office && words.All(known[k].RoleWords.Contains);
        if (current is { } c && Holds(c))
        {
            return c;
        }

        for (var k = known.All.Count - 1; k >= 0; k--)
        {
            if (Holds(k))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// A title that points back («وأكد الوزير أن»، «وأوضح المسؤول الليبي أن»، «وبحسب المتحدث نفسه، فإن»): the speaker
    /// whose role holds all its words, else the one whose role holds the title, else, for a title with «نفسه / ذاته» or
    /// a general one («المسؤول»، «المتحدث»، «الخبيرة»), the current speaker when the title's gender is theirs.
    /// </summary>
    private static int? ByReference(Attribution found, KnownSpeakers known, int? current)
    {
        var words = ArabicText.FoldedWords(found.Name!).Select(SpeakerLexicon.WithoutPrefixes).ToList();
        if (words.Count == 0)
        {
            return current;
        }

        if (found.FieldNamed)
        {
            // «الخبير الاقتصادي»: the speaker met whose role holds the title and its field, the current one first; else
            // someone not met, unnamed.
            bool Holds(int k) => words.All(known[k].RoleWords.Contains) && Agrees(found, known[k]);
            return current is { } now && Holds(now) ? now : Enumerable.Range(0, known.All.Count).Reverse().Cast<int?>().FirstOrDefault(k => Holds(k!.Value));
        }

        if (words.Count > 1 && ByOffice(found.Name!, known, current) is { } holder)
        {
            return holder;
        }

        if (ByTitle(words[0], known, current) is { } titled)
        {
            return titled;
        }

        if (words.Count > 1 && OfPeople(words.Skip(1), found, known, current) is { } ofPeople)
        {
            return ofPeople;
        }

        // A title with an adjective no speaker's role holds («ولفت المستثمر السعودي إلى أن») describes the one just heard.
        var general = found.SelfReference || SpeakerLexicon.IsGeneralReference(words[0]) || words.Count > 1;
        return general && current is { } c && known[c].Feminine == found.Feminine ? c : null;
    }

    /// <summary>
    /// «المستشار التجاري في السفارة العراقية، مهند العزاوي» then an Indian importer, then «ويرى المسؤول العراقي أن»: a
    /// title's people adjective points back to the latest speaker whose role names that people (in either gender), the
    /// current one first, rather than to whoever was heard last. Null when no role names it.
    /// </summary>
    private static int? OfPeople(IEnumerable<string> adjectives, Attribution found, KnownSpeakers known, int? current)
    {
        var forms = adjectives.Where(a => SpeakerLexicon.IsPeoplesAdjective("ال" + a))
            .SelectMany(a => a.EndsWith('ه') ? new[] { a, a[..^1] } : [a, a + "ه"])
            .ToHashSet(StringComparer.Ordinal);
        if (forms.Count == 0)
        {
            return null;
        }

        // «المدير العام لشركة معادن موريتانيا» then «ويقرّ المسؤول الموريتاني»: a role that names the country itself names its people too.
        var countries = adjectives.SelectMany(a => Gazetteer.PlacesOfAdjective("ال" + a)).ToHashSet(StringComparer.Ordinal);
        bool Names(int k) => (known[k].RoleWords.Overlaps(forms) || known[k].RoleWords.Overlaps(countries)) && !SpeakerNames.IsOffice(known[k].Name) && Agrees(found, known[k]);
        if (current is { } c && Names(c))
        {
            return c;
        }

        for (var k = known.All.Count - 1; k >= 0; k--)
        {
            if (Names(k))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// A title alone («وأكد الوزير أن») is the speaker who holds it: the current one if the title is theirs, else the
    /// latest speaker met with that title («قال وزير المالية ياسين جابر …» two speakers earlier).
    /// </summary>
    private static int? ByTitle(string title, KnownSpeakers known, int? current)
    {
        if (current is { } c && known[c].RoleWords.Contains(title))
        {
            return c;
        }

        for (var k = known.All.Count - 1; k >= 0; k--)
        {
            if (known[k].RoleWords.Contains(title))
            {
                return k;
            }
        }

        return null;
    }
}
