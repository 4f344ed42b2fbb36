using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.PersonDescribed;
using static BriefingBot.Core.Answering.SpeakerQuestion;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Where a word of a speaker's name stands in a question, and the rules that tell a name word from a word that only looks
/// like one: a typo beside the rest of the name, a title before a given name, a place after «في», a body's name, a word
/// the briefings write as asked. Read by <see cref="SpeakerQuestion"/> for each speaker the question may name.
/// </summary>
internal static class NameWordsInQuestion
{
    /// <summary>A surname asked without its article must be this long without it («غامدي»): shorter ones are other words.</summary>
    private const int MinBareSurnameLength = 4;

    /// <summary>
    /// Rule «a kunya is no name of the child»: «ام جورج» is George's mother, not «جورج طوق»; «زينب شمس» is no «أم زينب».
    /// Whether the question's word at <paramref name="index"/> and the name word <paramref name="n"/> disagree on standing
    /// after «أم». («أبو» is glued to the name after it on both sides, CompoundNames, so never meets a bare name.)
    /// </summary>
    internal static bool MotherKunyaDisagrees(IReadOnlyList<string> nameWords, int n, IReadOnlyList<string> questionWords, int index) =>
        (index > 0 && questionWords[index - 1] == SpeakerNames.MotherKunya) != (n > 0 && nameWords[n - 1] == SpeakerNames.MotherKunya);

    /// <summary>Folded kunya and lineage words, skipped to the name they lead («ابو فاطمة»، «بن علي»): they never count.</summary>
    internal static readonly HashSet<string> LineageWords = new(StringComparer.Ordinal) { "ابو", "بو", "ام", "بن", "بنت", "ولد", "ال" };

