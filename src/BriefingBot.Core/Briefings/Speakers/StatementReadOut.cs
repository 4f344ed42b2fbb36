namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «وفي بيان تلاه المتحدث باسم وزارة الموارد المائية والري، محمد غانم، …، أكدت الوزارة أن»: a statement with no author
/// of its own («بيان للرئيس» is the president's, read by <see cref="SourceOpener"/> first) speaks through whoever read it
/// out, the office they hold saying for whom; «أكدت الوزارة» further on only names that body again.
/// </summary>
internal sealed class StatementReadOut : IAttributionRule
{
    /// <summary>
    /// Reading a statement out, with the statement as the object pronoun, folded: «تلاه»، «قرأته»، «ألقاه»، and «ألقاها»
    /// of «كلمة» and «رسالة».
    /// </summary>
    private static readonly HashSet<string> ReadItOut = new(StringComparer.Ordinal)
    {
        "تلاه", "تلته", "قراه", "قراته", "القاه", "القته", "تلاها", "تلتها", "قراها", "قراتها", "القاها", "القتها",
    };

    /// <summary>
    /// Reading out with the statement as the object after the reader, folded: «قرأ المتحدث … بيانًا»، «وتلت الناطقة … رسالة».
    /// </summary>
    private static readonly HashSet<string> ReadOut = new(StringComparer.Ordinal) { "قرا", "قرات", "تلا", "تلت", "وقرا", "وقرات", "وتلا", "وتلت" };

    /// <summary>How far after the verb the statement read out may stand, past a reader's title and name.</summary>
    private const int MaxWordsToStatement = 16;

    /// <summary>What is read out, folded: a statement, a speech, a letter.</summary>
    private static readonly HashSet<string> Statements = new(StringComparer.Ordinal) { "بيان", "بلاغ", "كلمه", "رساله", "خطاب" };

    /// <summary>How far before the verb the statement may stand («بيان مشترك تلاه»، «بيان مقتضب قرأه»).</summary>
    private const int MaxWordsBack = 2;

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (v + 1 >= words.Count || words[v].EndsClause
            || !(ReadItOut.Contains(words[v].Folded) && AfterAStatement(words, v) || ReadOut.Contains(words[v].Folded) && StatementAfter(words, v)))
        {
            return false;
        }

        var reader = new SubjectReader(words, v + 1, paragraph.CommonNouns, Verb: null).Read();
        if (reader is { Kind: AttributionKind.Named, Unclosed: false })
        {
            found = reader with { Feminine = reader.Feminine || ReadByAWoman(words[v].Folded), GenderShown = true };
        }

        return true;
    }

    /// <summary>«تلته»، «قرأتها»: the verb's «ت» before the pronoun shows a woman read it.</summary>
    private static bool ReadByAWoman(string folded) =>
        folded.EndsWith("ته", StringComparison.Ordinal) || folded.EndsWith("تها", StringComparison.Ordinal);

    /// <summary>The statement is the verb's object after its subject, in the same sentence («قرأ …، العميد …، بيانًا»).</summary>
    private static bool StatementAfter(List<Word> words, int v)
    {
        for (var k = v + 2; k < words.Count && k <= v + MaxWordsToStatement; k++)
        {
            var f = words[k].Folded;
            if (Statements.Contains(f) || f.EndsWith('ا') && Statements.Contains(f[..^1]))
            {
                return words[k - 1].EndsWithComma || !words[k - 1].EndsClause;
            }

            if (words[k].EndsSentence || words[k].IsComplementiser)
            {
                return false;
            }
        }

        return false;
    }

    private static bool AfterAStatement(List<Word> words, int v)
    {
        for (var k = v - 1; k >= 0 && k >= v - MaxWordsBack; k--)
        {
            if (words[k].EndsClause)
            {
                return false;
            }

            if (Statements.Contains(words[k].Folded) || words[k].Folded is ['و' or 'ف' or 'ب', .. var rest] && Statements.Contains(rest))
            {
                return true;
            }
        }

        return false;
    }
}
