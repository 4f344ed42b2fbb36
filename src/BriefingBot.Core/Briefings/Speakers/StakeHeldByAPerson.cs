namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «ويراهن عبد الحكيم الصوالحة، رئيس قسم السياحة …، على مهرجان …»: what a named person stakes on is their view, and the
/// bare verbs after it go on with them. States and bodies stake far more often («تراهن موسكو على أن»، «تراهن الحكومة على»),
/// so the verb attributes only when its subject is a person's full name (two words or more, no place) or a title.
/// </summary>
internal sealed class StakeHeldByAPerson : IAttributionRule
{
    private static readonly HashSet<string> Staking = new(
        new[] { "راهن", "راهنت", "يراهن", "تراهن" }.SelectMany(v => new[] { v, "و" + v, "ف" + v }),
        StringComparer.Ordinal);

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (!Staking.Contains(words[v].Folded) || !ClauseHead.Opens(words, v) && !ClauseHead.OnlyLeadInsBefore(words, v))
        {
            return false;
        }

        // «على» after the subject opens the stake (ReportingVerbs lists the verb with «على»).
        var subject = new SubjectReader(words, v + 1, paragraph.CommonNouns, words[v].Folded).Read();
        if (!IsAPerson(subject))
        {
            return false;
        }

        found = subject with { Unclosed = false };
        return true;
    }

    private static bool IsAPerson(Attribution subject) =>
        subject is { Kind: AttributionKind.Named, Office: false, Name: { } name }
        && (name.Split(' ') is { Length: >= 2 } || subject.Role is not null)
        && !name.Split(' ').Any(SpeakerLexicon.IsRegion);
}
