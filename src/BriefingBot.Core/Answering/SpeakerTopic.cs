using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Whether what a person said speaks of the subject the question names beside them: «ماذا قالت خديجة بوزيان عن
/// الحافلات؟» asks what the trader said of buses, and her one passage speaks of the train and her trips, never of buses;
/// all she said is no answer to it. One subject word in one of their passages, in any of its forms, is enough: «ماذا قالت
/// نادية الفاسي عن أسعار الحافلات؟» is answered by her «يعتمدون على الحافلات» though she names no price. A noun said in
/// its other number holds the subject when every other word of it is held too: «ماذا قال الزياني عن أسعار اللؤلؤ؟» of his
/// «إن سعر القيراط ارتفع» in a briefing on pearls.
/// </summary>
internal static class SpeakerTopic
{
    /// <summary>Whether <paramref name="passages"/> (a person's) hold a word of <paramref name="subject"/>; true when there is none to hold.</summary>
    public static bool Spoken(IReadOnlyList<string> subject, IReadOnlyList<Passage> passages, PassageIndex index) =>
        Spoken(SubjectWords(subject, index), passages, index);

    /// <summary>
    /// Whether the person's own passages hold a word of <paramref name="subject"/>, or the passage right before one of
    /// them, the newsroom's own narration quoting no one, holds every word of it: «ويُرجع الخبير … حسب الله ذلك إلى …»
    /// explains what the passage before it reports, so «ماذا قال حسب الله عن سوء التغذية؟» asks of what he said on it
    /// though he never names it. Another speaker's words before theirs are that speaker's subject, not theirs.
    /// </summary>
    public static bool SpokenOrJustBefore(IReadOnlyList<string> subject, IReadOnlyList<Passage> passages, IEnumerable<Briefing> briefings, PassageIndex index)
    {
        var words = SubjectWords(subject, index);
        if (Spoken(words, passages, index))
        {
            return true;
        }

        var before = passages.Select(p => (p.BriefingId, Ordinal: p.Ordinal - 1)).ToHashSet();
        // Only the person's own briefings are read: a community may hold thousands.
        var theirs = passages.Select(p => p.BriefingId).ToHashSet(StringComparer.Ordinal);
        var texts = briefings.Where(b => theirs.Contains(b.Id)).SelectMany(b => b.Passages).Where(p => before.Contains((p.BriefingId, p.Ordinal)) && !p.AllSpeakers.Any()).Select(p => p.Text).ToList();
        return texts.Any(t => index.AnalyzePassage(t) is var read && words.All(w => read.Find(w.InEitherNumber).Count > 0));
    }

    private static bool Spoken(List<SubjectWord> words, IReadOnlyList<Passage> passages, PassageIndex index)
    {
        if (words.Count == 0)
        {
            return true;
        }

        // Each passage is analysed once, then each word is looked for in it as said and in either number.
        var read = passages.Select(p => index.AnalyzePassage(p.Text)).ToList();
        var held = words.Select(w => (AsSaid: read.Any(p => p.Find(w.Forms).Count > 0), InEitherNumber: read.Any(p => p.Find(w.InEitherNumber).Count > 0))).ToList();
        return held.Any(h => h.AsSaid)
            // A word said only in its other number holds the subject with every other word of it: «أسعار اللؤلؤ» of his «سعر
            // القيراط» in the pearl briefing, where the pearl goes without saying; not «أسعار الذهب» of a man who never names gold.
            || held.All(h => h.InEitherNumber);
    }

    /// <summary>
    /// The subject's words as the passages are searched, each analysed once: words the analysis drops (too common to
    /// search) name no subject to hold the passages to, and are left out.
    /// </summary>
    private static List<SubjectWord> SubjectWords(IReadOnlyList<string> subject, PassageIndex index) =>
        [.. subject.Select(w => WithADoubledRootsFamily(index.Analyze(w).AllForms, index)).Where(f => f.Count > 0).Select(f => new SubjectWord(f, InEitherNumber(f)))];

    /// <summary>
    /// Rule «a doubled root's family»: «ماذا قال الشعيبي عن الغش؟» of a man who speaks of «بهارات مغشوشة» or says «يغشون»:
    /// the verbal noun of a doubled root is two letters once its shadda is gone («غش»، «شك»), too short for
    /// <see cref="DerivedForms"/>, so its passive participle (مفعول: «مغشوش») and present («يغش») are spelt here, as the
    /// passages are analysed. Whether someone spoke of a subject does not hang on which member of its family they used.
    /// </summary>
    private static IReadOnlyList<string> WithADoubledRootsFamily(IReadOnlyList<string> forms, PassageIndex index)
    {
        const int DoubledRootLength = 2;
        var doubled = forms.Where(f => f.Length == DoubledRootLength && f.All(c => c is >= 'ء' and <= 'ي')).ToList();
        return doubled.Count == 0 ? forms
            : [.. forms.Concat(doubled.SelectMany(f => new[] { "م" + f + "و" + f[1], "ي" + f }).SelectMany(c => index.Analyze(c).AllForms)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A word of the subject: its forms as said, and with a noun's other number (<see cref="InEitherNumber"/>).</summary>
    private sealed record SubjectWord(IReadOnlyList<string> Forms, IReadOnlyList<string> InEitherNumber);

    /// <summary>
    /// The subject's forms with a noun's other number (<see cref="DerivedForms.OfPlural"/>): a reader asks of «الأسعار»،
    /// «الطعون»، «عيونها» where the person says «سعر القيراط»، «ثلاثين طعنًا»، «عينيها». The analysis keeps prices and
    /// many broken plurals apart from their singular for the search's sake (a price asked is one price), but whether a
    /// person speaks of a subject at all does not hang on its number.
    /// </summary>
    private static List<string> InEitherNumber(IReadOnlyList<string> forms) =>
        [.. forms.Concat(forms.SelectMany(DerivedForms.OfPlural)).Distinct(StringComparer.Ordinal)];
}
