using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «أما الحاج يحيى بن مفرح الفيفي، الذي تجاوز الثمانين ويملك …، فيروي أن»: a relative clause set off by commas between the
/// name after «أما» and its «فـ» verb is stepped over, as a descriptive aside is, so a long one does not hide the verb.
/// </summary>
public class SpeakerRelativeClauseBeforeFaTests
{
    [Fact]
    public void A_long_relative_clause_after_the_name_does_not_hide_the_verb_with_fa()
    {
        const string Paragraph = "أما الحاج منصور بن سعيد العمري، الذي تجاوز السبعين ويملك ثلاثمئة شجرة على خمسة مدرجات ورثها عن أبيه وجده، "
            + "فيروي أنه ما زال يصعد إلى مزرعته كل صباح.";
        Assert.Equal("منصور بن سعيد العمري", SpeakerOf(Paragraph));
    }

    [Fact]
    public void A_relative_clause_that_opens_a_quote_is_not_stepped_over()
    {
        const string Paragraph = "أما الحاج منصور بن سعيد العمري، الذي قال يومًا «لن أبيع»، فيستعد لموسم جديد في مزرعته.";
        Assert.Null(SpeakerOf(Paragraph));
    }
}
