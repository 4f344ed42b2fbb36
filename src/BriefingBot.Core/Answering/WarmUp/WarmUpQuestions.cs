using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answering.WarmUp;

/// <summary>Where the warm-up's questions come from.</summary>
public interface IWarmUpQuestions
{
    IReadOnlyList<string> Draw(int count);
}

/// <summary>
/// Questions made of the serving index's own passages, so the warm-up walks the paths real questions take over this
/// index whatever its briefings: a phrase of a passage after each question word (which, how many, when, where, why),
/// a speaker's name after «ماذا قال», a section's heading, and a phrase with a letter dropped (the search for close
/// spellings). Only the question words are fixed; every other word is the index's.
/// </summary>
public sealed class IndexWarmUpQuestions(PassageIndex index) : IWarmUpQuestions
{
    public IReadOnlyList<string> Draw(int count) => From(index.SamplePassages(count), count);

    private static readonly string[] Leads = ["ما", "كم", "متى", "أين", "لماذا", "من"];

    /// <summary>
    /// One question per passage (passages of fewer than three words give none), up to <paramref name="count"/>: in every
    /// four, two phrases after a question word, one about a speaker of the sample (or a heading, or a phrase when it has
    /// neither) and one phrase with a word misspelt.
    /// </summary>
    public static IReadOnlyList<string> From(IReadOnlyList<Passage> passages, int count)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var speakers = passages.Select(p => p.Speaker).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var headings = passages.Select(p => Words(p.Section)).Where(h => h.Count > 0).Select(h => string.Join(' ', h)).Distinct(StringComparer.Ordinal).ToList();
        var questions = new List<string>();
        for (var i = 0; i < passages.Count && questions.Count < count; i++)
        {
            var words = Words(passages[i].Text);
            if (words.Count < 3)
            {
                continue;
            }

            var phrase = words.Skip(words.Count > 8 ? i % 4 : 0).Take(5).ToList();
            var about = i / 4;
            questions.Add((i % 4) switch
            {
                1 when speakers.Count > 0 && (about % 2 == 0 || headings.Count == 0) => $"ماذا قال {speakers[about % speakers.Count]}؟",
                1 when headings.Count > 0 => $"ماذا عن {headings[about % headings.Count]}؟",
                3 => string.Join(' ', phrase.Select((w, j) => j == LongestAt(phrase) ? DropLetter(w) : w)) + "؟",
                _ => $"{Leads[i % Leads.Length]} {string.Join(' ', phrase)}؟",
            });
        }

        return questions;
    }

    private static List<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim(Punctuation))
                .Where(w => w.Any(char.IsLetter))
                .ToList();

    private static readonly char[] Punctuation = "«»\"'()[]{}.,،؛;:!?؟-–—…".ToCharArray();

    private static int LongestAt(List<string> words) =>
        Enumerable.Range(0, words.Count).MaxBy(j => words[j].Length);

    /// <summary>A word misspelt as a reader might type it: its middle letter left out.</summary>
    private static string DropLetter(string word) => word.Length < 4 ? word : word.Remove(word.Length / 2, 1);
}
