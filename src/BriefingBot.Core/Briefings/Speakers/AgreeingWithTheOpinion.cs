namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «ويوافقه الرأي الخبير في هندسة السدود عبد الرزاق المنصوري، الذي …، إذ يرى أن»، «ويوافقها الرأي الخبير الهولندي يان فان
/// دير بيك، …»: the one who shares the speaker before's opinion is named after «يوافقه الرأي», and the paragraph is theirs;
/// «يوافق» is no reporting verb and the verb that follows («إذ يرى») comes after an aside, so the paragraph went to no one.
/// The subject reads up to the first comma after it; a surname or a title alone only at the paragraph's head.
/// </summary>
internal sealed class AgreeingWithTheOpinion : IAttributionRule
{
    /// <summary>The most words of the subject before its comma: a title, a field and a name of four words.</summary>
    private const int MaxSubjectWords = 12;

    /// <summary>The forms of «يوافقه / يشاطره» with the one agreed with as a pronoun, each with whether it is feminine («توافقه»، «وافقته»).</summary>
    private static readonly Dictionary<string, bool> Agreeing = (
        from verb in new[] { ("يوافق", false), ("توافق", true), ("وافق", false), ("وافقت", true), ("يشاطر", false), ("تشاطر", true), ("شاطر", false), ("شاطرت", true) }
        from pronoun in new[] { "ه", "ها", "هم", "هما" }
        from conjunction in new[] { "", "و", "ف" }
        select (Form: conjunction + verb.Item1 + pronoun, Feminine: verb.Item2))
        .ToDictionary(f => f.Form, f => f.Feminine, StringComparer.Ordinal);

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (v + 2 >= words.Count || !Agreeing.TryGetValue(words[v].Folded, out var feminine) || words[v + 1].Folded != "الراي" || SubjectEnd(words, v + 2) is not { } end)
        {
            return false;
        }

        var subject = SubjectUpTo.Read(paragraph, v + 2, end, feminine ? "قالت" : "قال");
        found = ClauseHead.Speaker(subject, words, v);
        return found is not null;
    }

    /// <summary>The word after the subject's closing comma (or the paragraph's last word); null when no comma closes it soon.</summary>
    private static int? SubjectEnd(List<Word> words, int from)
    {
        for (var k = from; k < words.Count && k < from + MaxSubjectWords; k++)
        {
            if (words[k].IsComplementiser || words[k].OpensQuote)
            {
                return null;
            }

            if (words[k].EndsClause)
            {
                return words[k].EndsWithComma && k > from ? k + 1 : null;
            }
        }

        return null;
    }
}
