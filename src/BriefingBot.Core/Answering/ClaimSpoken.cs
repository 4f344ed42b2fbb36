using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Rule «the claim in the words of the one who said it»: «مين قال الطين أحسن من الإسمنت؟» is answered by the person whose
/// passage holds most of the claim's words («الطين يتنفس، والإسمنت يخنق الجدار»، يقول الخريّف). A passage that holds a
/// word or two of it (the briefing's own «المهرجان» or «الساعة» in «شكون قال المهرجان باش يتلغى؟») only shares the
/// briefing's subject: such a question stays a question about someone the answer must name, and is declined as before.
/// </summary>
internal static class ClaimSpoken
{
    /// <summary>The share of the claim's searched words a passage must hold to be where it was said.</summary>
    internal const double MinShare = 0.6;

    /// <summary>The fewest of the claim's words it must hold: one word is the briefing's subject, not a claim.</summary>
    internal const int MinWords = 2;

    /// <summary>Whether <paramref name="passage"/> quotes someone and holds the claim <paramref name="claim"/> analyses to.</summary>
    public static bool By(Passage passage, AnalyzedQuestion claim, PassageIndex index)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(index);
        if (passage.Speaker is null)
        {
            return false;
        }

        var terms = claim.QueryTerms.Where(t => !t.CoverageOnly).ToList();
        var held = terms.Count(t => index.Highlight(passage.Text, t.Forms).Count > 0);
        return held >= MinWords && held >= MinShare * terms.Count;
    }
}
