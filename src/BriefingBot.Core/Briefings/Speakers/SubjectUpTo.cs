namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// A subject that ends at a word that is neither «أن» nor a reporting verb («عاد الوزير ليؤكد»، «لم تخفِ الوزيرة قلقها»):
/// read as if «أن» stood there, so the subject ends where it ends after «قال … أن».
/// </summary>
internal static class SubjectUpTo
{
    private static readonly Word That = new("أن", "ان", EndsClause: false, EndsWithComma: false, HasTanween: false, OpensQuote: false, ClosesQuote: false);

    /// <summary>The subject from word <paramref name="from"/> up to (not including) word <paramref name="end"/>, of the verb <paramref name="verb"/> (folded; null for an opener that shows no gender).</summary>
    public static Attribution Read(Paragraph paragraph, int from, int end, string? verb)
    {
        var clause = paragraph.Words.Take(end).Append(That).ToList();
        return new SubjectReader(clause, from, paragraph.CommonNouns, verb).Read();
    }
}
