namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «ولم تخفِ المديرة ليلى السعدي قلقها من …، قائلة»، «لم يخفِ الوزير تفاؤله»: a stance the speaker did not hide is
/// theirs to quote; the subject stands between the verb and the feeling it names.
/// </summary>
internal sealed class StanceNotHidden : IAttributionRule
{
    /// <summary>Feelings and stances shown rather than said (folded, without the pronoun that owns them).</summary>
    private static readonly HashSet<string> Stances = new(StringComparer.Ordinal)
    {
        "قلق", "تفاول", "تشاوم", "خشيه", "خوف", "تخوف", "مخاوف", "استياء", "استيا", "امتعاض", "غضب", "ارتياح", "رضا", "سعاده",
        "استغراب", "دهشه", "اسف", "حزن", "اعجاب", "شكوك", "شك", "حماس", "تحفظ", "تحفظات", "رغبه", "امل", "ثقه", "قناعه",
    };

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        var verb = words[v].Folded;
        // «ولا تُخفي الطاهر قلقها من ارتفاع …»: with no «أن», the stance named closes the subject as «لم تخفِ» has it.
        if (v > 0 && words[v - 1].Folded is "لا" or "ولا" && verb is "يخفي" or "تخفي" && !ObjectOfHiding(words, v)
            && (ThatAfter(words, v) ?? StanceAfter(words, v)) is { } that)
        {
            // «ولا يخفي ولد امبارك أن …»: what the speaker does not hide is what they say; the subject runs up to «أن», or
            // up to the stance when one is named before it («ولا تخفي باباعمي خشيتها من أن»: «خشيتها» is no part of the name).
            var end = StanceAfter(words, v) is { } shown && shown < that ? shown : that;
            found = ClauseHead.Speaker(SubjectUpTo.Read(paragraph, v + 1, end, verb[0] == 'ت' ? "تقول" : "يقول"), words, v - 1);
            return true;
        }

        if (v == 0 || words[v - 1].Folded is not ("لم" or "ولم" or "فلم") || verb is not ("يخف" or "تخف" or "يخفي" or "تخفي") || StanceAfter(words, v) is not { } stance)
        {
            return false;
        }

        // The verb's gender is the subject's, as «أبدى / أبدت» shows it.
        var subject = SubjectUpTo.Read(paragraph, v + 1, stance, verb[0] == 'ت' ? "تبدي" : "يبدي");
        found = ClauseHead.Speaker(subject, words, v - 1);
        return true;
    }

    /// <summary>
    /// «لا يخفى على أحد أن …» (it is hidden from no one): «على» right after the verb says no one in particular shows
    /// anything, so there is no speaker.
    /// </summary>
    private static bool ObjectOfHiding(List<Word> words, int v) => v + 1 < words.Count && words[v + 1].Surface is "على" or "عن";

    /// <summary>The «أن» after the subject of «لا يخفي», within a name's reach and the clause; null when there is none.</summary>
    private static int? ThatAfter(List<Word> words, int v)
    {
        const int MaxSubjectWords = 8;
        for (var k = v + 2; k < words.Count && k <= v + 1 + MaxSubjectWords; k++)
        {
            if (words[k].Folded is "ان" && !words[k - 1].EndsSentence)
            {
                return k;
            }

            if (words[k].EndsSentence || words[k].OpensQuote)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The feeling the speaker did not hide, with the pronoun that owns it («قلقها»، «تفاؤله»); null when there is none near.</summary>
    private static int? StanceAfter(List<Word> words, int v)
    {
        const int MaxSubjectWords = 10;
        var counted = 0;
        for (var k = v + 1; k < words.Count && ++counted <= MaxSubjectWords; k++)
        {
            if (TopicWithAmma.RelativeClauseClosing(words, k) is { } end)
            {
                // «ولا تخفي المرممة … كيارا روسّي، التي تدرّس في المعهد منذ …، إعجابها»: who the speaker is, set off between
                // commas, is stepped over and not counted.
                k = end;
                continue;
            }

            var f = words[k].Folded;
            foreach (var owner in (string[])["هما", "هم", "ها", "ه"])
            {
                // «ثقتها»: a feminine noun's «ة» is written «ت» before the pronoun.
                var owned = f.Length > owner.Length + 1 && f.EndsWith(owner, StringComparison.Ordinal) ? f[..^owner.Length] : null;
                if (owned is not null && (Stances.Contains(owned) || owned[^1] == 'ت' && Stances.Contains(owned[..^1] + "ه")))
                {
                    return k;
                }
            }

            if (words[k].EndsClause && !words[k].EndsWithComma)
            {
                return null;
            }
        }

        return null;
    }
}
