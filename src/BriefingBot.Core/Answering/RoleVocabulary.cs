using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// The words a role is compared in: a role's and a question's words folded without gender, prepositions and the offices
/// said two ways («الناطق» is «المتحدث»), a nationality as people say it, and a question's words said the way a role
/// says them («الخبير»، «الأجنبي»، «المسؤول»، a field's noun for its adjective). Pure word rules, read by the
/// <see cref="SpeakerRoster"/> as it weighs a question against the roles it holds.
/// </summary>
internal static class RoleVocabulary
{
    /// <summary>Words that carry no role: prepositions and question words around a title.</summary>
    internal static readonly HashSet<string> NotRoleWords = new(
        new[] { "في", "من", "عن", "على", "الى", "إلى", "مع", "ماذا", "ما", "شو", "ايش", "هو", "هي", "عن", "حول", "بشأن" }.Select(w => ArabicText.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>
    /// The question's role words with a noun the role gives as its adjective said the role's way: «وزير الزراعة» asks of
    /// «وزير الثروة الزراعية والسمكية» (Oman's ministry names its field by the adjective, «الزراعية»، where people ask
    /// by the noun, «الزراعة»). Only a noun in «ة» whose «ـية» adjective the role holds: «الزراعة» → «الزراعي», compared
    /// as role words are, without the feminine ending.
    /// </summary>
    internal static HashSet<string> AsTheRoleSaysIt(HashSet<string> question, HashSet<string> role) =>
        question.Select(w => !role.Contains(w) && w.Length >= 4 && w[^1] == 'ه' && role.Contains(w[..^1] + "ي") ? w[..^1] + "ي" : w)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Rule «the official asked for the office»: «المسؤول عن القرية التراثية» asks of «مدير القرية التراثية»، «مسؤول
    /// السياحة بالبلدية» of «رئيس قسم السياحة في بلدية مادبا»، «المسؤول عن توزيع مية السيل» of «أمين السيل»: people call
    /// whoever holds an office «المسؤول», where the briefing gives the office's own title. The question's «مسؤول» said as
    /// the role's first office title, when the role holds one and not «مسؤول» itself; the words unchanged otherwise.
    /// </summary>
    internal static HashSet<string> AsTheRoleTitlesTheOfficial(HashSet<string> question, HashSet<string> role) =>
        question.Contains(GeneralOfficialTitle) && !role.Contains(GeneralOfficialTitle) && role.FirstOrDefault(SpeakerLexicon.IsOfficeTitle) is { } office
            ? question.Select(w => w == GeneralOfficialTitle ? office : w).ToHashSet(StringComparer.Ordinal)
            : question;

    /// <summary>
    /// The question's words, as role words, that say which office it asks of, so are never context of a holder's briefing:
    /// a title's complement right after it («مستشفى» of «مدير مستشفى العين للإبل»، «النقل» of «وزير النقل») and a body's noun
    /// anywhere («مصنع»، «شركة»): «مدير إدارة الأسواق في بلدية العين» is not the director of its hospital.
    /// </summary>
    internal static HashSet<string> DefiningWords(IReadOnlyList<string> foldedQuestionWords)
    {
        var defining = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < foldedQuestionWords.Count; i++)
        {
            var w = foldedQuestionWords[i];
            if (SpeakerLexicon.IsOrganisation(w) || SpeakerLexicon.IsInstitution(w) || SpeakerLexicon.IsBodyNoun(w)
                || i > 0 && SpeakerLexicon.IsTitle(foldedQuestionWords[i - 1]) && !SpeakerLexicon.IsPreposition(w))
            {
                defining.Add(RoleWord(w));
            }
        }

        return defining;
    }

    /// <summary>«مسؤول» folded, as a role word: the title people give any office's holder.</summary>
    private const string GeneralOfficialTitle = "مسوول";

    /// <summary>Whether one role's words, a nationality aside, are all in the other («النائب» and «النائب عن بيروت»).</summary>
    internal static bool OneHoldsTheOther(HashSet<string> one, HashSet<string> other)
    {
        var a = one.Where(w => !IsDemonym(w)).ToHashSet(StringComparer.Ordinal);
        var b = other.Where(w => !IsDemonym(w)).ToHashSet(StringComparer.Ordinal);
        return a.IsSubsetOf(b) || b.IsSubsetOf(a);
    }

    /// <summary>«يمني»، «مصري»، «لبناني»، «سعودي»، «ليبي»: a people's adjective of a country the gazetteer knows (role words are masculine).</summary>
    internal static bool IsDemonym(string word)
    {
        if (word.Length < 3 || word[^1] != 'ي')
        {
            return false;
        }

        var stem = word[..^1];
        return Gazetteer.Places.Contains(stem) || Gazetteer.Places.Contains(stem + "ا") || Gazetteer.Places.Contains(stem + "يا")
            || Gazetteer.Places.Contains(word + "ه");
    }

    internal static HashSet<string> RoleWords(IEnumerable<string> folded) =>
        folded.Where(w => !NotRoleWords.Contains(w)).Select(RoleWord).Where(w => w.Length >= 2).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A role word compared without its gender and with one name for an office said two ways («الناطق» is «المتحدث»، «مالك» is «صاحب»): «وزيرة» is «وزير» and «الأردنية» is «الأردني», so «ماذا قال وزير التربية؟»
    /// finds «وزيرة التربية الأردنية» (people ask in the masculine, or the other way round).
    /// </summary>
    internal static string RoleWord(string folded)
    {
        var bare = SpeakerLexicon.WithoutPrefixes(folded);
        // The same office said two ways: «الناطق / المتحدث باسم …»، «رئيس الوزراء / رئيس الحكومة».
        bare = bare switch
        {
            "ناطق" => "متحدث",
            "ناطقه" => "متحدثه",
            "وزراء" => "حكومه",
            // «الذي يملك بستانًا» is recorded as «مالك بستان»; people ask for «صاحب البستان».
            "مالك" => "صاحب",
            "مالكه" => "صاحبه",
            // «بياع الأقمشة» (the souk's word) is «بائع الأقمشة» as the briefing records a seller (SellerOfWhatTheySell).
            "بياع" => "بايع",
            "بياعه" => "بايعه",
            _ => bare,
        };
        // «الباحثة في علوم البيئة بجامعة البصرة»: «بـ» glued to a body it is held at is «في», no part of the word.
        if (bare.Length > 4 && bare[0] == 'ب' && SpeakerLexicon.IsOrganisation(bare[1..]))
        {
            bare = bare[1..];
        }

        var word = bare.Length > 3 && bare[^1] == 'ه' && SpeakerLexicon.TitleGender(bare[..^1]) == false ? bare[..^1]
            : bare.Length > 4 && bare.EndsWith("يه", StringComparison.Ordinal) ? bare[..^1] : bare;
        return ColloquialNationalities.GetValueOrDefault(word, word);
    }

    /// <summary>
    /// Rule «a nationality as people say it»: «الخبيرة الطليانية» is «المرممة الإيطالية», «المنتجة الإنجليزية» is
    /// «البريطانية», «الأميركي» is «الأمريكي»: the spoken adjective, folded without its feminine ending, said as the press
    /// writes it, on both the question's side and the role's.
    /// </summary>
    private static readonly Dictionary<string, string> ColloquialNationalities = new[]
    {
        ("طلياني", "إيطالي"), ("إنجليزي", "بريطاني"), ("إنكليزي", "بريطاني"), ("فرنساوي", "فرنسي"), ("مصراوي", "مصري"),
        ("أمريكاني", "أمريكي"), ("أميركاني", "أمريكي"), ("أميركي", "أمريكي"), ("إسبانيولي", "إسباني"),
    }
        .ToDictionary(p => ArabicText.Fold(p.Item1), p => ArabicText.Fold(p.Item2), StringComparer.Ordinal);

    /// <summary>«الخبير»، «الخبيرة» folded as a role word: what a reader calls someone whose craft is their nationality's news.</summary>
    private static readonly string Expert = ArabicText.Fold("خبير");

    /// <summary>
    /// Rule «the foreign expert»: «الخبيرة الطليانية في معهد مادبا» asks of «المرممة الإيطالية»، «الخبير التركي» of «المرمم
    /// التركي»، «الخبير الأجنبي» of «مقيّم الجودة الكولومبي»: readers call a professional from abroad «الخبير» whatever the
    /// press calls their craft. The question's «خبير» said as the role's first title, when the role holds a nationality of a
    /// country beyond the Arab world the question asks too, and not «خبير» itself; the words unchanged otherwise: «الخبير»
    /// alone is still anyone's, and «الخبير المصري» an economist as often as a restorer.
    /// </summary>
    internal static HashSet<string> AsTheRoleTitlesTheExpert(HashSet<string> question, HashSet<string> role) =>
        question.Contains(Expert) && !role.Contains(Expert) && question.Any(w => role.Contains(w) && Gazetteer.IsAdjectiveOfAForeignCountry(w))
            && role.FirstOrDefault(SpeakerLexicon.IsTitle) is { } title
            ? question.Select(w => w == Expert ? title : w).ToHashSet(StringComparer.Ordinal)
            : question;

    /// <summary>«الأجنبي»، «الأجنبية» folded as a role word: a reader's word for someone of another nationality.</summary>
    private static readonly string Foreigner = ArabicText.Fold("أجنبي");

    /// <summary>
    /// Rule «the foreigner is the role's nationality»: «ماذا قالت المرممة الأجنبية؟» asks of «المرممة الإيطالية»، «الخبير
    /// الأجنبي» of «مقيّم الجودة الكولومبي»: the question's «أجنبي» said as the role's nationality of a country beyond the Arab
    /// world, when the role holds one; the words unchanged otherwise (an Arab nationality is no foreigner's).
    /// </summary>
    internal static HashSet<string> AsTheRoleNamesTheForeigner(HashSet<string> question, HashSet<string> role) =>
        question.Contains(Foreigner) && role.FirstOrDefault(Gazetteer.IsAdjectiveOfAForeignCountry) is { } nationality
            ? question.Select(w => w == Foreigner ? nationality : w).ToHashSet(StringComparer.Ordinal)
            : question;
}
