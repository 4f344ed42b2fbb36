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

        found = new Attribution(AttributionKind.Continuation, null);
        return true;
    }
}
