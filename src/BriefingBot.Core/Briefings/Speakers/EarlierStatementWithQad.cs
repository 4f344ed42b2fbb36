namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>«وكان وزير الطاقة جو صدي قد أعلن أن»: the subject stands between «كان» and «قد».</summary>
internal sealed class EarlierStatementWithQad : IAttributionRule
{
    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (words[v].Folded is not ("كان" or "وكان" or "فكان" or "كانت" or "وكانت" or "فكانت") || VerbAfterQad(words, v) is not { } qad)
        {
            return false;
        }

        var before = new SubjectReader(words, v + 1, paragraph.CommonNouns, words[qad].Folded).Read();
        if (before.Kind == AttributionKind.Named || before.Kind is AttributionKind.Surname or AttributionKind.TitleOnly && ClauseHead.OnlyLeadInsBefore(words, v))
        {
            found = before;
        }

        return true;
    }

    /// <summary>The reporting verb after «قد» that completes «كان … قد»، within a subject's reach; null when there is none.</summary>
    private static int? VerbAfterQad(List<Word> words, int v)
    {
        const int MaxSubjectWords = 14;
        for (var k = v + 1; k + 1 < words.Count && k <= v + MaxSubjectWords; k++)
        {
            if (words[k].Folded == "قد")
            {
                return ReportingVerbs.IsReportingVerb(words[k + 1].Folded) ? k + 1 : null;
            }

            if (words[k].EndsClause && !words[k].EndsWithComma)
            {
                return null;
            }
        }

        return null;
    }
}
