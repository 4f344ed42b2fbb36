namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>An office held by someone not named here («المتحدث باسم وزارة الصحة»): how much of the subject is its title.</summary>
internal sealed record OfficeTitle(List<Word> Words, int From)
{
    /// <summary>The longest office title taken as a speaker without a name («المتحدث باسم وزارة الموارد المائية»).</summary>
    private const int MaxTitleWords = BriefingLimits.MaxSpeakerWords;

    /// <summary>
    /// How many words of a long office title name the speaker: all of them up to five, else up to the preposition
    /// that gives its place («مدير مكتب منظمة الهجرة الدولية | في طرابلس»), else the first five.
    /// </summary>
    public int OfficeNameLength(int titleEnd)
    {
        var length = titleEnd - From;
        if (length <= MaxTitleWords)
        {
            return length;
        }

        for (var k = From + MaxTitleWords; k > From + 1; k--)
        {
            if (Words[k].Surface is "في" or "لدى" or "إلى" or "الى" or "من")
            {
                return k - From;
            }
        }

        // «المتحدث باسم الشركة الوطنية لاستغلال | وتوزيع المياه»: a cut that would end on the first word of a coordinated
        // noun ends before it, on a whole noun.
        return Words[From + MaxTitleWords - 1].Folded is ['و', _, _, _, ..] ? MaxTitleWords - 1 : MaxTitleWords;
    }

    /// <summary>
    /// Where an office title that ends the subject at <paramref name="terminator"/> ends (exclusive): at the
    /// terminator, or at the comma that opens a short aside closed by a comma right before it; -1 for neither.
    /// </summary>
    public int OfficeTitleEnd(int terminator)
    {
        if (terminator <= From)
        {
            return -1;
        }

        var comma = -1;
        for (var k = From; k < terminator; k++)
        {
            if (Words[k].EndsClause)
            {
                comma = k;
                break;
            }
        }

        // «وبحسب وزير الداخلية، فإن»: the comma right before «فإن» closes the title.
        if (comma < 0 || comma == terminator - 1 && Words[comma].EndsWithComma)
        {
            return terminator;
        }

        const int MaxAsideWords = 6;
        var asideOk = Words[comma].EndsWithComma
            && comma < terminator - 1
            && terminator - 1 - comma <= MaxAsideWords
            && Words[terminator - 1].EndsWithComma
            && Enumerable.Range(comma + 1, terminator - comma - 2).All(k => !Words[k].EndsClause && !ReportingVerbs.IsReportingVerb(Words[k].Folded));
        return asideOk ? comma + 1 : -1;
    }
}
