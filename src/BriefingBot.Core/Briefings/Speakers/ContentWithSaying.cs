namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «وحين سألته «موجز» عن تلك الصفقات، اكتفى الشيخ بلحاج بالقول إن …»، «واكتفت الوزيرة بالقول إن»: the one who «contents
/// themselves with saying» speaks, the subject standing between «اكتفى» and «بالقول». «اكتفى» is no reporting verb and
/// «بالقول» a verbal noun, so the paragraph went to no one. A surname or title alone points back where «اكتفى» opens a
/// clause, as the construction only ever answers for someone already met.
/// </summary>
internal sealed class ContentWithSaying : IAttributionRule
{
    /// <summary>The most words between «اكتفى» and «بالقول»: a title and a name of four words.</summary>
    private const int MaxSubjectWords = 8;

    private static readonly Dictionary<string, bool> ContentForms = (
        from verb in new[] { ("اكتفي", false), ("اكتفت", true), ("يكتفي", false), ("تكتفي", true) }
        from conjunction in new[] { "", "و", "ف" }
        select (Form: conjunction + verb.Item1, Feminine: verb.Item2))
        .ToDictionary(f => f.Form, f => f.Feminine, StringComparer.Ordinal);

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (!ContentForms.TryGetValue(words[v].Folded, out var feminine) || Saying(words, v) is not { } saying)
        {
            return false;
        }

        var subject = SubjectUpTo.Read(paragraph, v + 1, saying, feminine ? "قالت" : "قال");
        found = ClauseHead.Speaker(subject, words, v);
        return found is not null;
    }

    /// <summary>«بالقول» after the subject, with «إن / أن», a colon or a quote after it; null when none stands within reach.</summary>
    private static int? Saying(List<Word> words, int v)
    {
        for (var k = v + 2; k < words.Count - 1 && k <= v + MaxSubjectWords + 1; k++)
        {
            if (words[k].Folded == "بالقول")
            {
                return words[k + 1].IsComplementiser || words[k].EndsWithColon || words[k + 1].OpensQuote ? k : null;
            }

            if (words[k].EndsSentence || words[k].IsComplementiser)
            {
                return null;
            }
        }

        return null;
    }
}
