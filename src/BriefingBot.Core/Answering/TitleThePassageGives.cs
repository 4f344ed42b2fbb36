using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.NameWordsInQuestion;
using static BriefingBot.Core.Answering.SpeakerQuestion;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Whether a question asks of someone by what a passage calls its speaker: a title («بائع الهندية»), a description in
/// apposition («المضمر»), or what they do («اللي يبيع البشوت»), which no recorded role holds. The word search's first
/// passage then tells who is asked of (<see cref="QuestionAnswerer"/>).
/// </summary>
internal static class TitleThePassageGives
{
    /// <summary>
    /// Rule «the person a passage calls by the title asked»: «ماذا قال بائع الهندية في سوق الأحد؟»، «ماذا قال الوزير
    /// الكردي؟» ask of someone by what they are, in words no speaker's recorded role holds (the parser records a role only
    /// where it reads one beside the name). When the word search's first passage calls its speaker by the title the
    /// question asks with («يروي بائع الهندية الحاج إبراهيم أوبلا»، «وعاد الوزير الكردي ليقول»), that speaker is the one
    /// asked of, and all they say is the answer, as asked by name (<see cref="QuestionAnswerer"/>). The title must stand
    /// by the speaker's name or a verb of saying: one elsewhere in the passage is someone else's (a minister
    /// the speaker talks about). Whether the question asks what someone said and names them by a title, in either gender,
    /// that <paramref name="passage"/> so gives its speaker.
    /// </summary>
    internal static bool AsksByATitleThePassageGives(string question, Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        const int MaxWordsFromTheName = 3;
        const int MaxWordsFromVerb = 2;
        var words = CompoundNames.Glued(ArabicText.FoldedWords(question));
        if (passage.Speaker is not { } speaker || !words.Any(IsSpeechWord))
        {
            return false;
        }

        var titles = words.Where(w => SpeakerLexicon.IsTitle(w) || IsAskedOnlyTitle(w)).Select(TitleStem).ToHashSet(StringComparer.Ordinal);
        var name = ArabicText.FoldedWords(speaker).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);
        var text = ArabicText.FoldedWords(passage.Text);
        var named = Enumerable.Range(0, text.Count).Where(i => name.Contains(text[i]) || name.Contains(StripConjunction(text[i]))).ToList();
        bool ByTheName(int i) => named.Any(n => Math.Abs(n - i) <= MaxWordsFromTheName);
        // Rule «a person described by what they do»: «شو قال اللي يبيع البشوت؟» of «أبو فيصل، الذي يبيع البشوت»: the verb
        // after the question's «اللي / الذي / التي» stands after one in the passage, by the speaker's name.
        var does = VerbsAfterARelative(words);
        if (Enumerable.Range(1, Math.Max(0, text.Count - 1)).Any(i => does.Contains(text[i]) && FactWords.RelativePronouns.Contains(text[i - 1])
            && ByTheName(i)))
        {
            return true;
        }

        // Rule «the verb whose subject the speaker is»: «وش قالت الحرمة اللي تبيع حليب النوق؟» of «تبيع أم سعيد، فاطمة
        // الكتبي، حليب النوق»، «الارملة اللي حولت بيتها لنزل» of «وحوّلت سلمى القطيشات بيتها»: the press puts the verb of
        // what someone does before them as often as after «الذي»; right before their name (or its kunya or title), the verb
        // is theirs.
        bool BeforeTheName(int i) => named.Contains(i + 1)
            || named.Contains(i + 2) && (LineageWords.Contains(text[i + 1]) || SpeakerLexicon.IsTitle(text[i + 1]) || SpeakerLexicon.IsPopularTitle(text[i + 1]));
        if (Enumerable.Range(0, Math.Max(0, text.Count - 1)).Any(i => (does.Contains(text[i]) || does.Contains(StripConjunction(text[i]))) && BeforeTheName(i)))
        {
            return true;
        }