    /// <summary>
    /// Whether the name word beside the matched one (<paramref name="matched"/>), on either side past kunya and lineage
    /// words, is written in no briefing quoting <paramref name="speaker"/> and is not within one edit of a word of the
    /// speaker's name: a misspelt given name («عايض» for «عائض») is still the speaker's. Titles, particles, words asking
    /// what was said and short words are no name and never count.
    /// </summary>
    internal static bool NameBesideNeverWritten(IReadOnlyList<string> words, int matched, IReadOnlyList<string> nameWords, string speaker, SpeakerRoster roster)
    {
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            var at = matched + step;
            while (at >= 0 && at < words.Count && LineageWords.Contains(words[at]))
            {
                at += step;
            }

            if (at < 0 || at >= words.Count)
            {
                continue;
            }

            // A kunya glued to its name («ابوفاطمه») is compared by the name, as the briefing writes it apart.
            var word = words[at].StartsWith("ابو", StringComparison.Ordinal) && words[at].Length > 5 ? words[at][3..] : words[at];
            if (word.Length >= 3 && !Filler.Contains(word) && !IsSpeechWord(word) && !SpeakerLexicon.IsTitle(word)
                && !SpeakerLexicon.IsPopularTitle(word) && !SpeakerRoster.IsCommonWord(word) && !SheikhTitles.Contains(word)
                && !nameWords.Any(n => ArabicText.EditDistance(n, words[at], 1) <= 1 || ArabicText.EditDistance(n, word, 1) <= 1)
                && !roster.Quotations.QuotedWhereWritten(speaker, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«بائعة» of «بائعة الملح»، «تاجر» of «تاجر التمور»: a title in construct with the word after it.</summary>
    internal static bool IsTitleWithoutArticle(string w) => SpeakerLexicon.IsTitle(w) && !SpeakerLexicon.HasArticle(w) && !Filler.Contains(w);

    /// <summary>«إمام» of «إمام المسجد»: a bare noun that takes the next word as its complement, no title, name particle or question word.</summary>
    internal static bool IsConstructHead(string w) =>
        w.Length >= 3 && !SpeakerLexicon.HasArticle(w) && !Filler.Contains(w) && !IsSpeechWord(w) && !SpeakerLexicon.IsTitle(w)
        && !SpeakerLexicon.IsParticle(w) && !SpeakerLexicon.IsGivenName(w);

    /// <summary>
    /// The words of a body named after a person in the question («الباحثة في جامعة حمد بن خليفة»، «مستشفى الملك فيصل»): the
    /// name words after a body noun without the article, up to a preposition, a speech word or the end. They name the
    /// body, not a speaker who shares them («سالم بن حمد المعمري»).
    /// </summary>
    internal static HashSet<int> WordsOfABodysName(IReadOnlyList<string> words)
    {
        const int MaxNameWords = 4;
        var found = new HashSet<int>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!SpeakerLexicon.IsBodyNoun(words[i]))
            {
                continue;
            }

            var k = i + 1;
            if (SpeakerLexicon.IsTitleOfABodysNamesake(words[k]))
            {
                k++;
            }

            // A body of a place or a field («جامعة الكويت»، «وزارة الصحة») is no person's name.
            if (k >= words.Count || k == i + 1 && !SpeakerLexicon.IsGivenName(words[k]) && !SpeakerLexicon.IsParticle(words[k])
                && !(k + 1 < words.Count && SpeakerLexicon.IsJoiner(words[k + 1])))
            {
                continue;
            }

            for (var n = 0; k < words.Count && n < MaxNameWords; k++, n++)
            {
                if (Filler.Contains(words[k]) || IsSpeechWord(words[k]) || SpeakerLexicon.IsPreposition(words[k]))
                {
                    break;
                }

                found.Add(k);
            }
        }

        return found;
    }

    /// <summary>
    /// Rule «misspelt name word apart»: the question's positions of a name's words matched only through a typo and standing
    /// apart from every other word of that name the question holds. «حسب كلام القحطاني، وش مشكلة نقل البن في فيفاء؟» asks of
    /// an «… القحطاني»; «فيفاء» at its end, one letter from «هيفاء», is the place asked about, not «هيفاء القحطاني»'s given
    /// name: a name is written in one run, and a word far from the rest of it is the name only when it is spelt right.
    /// </summary>
    internal static HashSet<int> MisspeltApart(List<(int N, int Index)> matches, IReadOnlyList<string> nameWords, IReadOnlyList<string> questionWords)
    {
        var apart = new HashSet<int>();
        if (matches.Count < 2)
        {
            return apart;
        }

        foreach (var (n, index) in matches)
        {
            if (!ArabicWordForms.Spells(questionWords[index], nameWords[n]) && !matches.Any(m => Math.Abs(m.Index - index) == 1))
            {
                apart.Add(index);
            }
        }

        return apart;
    }

    /// <summary>
    /// Rule «a typo beside the name's other word»: «ماذا قالت شيخة بوزبن؟» of «شيخة بوزبون»، «شو قال ادريس هامد؟» of «إدريس
    /// همد»: a name word too short for a typo on its own («همد»، «زبون» of the glued «بوزبون») is still that word one letter
    /// off when it stands, in the name's order, right beside another word of the same name written exactly: a name is
    /// written in one run, and the run says who is meant. Adds each such word to <paramref name="matches"/>.
    /// </summary>
    internal static void TypoBesideTheName(List<(int N, int Index)> matches, HashSet<int> used, IReadOnlyList<string> nameWords, IReadOnlyList<string> questionWords)
    {
        const int MinLength = 3;
        for (var n = 0; n < nameWords.Count; n++)
        {
            if (nameWords[n].Length < MinLength || matches.Any(m => m.N == n) || SpeakerLexicon.IsParticle(nameWords[n]))
            {
                continue;
            }

            foreach (var (m, index) in matches.Where(m => Math.Abs(m.N - n) == 1 && ArabicWordForms.Spells(questionWords[m.Index], nameWords[m.N])).ToList())
            {
                var k = index + (n - m);
                if (k >= 0 && k < questionWords.Count && !used.Contains(k) && questionWords[k].Length >= MinLength && !IsSpeechWord(questionWords[k])
                    && !Filler.Contains(questionWords[k]) && !SpeakerLexicon.IsTitle(questionWords[k]) && !SpeakerLexicon.IsPreposition(questionWords[k])
                    && ArabicText.EditDistance(questionWords[k], nameWords[n], 1) <= 1 && used.Add(k))
                {
                    matches.Add((n, k));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// «الشيخ»، «الشيخة» before a name («ماذا قال الشيخ جابر؟») are read as a popular title is: the title of the person named
    /// next, not the surname of another speaker («أحمد ولد الشيخ»). Question side only: the parser keeps its own reading.
    /// </summary>
    private static readonly HashSet<string> SheikhTitles = new(new[] { "الشيخ", "الشيخة" }.Select(w => ArabicText.Fold(w)), StringComparer.Ordinal);

    /// <summary>
    /// Rule «popular title asked before a name»: the question's popular titles («الحاج»، «الحاجة»، «العم»، «الريس») that stand
    /// right before a name word («ماذا قال الحاج إبراهيم؟»). There the word is the title of the person named next, as the
    /// parser reads it («ويتذكر الحاج أوبلا أن»); taken as a name word it was the surname of another speaker («فاطمة أيت
    /// الحاج») and won over the given name asked. Alone or before a preposition («ماذا قال الحاج؟»، «… سمير الحاج؟») it is
    /// still a surname, and a speaker named with the title and the next word keeps it (<see cref="NamedWithTheTitle"/>).
    /// </summary>
    internal static HashSet<int> PopularTitlesBeforeAName(IReadOnlyList<string> words)
    {
        var found = new HashSet<int>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var next = words[i + 1];
            if ((SpeakerLexicon.IsPopularTitle(words[i]) || SheikhTitles.Contains(words[i])) && next.Length >= 2 && !Filler.Contains(next) && !IsSpeechWord(next)
                && !SpeakerLexicon.IsTitle(next) && !SpeakerLexicon.IsPopularTitle(next) && !SpeakerLexicon.IsPreposition(next))
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>
    /// Titles of address, folded without the article and the feminine ending, that people put before the given name of the
    /// one they mean («الأستاذ علي»، «المعلم محمود»، «الأسطى حسين»، «العمدة عثمان»، «الدكتورة سعاد»، «المهندس ناجي»).
    /// </summary>
    private static readonly HashSet<string> TitlesOfAddress = new(
        new[] { "أستاذ", "دكتور", "مهندس", "معلم", "أسطى", "اسطا", "عمدة" }.Select(w => ArabicText.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>Whether the folded question word is a title of address with its article («الأستاذة»، «والمعلم»).</summary>
    internal static bool IsTitleOfAddress(string folded)
    {
        var bare = SpeakerLexicon.WithoutPrefixes(folded);
        return SpeakerLexicon.HasArticle(folded) && (TitlesOfAddress.Contains(bare) || bare.Length > 4 && bare[^1] == 'ه' && TitlesOfAddress.Contains(bare[..^1]));
    }

    /// <summary>
    /// Whether the speaker's name has the popular title as a name word followed by the question's next word («عبد الرحمن
    /// الحاج علي» asked «ماذا قال الحاج علي؟»): then the title word is part of the name asked.
    /// </summary>
    internal static bool NamedWithTheTitle(IReadOnlyList<string> nameWords, int n, IReadOnlyList<string> questionWords, int index) =>
        n + 1 < nameWords.Count && index + 1 < questionWords.Count && ArabicWordForms.Spells(questionWords[index + 1], nameWords[n + 1]);

    /// <summary>
    /// Whether the question goes on after the given name it shares with a speaker with a name word of its own («شو قال محمد
    /// عرقاب» of «محمد أبو غزالة»): another person of that given name, whom the briefings do not quote.
    /// </summary>
    internal static bool AnotherSurnameFollows(IReadOnlyList<string> words, HashSet<int> used)
    {
        var next = used.Max() + 1;
        if (next >= words.Count)
        {
            return false;
        }

        var w = words[next];
        // «ماذا قالت سلمى عن الدعم؟»، «ما رأي أندريه بالحرب؟»: a preposition opens what is asked about, not a surname.
        return w.Length >= 3 && !Filler.Contains(w) && !IsSpeechWord(w) && !SpeakerLexicon.IsTitle(w) && !SpeakerLexicon.IsPreposition(w)
            && !(w.Length > 4 && w[0] is 'ب' or 'ل' or 'ك' or 'ف' or 'و' && w.AsSpan(1).StartsWith("ال", StringComparison.Ordinal))
            && !w.StartsWith("لل", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a name word of the question's own stands right before the given name it shares with a speaker («ماذا قال
    /// قيس سعيد؟» of «سعيد بن حمد الكعبي»): that word is another person's given name, and the shared one their surname.
    /// </summary>
    internal static bool AnotherNameBefore(IReadOnlyList<string> words, HashSet<int> used)
    {
        var before = used.Min() - 1;
        if (before < 0 || used.Contains(before))
        {
            return false;
        }

        var w = words[before];
        return w.Length >= 2 && !Filler.Contains(w) && !IsSpeechWord(w) && !SpeakerLexicon.IsTitle(w) && !SpeakerLexicon.IsPreposition(w)
            && !SpeakerLexicon.HasArticle(w) && !SpeakerLexicon.IsParticle(w);
    }

    /// <summary>
    /// Rule «a place after «في» is no surname»: «ماذا قال أقدم صناع المراكب في رشيد؟»، «مستأجر الشاطئ في سيدي بشر»: one word
    /// of a speaker's name («كاوه رشيد»، «إبراهيم محمد سيدي») met within two words after «في» is where the person asked of
    /// is, not who they are; a name asked in full still matches by its other words.
    /// </summary>
    internal static bool InAPlaceAsked(IReadOnlyList<string> words, int index)
    {
        const int MaxPlaceWords = 2;
        for (var j = index - 1; j >= 0 && index - j <= MaxPlaceWords; j--)
        {
            if (words[j] == "في")
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="roster">The briefings' words: one a briefing writes as the question does is meant as written
    /// (<see cref="WrittenAsAsked"/>). Null: every word one edit off may be a misspelt name.</param>
    internal static int FindWord(IReadOnlyList<string> words, string nameWord, SpeakerRoster? roster)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w == nameWord || StripConjunction(w) == nameWord)
            {
                return i;
            }

            // A surname asked without its article («ما رأي غامدي؟» of «الغامدي»).
            if (nameWord.Length >= MinBareSurnameLength + 2 && nameWord.StartsWith("ال", StringComparison.Ordinal) && !SpeakerLexicon.HasArticle(w)
                && (w == nameWord[2..] || StripConjunction(w) == nameWord[2..]) && !SpeakerLexicon.IsTitle(nameWord) && !HeadsAConstruct(words, i))
            {
                return i;
            }

            // A title in the question («الأمير») is never a misspelt name word («الأمين»).
            // A glued compound («عبدالرحمن») is allowed the typos of its own part («الرحمن»).
            // A given name written right («محمد») is that name, not a typo of another («محمود»).
            // Two typos are allowed on a long name's own letters, not on its article: «السوداني» is no «الحوراني».
            var length = CompoundNames.TypoLength(nameWord);
            // An adjective of origin («السوري») describes someone, it is no misspelt surname («الخوري»).
            // A group news quotes as a source («التجار»، «المزارعون») is that word, not a misspelt surname («النجار»).
            // The public asked of as a voice («ماذا يقول الشارع؟»، «شو رأي الجمهور») is that word, not a misspelt surname («الشايع»).
            // A word the briefings themselves write as asked («الزوار»، «القديمة»، «الزكاري») is that word, not a misspelt name.
            // A kunya glued («بوفهد» of «بو فهد») is no misspelt father's name glued to «بن» («بنفهد» of «سعود بن فهد
            // البقمي»): the particles are words of their own, and the kunya may be an alias a report gives (SpeakerNames.ByAlias).
            if (length >= 5 && !SpeakerLexicon.IsTitle(w) && !SpeakerLexicon.IsGivenName(w) && !SpeakerRoster.IsDemonymWord(w)
                && !SpeakerLexicon.IsCollective(SpeakerLexicon.WithoutPrefixes(w)) && !ThePublic.Contains(SpeakerLexicon.WithoutPrefixes(w))
                && !WrittenAsAsked(w, roster) && !KunyaAndFathersName(w, nameWord) && !KunyaAndFathersName(nameWord, w))
            {
                var own = SpeakerLexicon.HasArticle(nameWord) ? length - 2 : length;
                var max = own >= 8 ? 2 : 1;
                if (ArabicText.EditDistance(w, nameWord, max) <= max || ArabicText.EditDistance(StripConjunction(w), nameWord, max) <= max)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Whether a folded, glued word is a kunya: «أبو / بو» glued to the child's name («ابوفهد»، «بوفهد»).</summary>
    private static bool IsGluedKunya(string glued) =>
        glued.StartsWith(SpeakerNames.FatherKunya, StringComparison.Ordinal) && glued.Length >= SpeakerNames.FatherKunya.Length + 3
        || glued.StartsWith(GulfKunya, StringComparison.Ordinal) && glued.Length >= GulfKunya.Length + 3;

    /// <summary>The Gulf's «بو», glued to the child's name as «أبو» is (CompoundNames).</summary>
    private const string GulfKunya = "بو";

    /// <summary>«بوفهد» and «بنفهد»: a kunya against a father's name glued to «بن» (CompoundNames' Maghreb «بن»).</summary>
    private static bool KunyaAndFathersName(string one, string other) => IsGluedKunya(one) && other.StartsWith("بن", StringComparison.Ordinal);

    /// <summary>
    /// Rule «a trade in construct is no surname without its article»: «ايش قال نجار الرفوف؟»، «شو قال خطاط اللافتات؟» ask of
    /// the carpenter of the shelves, the calligrapher of the signs: a bare noun before a noun with the article heads a
    /// construct (as «بائعة الملح» does), and is no surname asked without its article («مرتضى كريم النجار»). Whether the word
    /// at <paramref name="at"/> is a trade (<see cref="IsTrade"/>) followed so: another noun («عضوات التعاونية») may still be
    /// the name a speaker is recorded by («أكبر العضوات»).
    /// </summary>
    private static bool HeadsAConstruct(IReadOnlyList<string> words, int at) =>
        at + 1 < words.Count && words[at + 1].Length >= 4 && words[at + 1].StartsWith("ال", StringComparison.Ordinal)
        && IsTrade("ال" + StripConjunction(words[at]));

    /// <summary>
    /// Rule «a word the briefings write is no misspelt name»: «وش قالت الصانع عن الزوار الشباب؟» with «سلمى الزواري»
    /// quoted, «ماذا قال الباحث عن تجارة البشوت القديمة؟» with «خالد عبد الرحمن القديمي», «جارة الحاج الزكاري» with
    /// «سنية الزواري»: a question's word one letter from a surname that the briefings write as it is, a word of the language
    /// or another person's name, is meant as written. A misspelling is a word no briefing writes («الضاهري»، «لارسون»).
    /// </summary>
    private static bool WrittenAsAsked(string w, SpeakerRoster? roster) =>
        roster is not null && (roster.Writes(w) || roster.Writes(StripConjunction(w)));

    /// <summary>The public as a voice news and readers speak of, folded without the article: «الشارع»، «الناس»، «الجمهور».</summary>
    private static readonly HashSet<string> ThePublic = new(StringComparer.Ordinal) { "شارع", "ناس", "جمهور" };
}
