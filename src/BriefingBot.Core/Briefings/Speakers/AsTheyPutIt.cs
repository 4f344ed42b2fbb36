namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «على حد تعبيره / تعبيرها / قوله»: the words are those of the speaker already met, named by the pronoun, so the
/// paragraph goes on with them («وتبدو الأزمة، على حد تعبيره، أعمق مما …»).
/// </summary>
internal sealed class AsTheyPutIt : IAttributionRule
{
    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (words[v].Folded != "حد" || v == 0 || words[v - 1].Folded is not ("علي" or "وعلي") || v + 1 >= words.Count
            || words[v + 1].Folded is not ("تعبيره" or "تعبيرها" or "قوله" or "قولها" or "وصفه" or "وصفها"))
        {
            return false;
        }

        found = AmmaTopic(paragraph, v) ?? new Attribution(AttributionKind.Continuation, null);
        return true;
    }

    /// <summary>
    /// «أما الريس أبو زيد فيستعد …، فالبوغاز، على حد تعبيره، "…"»: the pronoun points back to the person «أما» set apart
    /// at the head of the paragraph, not to the speaker of the paragraph before; null when the paragraph opens otherwise.
    /// </summary>
    private static Attribution? AmmaTopic(Paragraph paragraph, int v)
    {
        var words = paragraph.Words;
        if (words[0].Folded is not ("اما" or "واما"))
        {
            return null;
        }

        for (var k = 2; k < v - 1; k++)
        {
            if (words[k - 1].EndsClause)
            {
                return null;
            }

            if (words[k].Folded is { Length: > 3 } fa && fa[0] == 'ف')
            {
                // The topic is read up to the «فـ» word, which is any verb («فيستعد»), not one a subject reader stops at.
                var topic = new SubjectReader(words.Take(k).ToList(), 1, paragraph.CommonNouns, fa).Read();
                var feminine = words[v + 1].Folded.EndsWith('ه') is false;
                return topic is { Kind: AttributionKind.Named or AttributionKind.Surname, Name: not null } && (!topic.GenderShown || topic.Feminine == feminine) ? topic : null;
            }
        }

        return null;
    }
}