        // Rule «the description the passage gives its speaker»: «المضمر شو قال؟» of «أما علي المزروعي، المضمر الذي يدرب
        // الهجن»، «شو قال الدليل السياحي في ولاتة؟» of «أما الدليل السياحي إبراهيم ولد الشيخ»، «ماذا قالت البيطرية …» of
        // «الطبيبة البيطرية»: what the question calls the person first, a word with the article no title list holds, stands
        // by the speaker's name in apposition, with its article and no preposition («للجمهور» by the name is whom they serve).
        // Only there: the same word elsewhere in the passage is what they speak of.
        if (DescriptionHead(words) is { } head
            && Enumerable.Range(0, text.Count).Any(i => InApposition(text[i]) && WithoutGender(SpeakerLexicon.WithoutPrefixes(text[i])) == head && ByTheName(i)))
        {
            return true;
        }

        // Rule «a superlative in apposition»: «ماذا قال أقدم صناع المراكب في رشيد؟» of «صابر عبد الحميد، أقدم صناع المراكب في
        // رشيد»: an elative has no article («أقدم»، «أمهر»، «أكبر»), so the description it heads is the elative and the word it
        // governs, written so by the speaker's name and not as a word of it.
        if (ElativeHead(words) is { } at
            && Enumerable.Range(0, Math.Max(0, text.Count - 1)).Any(i => StripConjunction(text[i]) == words[at] && text[i + 1] == words[at + 1]
                && !named.Contains(i) && ByTheName(i)))
        {
            return true;
        }

        // Rule «a doer named by the verb of what they do» (DoerVerbs): «بائعة القشر» of «أم نواف، التي تبيع قشر البن»، «صانع
        // الآلات» of «يصنع رضوان مقدّم آلات العود»: the trade's verb by the speaker's name.
        var doing = words.SelectMany(DoerVerbs.Of).ToHashSet(StringComparer.Ordinal);
        if (Enumerable.Range(0, text.Count).Any(i => (doing.Contains(text[i]) || doing.Contains(StripConjunction(text[i]))) && ByTheName(i)))
        {
            return true;
        }

