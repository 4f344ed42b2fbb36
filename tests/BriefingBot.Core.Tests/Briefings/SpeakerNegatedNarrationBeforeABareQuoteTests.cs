using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Narration may show a person by what they never do («ولا تستعمل الحاجة فاطمة أي لون صناعي»، «ولم تترك الحاجة زينب
/// الكعبي نولها») and then let them speak: the negation heads the clause with the narrated verb, and the name after it is
/// the one whose words follow. A clause opened by a negation is verb-first, so what stands before a later verb («ولا يكاد
/// زائر يسأل») is never a name.
/// </summary>
public class SpeakerNegatedNarrationBeforeABareQuoteTests
{
    [Theory]
    [InlineData("ولا تستعمل الحاجة فاطمة الورغي أي لون صناعي في صوفها، وتصبغه بقشر الرمان والحناء. \"اللون الطبيعي يعيش مع الزربية عمرًا كاملًا\".", "فاطمة الورغي")]
    [InlineData("ولم تترك الحاجة زينب الكعبي نولها منذ أربعين عامًا. \"النول يعرف يدي أكثر مما أعرفه أنا\".", "زينب الكعبي")]
    [InlineData("ولا يبيع المعلم فؤاد عون أي سكين قبل أن يجربها بنفسه على رغيف خبز. \"السكين التي لا تقطع الخبز من أول مرة لا تخرج من دكاني\".", "فؤاد عون")]
    public void The_person_of_a_negated_narrated_verb_says_the_bare_quote_after_it(string text, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(text));

    [Theory]
    [InlineData("ولا يكاد زائر يسأل عن سعر الطقم حتى تعيده البائعة إلى الصانع: \"أنا أبيع فقط، والسعر عند المعلم\".")]
    [InlineData("ولا يكاد سائح يسأل عن الطريق إلى القلعة حتى يتطوع الأطفال لمرافقته: \"تعال معنا، نعرف الطريق\".")]
    public void A_negation_opening_the_clause_is_no_name_before_a_later_verb(string text) =>
        Assert.DoesNotContain("يكاد", ParsedBriefing.SpeakerOf(text) ?? string.Empty);
}
