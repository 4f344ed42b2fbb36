namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «وردّ عليه النائب وليد صعب قائلًا إن»، «واتفق معه الخبير …، إذ قال إن»: who replies follows the pronoun. Without the
/// pronoun, «ردّ» replies only when «بأن», «قائلًا» or «بالقول» brings the reply («…، يرد المهندس نبيل حداد بأن …»، «وردّ
/// الوزير … على المنتقدين بالقول إن»): alone it is also «ورد»
/// (appeared) and «يرد» (arrives).
/// </summary>
internal sealed class Reply : IAttributionRule
{
    /// <summary>How far after «يرد» the «بأن» that brings the reply may stand: a title and a name.</summary>
    private const int MaxSubjectWords = 10;

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        var folded = words[v].Folded;
        found = null;
        if (!ReportingVerbs.IsReplying(folded) || v + 2 >= words.Count)
        {
            return false;
        }

        if (ReportingVerbs.ObjectOfReply(folded, words[v + 1].Folded))
        {
            var reply = new SubjectReader(words, v + 2, paragraph.CommonNouns, folded).Read();
            found = reply.Kind is AttributionKind.Named or AttributionKind.Surname or AttributionKind.TitleOnly && !(first && reply.Unclosed) ? reply : null;
            return true;
        }

        if (!ReportingVerbs.IsRetort(folded) || !ReplyWithBiAnna(words, v))
        {
            return false;
        }

        var retort = new SubjectReader(words, v + 1, paragraph.CommonNouns, folded).Read();
        if (retort.Kind == AttributionKind.Continuation && first && ClauseHead.Opens(words, v) && InterviewIntroduction.AskedByPronounBefore(words, v))
        {
            // «ولمّا سألناها هل …، ردّت بأن»: the answer of the one the newsroom asked, the speaker already met.
            found = retort;
            return true;
        }

        found = retort.Kind is AttributionKind.Named or AttributionKind.Surname or AttributionKind.TitleOnly && !retort.Unclosed ? retort : null;
        return found is not null;
    }

    /// <summary>Whether «بأن» or a word of saying follows the verb at <paramref name="v"/> within a subject's reach, in the same sentence.</summary>
    private static bool ReplyWithBiAnna(List<Word> words, int v)
    {
        for (var k = v + 1; k < words.Count && k <= v + MaxSubjectWords; k++)
        {
            if (words[k].Folded is "بان" or "بانه" or "بانها" || ReportingVerbs.IsSaying(words[k].Folded))
            {
                return true;
            }

            if (words[k].EndsSentence)
            {
                return false;
            }
        }

        return false;
    }
}
