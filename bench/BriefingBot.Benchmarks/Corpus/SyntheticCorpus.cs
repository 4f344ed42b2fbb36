using BriefingBot.Core.Briefings;

namespace BriefingBot.Benchmarks.Corpus;

/// <summary>
/// Generates briefings shaped like real ones from a <see cref="WordModel"/>: a fixed number of passages each,
/// a section heading every few passages, and a third of the passages attributed to a speaker from a pool
/// that grows with the corpus (a newsroom quotes recurring experts; more briefings, more of them).
/// Deterministic for a given seed and size.
/// </summary>
public sealed class SyntheticCorpus(WordModel model, int seed)
{
    /// <summary>Bumped whenever generation changes, so cached indexes built by an older generator are rebuilt.</summary>
    public const string GeneratorVersion = "gen1";

    public const int PassagesPerBriefing = 40;
    private const int PassagesPerSection = 8;
    private const int SpeakerEvery = 3;
    private const int BriefingsPerSpeaker = 2;

    private static readonly string[] Syllables =
    [
        "بو", "لي", "كوف", "سا", "مي", "نو", "را", "تش", "فان", "دي", "غو", "ها", "زي", "مو", "كا", "ري", "لا", "تو", "شي", "في", "ما", "نا", "يا", "دو",
    ];

    private static readonly DateOnly FirstDate = new(2000, 1, 1);

    /// <summary>The briefings holding <paramref name="passageCount"/> passages in all (the last one may be shorter).</summary>
    public IEnumerable<Briefing> Briefings(int passageCount)
    {
        var briefingCount = (passageCount + PassagesPerBriefing - 1) / PassagesPerBriefing;
        var speakers = SpeakerPool(Math.Max(10, briefingCount / BriefingsPerSpeaker));
        var random = new Random(seed);
        var remaining = passageCount;
        for (var b = 0; b < briefingCount; b++)
        {
            var id = $"syn-{b:D7}";
            var date = FirstDate.AddDays(b);
            var title = model.NextText(random, 5);
            var count = Math.Min(PassagesPerBriefing, remaining);
            remaining -= count;
            var sections = new List<string>();
            var passages = new List<Passage>(count);
            string? section = null;
            for (var p = 0; p < count; p++)
            {
                if (p % PassagesPerSection == 0)
                {
                    section = model.NextText(random, 3 + random.Next(3));
                    sections.Add(section);
                }

                var speaker = random.Next(SpeakerEvery) == 0 ? speakers[ZipfIndex(random, speakers.Count)] : null;
                var text = model.NextText(random, model.NextPassageLength(random));
                passages.Add(new Passage($"{id}#{p + 1:D3}", id, title, date, section, p + 1, text, speaker));
            }

            yield return new Briefing(id, title, date, "synthetic", sections, passages, id);
        }
    }

    /// <summary>Distinct two-word names made of syllables that rarely form real words, so they do not collide with the vocabulary.</summary>
    internal IReadOnlyList<string> SpeakerPool(int size)
    {
        var random = new Random(seed ^ 0x5eed);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>(size);
        while (ordered.Count < size)
        {
            var name = Word(random) + " " + Word(random);
            if (names.Add(name))
            {
                ordered.Add(name);
            }
        }

        return ordered;
    }

    private static string Word(Random random)
    {
        var syllables = 2 + random.Next(3);
        return string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)]));
    }

    /// <summary>A few experts are quoted often, most rarely: Zipf over the pool (s = 1).</summary>
    private static int ZipfIndex(Random random, int count)
    {
        // Inverse of the continuous approximation of the harmonic CDF: rank ≈ count^u.
        var rank = Math.Pow(count, random.NextDouble());
        return Math.Clamp((int)rank - 1, 0, count - 1);
    }
}
