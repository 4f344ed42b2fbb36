using BriefingBot.Core.Answering.Checks;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A name the news quotes starts at a quotation mark right after the noun it names: on the noun's last letter or on the
/// next word's first, whichever mark the newsroom uses; a noun followed by other words names nothing in quotes.
/// </summary>
public class QuotedNameAfterTests
{
    [Theory]
    [InlineData("ويعمل ابنه \"محمد\" في الورشة", 1)]
    [InlineData("أسست شركة «تاف» للنقل", 1)]
    [InlineData("أسست شركة “تاف” للنقل", 1)]
    [InlineData("وسمى ابنه\" محمد\" على اسم جده", 1)]
    [InlineData("أطلقوا على المشروع« الأمل »", 2)]
    public void A_quotation_opening_right_after_the_noun_starts_a_name(string clause, int noun) =>
        Assert.True(QuotedNameAfter.Opens(clause.Split(' '), noun));

    [Theory]
    [InlineData("ويعمل ابنه الأكبر \"محمد\" في الورشة", 1)]
    [InlineData("أسست الشركة", 1)]
    public void A_noun_followed_by_other_words_or_by_nothing_starts_no_quoted_name(string clause, int noun) =>
        Assert.False(QuotedNameAfter.Opens(clause.Split(' '), noun));
}
