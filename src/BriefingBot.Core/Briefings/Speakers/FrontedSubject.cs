using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>A subject written before its verb, as the press does after «غير أن / إلا أن» or inside a sentence.</summary>
internal static class FrontedSubject
{
    /// <summary>
    /// A titled subject standing before its verb («غير أن الباحثة … إليزابيث مورغان ترى أن»): read from the clause's start
    /// (the paragraph's, or after «أن / إن» or a comma) up to the verb. Only a named person with a title counts.
    /// </summary>
    public static Attribution? Before(List<Word> words, int v, HashSet<string> commonNouns, string verb)
    {
        const int MaxSubjectWords = 14;
        var start = v;
        while (start > 0 && v - start < MaxSubjectWords)
        {
            var previous = words[start - 1];
            if (previous.EndsClause || previous.IsComplementiser || ReportingVerbs.IsReportingVerb(previous.Folded))
            {
                break;
            }

            start--;
        }

        // «ولا يكاد زائر يسأل عن …»: a clause opened by a particle of the verb is verb-first; what stands before the
        // reporting verb is the first verb's subject and object, never a name.
        if (start >= v - 1 || start > 0 && !words[start - 1].EndsClause && !words[start - 1].IsComplementiser || SubjectReader.IsVerbParticle(words[start].Folded))
        {
            return null;
        }

        var subject = new SubjectReader(words, start, commonNouns, verb) { EndsAtVerb = true }.Read();
        return subject is { Kind: AttributionKind.Named, Role: not null, Office: false, Unclosed: false } ? subject : null;
    }

    /// <summary>
    /// A name with its role in apposition before the verb, opening the sentence («عبد الله بن طوق المري، وزير الاقتصاد
    /// الإماراتي، قال إن»): the two commas would otherwise read as a topic phrase before a bare verb. Only a name that
    /// opens the sentence, followed by a role, counts.
    /// </summary>
    public static Attribution? Apposed(List<Word> words, int v, HashSet<string> commonNouns, string verb)
    {
        const int MaxSubjectWords = 16;
        if (v < 3 || !words[v - 1].EndsWithComma)
        {
            return null;
        }

        var start = v - 1;
        var commas = 1;
        while (start > 0 && v - start < MaxSubjectWords)
        {
            var previous = words[start - 1];
            if (previous.EndsSentence || previous.OpensQuote || previous.ClosesQuote || previous.IsComplementiser || ReportingVerbs.IsReportingVerb(previous.Folded))
            {
                break;
            }

            if (previous.EndsClause && (!previous.EndsWithComma || ++commas > 2))
            {
                return null;
            }

            start--;
        }

        if (commas != 2 || start > 0 && !words[start - 1].EndsSentence || OpensWithAPreposition(words[start]))
        {
            return null;
        }

        var (read, _) = DescriptiveAside.WithoutPronouns(words, start, v);
        var subject = new SubjectReader(read, start, commonNouns, verb) { EndsAtVerb = true }.Read();
        return subject is { Kind: AttributionKind.Named, Role: not null, Office: false, Unclosed: false } ? WithoutConjunction(subject) : null;
    }

    /// <summary>
    /// A bare name opening the sentence, then asides that say who the person is, each closed by a comma, then the bare verb
    /// and «إن / أن» («محمدو ولد أحمد فال، البالغ من العمر اثنين وسبعين عامًا، والذي يملك مئة وأربعين نخلة …، يقول إن»):
    /// the name is the verb's subject, though no title goes with it. The first aside opens with a relative, «البالغ» or
    /// «وهو / وهي», so a topic phrase before a bare verb («في أطار، يقول إن») is never read as a name.
    /// </summary>
    public static Attribution? BeforeItsAsides(List<Word> words, int v, string verb)
    {
        const int MaxSubjectWords = 45;
        if (v < 4 || !words[v - 1].EndsWithComma || v + 1 >= words.Count || !words[v + 1].IsComplementiser)
        {
            return null;
        }

        var start = v - 1;
        while (start > 0 && v - start < MaxSubjectWords && !words[start - 1].EndsSentence)
        {
            var previous = words[start - 1];
            if (previous.OpensQuote || previous.ClosesQuote || previous.IsComplementiser || ReportingVerbs.IsReportingVerb(previous.Folded))
            {
                return null;
            }

            start--;
        }

        if (start > 0 && !words[start - 1].EndsSentence || OpensWithAPreposition(words[start]))
        {
            return null;
        }

        var end = start;
        while (end < v && end - start < BriefingLimits.MaxSpeakerWords && !words[end].EndsClause)
        {
            end++;
        }

        var name = words.Skip(start).Take(end - start + 1).ToList();
        if (end >= v - 1 || !words[end].EndsWithComma || name.Count < 2 || !OpensAnAside(words[end + 1].Folded) || !IsGiven(name[0].Folded)
            || name.Any(w => w.InParentheses || SpeakerLexicon.IsTitle(w.Folded) || SpeakerLexicon.IsPreposition(w.Surface)
                || !(SubjectWords.IsPlainName(w) || SpeakerLexicon.IsParticle(w.Folded))))
        {
            return null;
        }

        return new Attribution(AttributionKind.Named, string.Join(' ', name.Select(w => w.Surface.TrimEnd('،', ','))))
        {
            Feminine = ReportingVerbs.IsFeminine(verb),
            GenderShown = true,
        };
    }

    /// <summary>
    /// A listed given name, perhaps with the «و» Mauritanian names add («محمدو»، «أحمدو»): without a title, only a given name
    /// tells a person's name from a body or a thing opening the sentence («وتتولى شركة العاصمة …، التي …، تطوير …»).
    /// </summary>
    private static bool IsGiven(string folded) =>
        SpeakerLexicon.IsGivenName(folded) || SpeakerLexicon.IsArticleGivenName(folded)
        || folded.Length > 3 && folded[^1] == 'و' && SpeakerLexicon.IsGivenName(folded[..^1]);

    /// <summary>«الذي / التي»، «البالغ من العمر»، «وهو / وهي»: the words that open an aside saying who a person is.</summary>
    private static bool OpensAnAside(string folded) =>
        folded is "الذي" or "التي" or "والذي" or "والتي" or "البالغ" or "البالغه" or "وهو" or "وهي";

    /// <summary>
    /// «وفي حوار مع الموجز، سألنا الخبير …، فقال إن»: a sentence that opens with a preposition opens with a circumstance,
    /// and no subject is ever one; the verb's subject is elsewhere.
    /// </summary>
    private static bool OpensWithAPreposition(Word first) =>
        SpeakerLexicon.IsPreposition(first.Folded) || first.Folded is ['و' or 'ف', .. var rest] && SpeakerLexicon.IsPreposition(rest);

    /// <summary>
    /// A sentence that opens with its subject glues «و» to the name («وسلمى الخطيب، أستاذة …، ترى»): it is dropped when
    /// the rest is a given name and the whole is not («وليد»، «وفاء» keep theirs).
    /// </summary>
    private static Attribution WithoutConjunction(Attribution subject)
    {
        var name = subject.Name!;
        var first = ArabicText.Fold(name.Split(' ')[0]);
        return first.Length > 2 && first[0] == 'و' && SpeakerLexicon.IsGivenName(first[1..]) && !SpeakerLexicon.IsGivenName(first)
            ? subject with { Name = name[1..] }
            : subject;
    }
}
