using BriefingBot.Core.Text;

namespace BriefingBot.Core.Search;

/// <summary>
/// Words that frame a question rather than say what it is about: light verbs («صار»، «يحدث»، «يوجد»، «يبلغ»، «فعلت»),
/// can and may («بإمكان»، «يستطيع»), "the matter" («قصة»، «موضوع»، «شي»), and the fillers and adverbs of chat in
/// every dialect («اللي»، «يعني»، «دلوقتي»، «بزاف»، «ديال»). A passage that answers «شو صار بمؤتمر المانحين؟» need not say
/// «صار»: counted as content, such a word only lowers the answer's coverage, or, unknown to the index, looks like an
/// off-topic word. In folded spelling (<see cref="ArabicText.Fold(ReadOnlySpan{char})"/>); a glued «و»/«ف» is ignored.
/// A question word with a glued «و»/«ف»/«ب» («وماذا عن …؟»، «ومتى»، «بكم») frames too: alone it is the analyser's stop word.
/// Stop words proper (question words, particles) are the analyser's (<see cref="Analysis.ArabicStopWords"/>).
/// </summary>
internal static class QuestionFrameWords
{
    private static readonly HashSet<string> Words = new[]
    {
        // Become, happen, exist, amount to, do.
        "صار", "صارت", "يصير", "تصير", "بيصير", "أصبح", "أصبحت", "يصبح", "تصبح", "حدث", "يحدث", "بيحصل", "هيحصل", "يوجد", "توجد", "يوجدون",
        "كاين", "كاينة", "كاينين", "يبلغ", "تبلغ", "بلغ", "بلغت", "فعل", "فعلت", "يفعل", "تفعل", "يفعلون", "سوى", "سوت", "يسوي", "تسوي",
        // Can, may.
        "يمكن", "يمكنني", "يمكنه", "يمكنها", "يستطيع", "تستطيع", "نستطيع", "أستطيع", "بإمكان", "بإمكاني", "بامكان", "باستطاعة",
        // The matter, the thing.
        "قصة", "موضوع", "حكاية", "شي", "شيء", "اشي", "حاجة",
        // Chat fillers and adverbs: Levantine, Egyptian, Gulf, Iraqi, Maghrebi.
        "اللي", "إللي", "يعني", "بس", "هيك", "هيكا", "كده", "كدا", "كدة", "دلوقتي", "دلوقت", "دحين", "الحين", "هسه", "هسا", "هلأ", "هلق", "توا",
        "دابا", "ديال", "ديالو", "تاع", "متاع", "بتاع", "تبع", "عشان", "علشان", "غادي", "رح", "واش", "شحال", "قداش", "ازاي", "إزاي", "فاش",
        "بزاف", "برشا", "برشة", "واجد", "شوية", "شويه", "حاليا", "حالياً", "الآن", "الان", "بالضبط", "تحديدا", "فعلا", "يقال", "قيل",
        // How much in Iraq and the Gulf, and in Egypt («شكد»، «شكثر»، «جم»، «كام»); still («لسا»، «لسه»); want («بدهم»، «بدها»);
        // the Levantine «يلي» for «اللي». Unknown to the index they read as off-topic words and lower the coverage of
        // the right passage; known («يلي» of «فيما يلي»، «بده») they draw passages that share nothing else with the question.
        "شكد", "اشكد", "شقد", "شكثر", "جم", "بجم", "كام", "لسا", "لسه", "لسة", "بدي", "بدك", "بده", "بدها", "بدنا", "بدهم", "يلي",
        // The dialects' verbs of saying the analyser does not drop as it drops «قال» (SpeakerQuestion's rule «the dialects'
        // verbs of saying»): «منو كال إن …؟»، «شنو حجت …؟»، «شكون كيقول …». Unknown to the index, they lowered the coverage.
        "كال", "كالت", "كالو", "كالوا", "يكول", "تكول", "ديكول", "دتكول",
        "حجت", "يحجي", "تحجي", "كيقول", "كتقول", "كيقولو", "هضر", "هضرت", "كيهضر", "كتهضر",
    }.Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Question words, standard and dialect, that the analyser drops as stop words alone but keeps with a conjunction or
    /// preposition glued to them («وماذا عن …؟»، «ومتى …؟»، «بكم …؟»): the prefix is stripped and the stop word dropped,
    /// but the whole word is kept as the other reading.
    /// </summary>
    private static readonly HashSet<string> QuestionWords = new[]
    {
        "ماذا", "لماذا", "متى", "أين", "كيف", "هل", "كم", "ليش", "شو", "وين", "فين", "علاش", "إيش", "ايش", "مين", "منو", "امتى", "إمتى", "قديش", "شنو",
        "كام", "شكد",
    }.Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Question words after which «عدد» only says that a number is asked: «كم عدد الإصابات؟» is «كم إصابة؟».</summary>
    private static readonly HashSet<string> CountLeads = new[]
    {
        "كم", "وكم", "جم", "قديش", "اديش", "شحال", "قداش", "بكم", "ما", "وما", "ماهو", "ماهي", "هو", "هي", "شو", "ايش", "شنو", "وش",
    }.Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// «أي» before «عام» or «سنة» («في أي عام توفي …؟»، «منذ أي سنة …») asks which year: passages give the year's number
    /// after either word, or after none («في 1911»), and counted as content the word drew the passages that say «سنة»
    /// elsewhere once the year's two words were one concept.
    /// </summary>
    private static readonly HashSet<string> YearLeads = new[] { "أي", "وأي", "بأي", "لأي" }.Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> YearWords = new[] { "عام", "سنة", "العام", "السنة" }.Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the word as typed frames the question in its place: «عدد» right after «كم» or «ما» («كم عدد …»، «ما عدد …») asks
    /// how many, «عام» or «سنة» right after «أي» which year; passages give the number without the word.
    /// </summary>
    public static bool FramesAfter(ReadOnlySpan<char> previous, ReadOnlySpan<char> word) =>
        CountLeads.Contains(ArabicText.Fold(previous)) && ArabicText.Fold(word) == "عدد"
        || YearLeads.Contains(ArabicText.Fold(previous)) && YearWords.Contains(ArabicText.Fold(word));

    /// <summary>Whether the word as typed (any spelling, with or without a glued «و»/«ف») frames the question.</summary>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        var folded = ArabicText.Fold(word);
        return Words.Contains(folded)
            || ArabicWordForms.WithoutConjunction(folded, 3) is { } bare && Words.Contains(bare)
            || folded.Length > 2 && folded[0] is 'و' or 'ف' or 'ب' && QuestionWords.Contains(folded[1..]);
    }
}