        return Enumerable.Range(0, text.Count).Any(i => titles.Contains(TitleStem(text[i]))
            && (ByTheName(i)
                || Enumerable.Range(Math.Max(0, i - MaxWordsFromVerb), Math.Min(text.Count, i + MaxWordsFromVerb + 1) - Math.Max(0, i - MaxWordsFromVerb)).Any(j => IsSpeechWord(text[j]))));
    }

    /// <summary>
    /// The verbs the question says the person does, after «الذي / التي / اللي» («اللي يبيع البشوت» → «يبيع»); after «كان»
    /// the verb it governs too («اللي كان يختار الوجوه» → «يختار»).
    /// </summary>
    private static HashSet<string> VerbsAfterARelative(IReadOnlyList<string> words)
    {
        var does = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < words.Count; i++)
        {
            if (!FactWords.RelativePronouns.Contains(words[i - 1]))
            {
                continue;
            }

            does.Add(words[i]);
            if (words[i] is "كان" or "كانت" && i + 1 < words.Count)
            {
                does.Add(words[i + 1]);
            }
        }

        return does;
    }

    /// <summary>
    /// The first word of a question about what someone said that names them, when it is a word with the article that is no
    /// title, place, asker's word for a person or question word («المضمر»، «الدليل»، «البيطرية»), without its prefixes and
    /// feminine ending; null for another question.
    /// </summary>
    private static string? DescriptionHead(IReadOnlyList<string> words)
    {
        const int MinLength = 5;
        var first = words.FirstOrDefault(w => !Filler.Contains(w) && !IsSpeechWord(w) && !SpeakerLexicon.IsPreposition(w)
            && !FactWords.RelativePronouns.Contains(w) && !SpeakerRoster.IsCommonWord(w));
        return first is { Length: >= MinLength } && SpeakerLexicon.HasArticle(first) && !SpeakerLexicon.IsTitle(first) && !IsAskedOnlyTitle(first)
            && !QuestionShape.IsPersonWord(first) && !SpeakerRoster.IsDemonymWord(first) && !ArabicWordForms.AnyIn(first, Gazetteer.Places)
            ? WithoutGender(SpeakerLexicon.WithoutPrefixes(first))
            : null;
    }

    /// <summary>
    /// Where the first word naming someone in a question about what they said is an elative without the article
    /// («أقدم صناع …»، «أمهر الخياطين»: «أفعل», four letters from «ا», no given name) governing a word after it; null for
    /// another question.
    /// </summary>
    private static int? ElativeHead(IReadOnlyList<string> words)
    {
        const int ElativeLength = 4;
        var at = Enumerable.Range(0, words.Count).Cast<int?>().FirstOrDefault(i => !Filler.Contains(words[i!.Value]) && !IsSpeechWord(words[i.Value])
            && !SpeakerLexicon.IsPreposition(words[i.Value]) && !FactWords.RelativePronouns.Contains(words[i.Value]));
        return at is { } i && i + 1 < words.Count && words[i].Length == ElativeLength && words[i][0] == 'ا'
            && !SpeakerLexicon.IsGivenName(words[i]) && !SpeakerLexicon.IsTitle(words[i]) && words[i + 1].Length >= 3 && !IsSpeechWord(words[i + 1])
            ? i
            : null;
    }

    /// <summary>Whether a passage word may stand in apposition to a name: with the article, perhaps after «و», no preposition.</summary>
    private static bool InApposition(string folded) =>
        folded.StartsWith("ال", StringComparison.Ordinal) || folded.StartsWith("وال", StringComparison.Ordinal);

    /// <summary>A bare word without its feminine ending: «بيطريه» and «بيطري» are one description.</summary>
    private static string WithoutGender(string bare) => bare.Length > 3 && bare[^1] is 'ه' or 'ة' ? bare[..^1] : bare;

    /// <summary>
    /// A title without its prefixes, feminine ending and possessive: «المزارعة» and «مزارع» are one title.
    /// Rule «a title with its possessive»: «تقول رئيستها فاطمة آيت لحسن» (its head, of a cooperative just named) gives
    /// her the title «رئيسة» a question asks by («ماذا قالت رئيسة تعاونية تافوكت؟»): the «ها» and the «ت» the feminine
    /// ending turns into before it are no part of the title.
    /// </summary>
    private static string TitleStem(string folded)
    {
        var bare = SpeakerLexicon.WithoutPrefixes(folded);
        if (bare.Length > 5 && bare.EndsWith("ها", StringComparison.Ordinal) && bare[..^2] is var owned
            && (owned.EndsWith('ت') ? owned[..^1] : owned) is var title && IsTitleStem(title))
        {
            return title;
        }

        return bare.Length > 3 && bare[^1] == 'ه' && IsTitleStem(bare[..^1]) ? bare[..^1] : bare;
    }

    /// <summary>Whether a bare word is a masculine title, the lexicon's or one only a question is read with.</summary>
    private static bool IsTitleStem(string bare) => SpeakerLexicon.TitleGender(bare) == false || AskedOnlyTitles.Contains(bare);

    /// <summary>
    /// Rule «titles only a question is read with»: «ماذا قال الجيولوجي الموريتاني؟»، «ماذا قال مصدر زيت بذور الصبار؟»
    /// ask of someone by a profession the passage gives them beside a verb of saying or the name («يرى الجيولوجي أن»، «يقول
    /// مصدّر زيت بذور الصبار كريم بلحاج»، «وبحسب المعماري السويسري ماركوس هالر»). The parser does not take them for titles: «مصدر» is also an anonymous source and a noun
    /// («مصدر دخل»), so its speakers would change; here they only let <see cref="AsksByATitleThePassageGives"/> match the
    /// title the first passage gives its speaker, which a source's «قال مصدر» is as well.
    /// </summary>
    private static readonly HashSet<string> AskedOnlyTitles = new(new[] { "جيولوجي", "مصدر", "معماري" }.Select(w => ArabicText.Fold(w)), StringComparer.Ordinal);

    /// <summary>«الجيولوجي»، «مصدّرة»: a word of <see cref="AskedOnlyTitles"/>, with prefixes or the feminine ending.</summary>
    internal static bool IsAskedOnlyTitle(string folded) => AskedOnlyTitles.Contains(TitleStem(folded));
}
