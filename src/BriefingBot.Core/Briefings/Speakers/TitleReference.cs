using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>A title that points back to a speaker already met, never a new one («المتحدث نفسه»، «المسؤول الليبي»).</summary>
internal sealed record TitleReference(List<Word> Words, int From)
{
    /// <summary>
    /// A title that points back to a speaker: «المتحدث نفسه»، «المسؤولة ذاتها», or a title with only adjectives after
    /// it and no name («المسؤول الليبي»، «الوزيرة الأردنية») that is no office of its own. Null otherwise.
    /// </summary>
    public Attribution? Reference(int closedEnd)
    {
        var end = closedEnd >= 0 ? closedEnd : Math.Min(Words.Count, From + 4);
        if (end - From is < 1 or > 4)
        {
            return null;
        }

        var self = false;
        var field = false;
        for (var k = From; k < end; k++)
        {
            var f = Words[k].Folded;
            self |= SpeakerLexicon.IsSelfReference(f);
            if (k == From + 1 && end - From == 2 && SpeakerLexicon.HasArticle(f) && SpeakerLexicon.IsTitle(f) && !DescribesGeneralTitle(k)
                && !SpeakerLexicon.IsOfficeTitle(Words[From].Folded))
            {
                // «ويرى الخبير الاقتصادي أن» after «بالنسبة إلى الخبير الاقتصادي إسلمو ولد اعلي»: the title and its field,
                // which point back only to the speaker whose role is both.
                field = true;
                continue;
            }

            if (k > From && !SpeakerLexicon.IsSelfReference(f) && !(SpeakerLexicon.HasArticle(f) && (!SpeakerLexicon.IsTitle(f) || DescribesGeneralTitle(k))))
            {
                return null;
            }

            if (k < end - 1 && Words[k].EndsClause)
            {
                return null;
            }
        }

        if (!self && (closedEnd < 0 || end - From == 1 || SpeakerLexicon.IsOfficeTitle(Words[From].Folded)))
        {
            // One title alone is read as before; an office with its adjective is the office («وزير الطاقة اللبناني»).
            return null;
        }

        var phrase = string.Join(' ', Enumerable.Range(From, end - From).Select(k => Words[k].Surface).Where(x => !SpeakerLexicon.IsSelfReference(ArabicText.Fold(x))));
        return new Attribution(AttributionKind.TitleOnly, phrase) { SelfReference = self, FieldNamed = field, Feminine = SpeakerLexicon.TitleGender(Words[From].Folded) == true };
    }

    /// <summary>
    /// «وأكد المسؤول النقابي أن»: a nisba adjective right after «المسؤول» says what kind of official the one just heard is,
    /// though the same word is a title of its own elsewhere («قال النقابي …»). After «الخبير» or «الناشط» such a word names
    /// a field («الخبير الاقتصادي»), which may be someone else's.
    /// </summary>
    private bool DescribesGeneralTitle(int k)
    {
        var f = Words[k].Folded;
        return k == From + 1 && SpeakerLexicon.WithoutPrefixes(Words[From].Folded) is "مسوول" or "مسووله" && f.Length >= 5
            && (f.EndsWith('ي') || f.EndsWith("يه", StringComparison.Ordinal));
    }
}
