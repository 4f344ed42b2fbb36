using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Whether what a person said speaks of the subject the question names beside them: «ماذا قالت خديجة بوزيان عن
/// الحافلات؟» asks what the trader said of buses, and her one passage speaks of the train and her trips, never of buses;
/// all she said is no answer to it. One subject word in one of their passages, in any of its forms, is enough: «ماذا قالت
/// نادية الفاسي عن أسعار الحافلات؟» is answered by her «يعتمدون على الحافلات» though she names no price.
/// </summary>
internal static class SpeakerTopic
{
    /// <summary>Whether <paramref name="passages"/> (a person's) hold a word of <paramref name="subject"/>; true when there is none to hold.</summary>
    public static bool Spoken(IReadOnlyList<string> subject, IReadOnlyList<Passage> passages, PassageIndex index)
    {
        var forms = subject.SelectMany(w => index.Analyze(w).AllForms).Distinct(StringComparer.Ordinal).ToList();
        // Words the analysis drops (too common to search) name no subject to hold the passages to.
        return forms.Count == 0 || passages.Any(p => index.Highlight(p.Text, forms).Count > 0);
    }
}
