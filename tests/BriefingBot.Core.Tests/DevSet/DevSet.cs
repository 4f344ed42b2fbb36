using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The dev set: the seed briefing and twenty-three briefings written for it (<c>briefings/</c>: economy, water, elections,
/// health; <c>briefings2/</c>: Gulf migrant labour, Yemen's donors and currency, Morocco's World Cup, AI regulation,
/// heat and wildfires; <c>briefings3/</c>: Riyadh's metro, Jordan's university admissions, Mauritania's fisheries;
/// <c>briefings4/</c>: Lebanon's frozen deposits, Algeria's gas exports to Europe, written for speaker attribution in
/// as many styles of quoting people as Arabic news uses; <c>briefings5/</c>: Egypt's new administrative capital, Gulf
/// desalination; <c>briefings6/</c>: Iraq's electricity imports, Tunisia's olive-oil exports, written by another hand
/// with the ways agencies, papers and TV sites quote people (فقال after أما, بدوره, ولفت, وبحسب ما نقلته … عن, quotes
/// before the name, آل/بنت/ولد/ابن/أبو/أم names, two people sharing a surname); <c>briefings7/</c>: Syria's
/// reconstruction, written with off-topic questions on its own entities beside fair questions of the same shapes;
/// <c>briefings8/</c>: Jordan's medicines industry, Libya's tourism after the conflict, each with about twenty-five
/// questions the briefing does not answer beside as many fair ones of the same shapes;
/// <c>briefings9/</c>: Sudan's besieged El Fasher, Egypt's fuel prices, written for speakers quoted the ways the dev
/// set had least of (institutions, posts on X and Telegram, quotes before the name, a speaker named later by title
/// alone, two spokesmen and two women ministers sharing a title); <c>briefings10/</c>: Kuwait's budget deficit and
/// suspended parliament, Algeria's desert solar plants, each with about twenty-seven questions on its own entities that
/// it does not answer (undated events, who heads a body, a person's life facts, a body asked of a subject it never
/// spoke on, a neighbour's same fact, things it does not count or price) beside fair questions of the same shapes;
/// <c>briefings11/</c>: Oman's income tax, Kuwait's public-debt law, written for the speakers unseen news quotes (present
/// verb + surname + object, one full name in both briefings, foreign names behind titles, بحسب/وفقًا لـ, ونقلت وكالة …
/// عن, an unnamed spokesman, collective sources, two interviews); <c>briefings12/</c>: the Suakin–Jeddah ferry (ids
/// <c>fz…</c>), with about thirty questions it does not answer (a neighbour's same fact, a ticket class it does not
/// price, the name of an unnamed person, countries of two words) beside fair questions of the same shapes; the Aswan –
/// Wadi Halfa railway (ids <c>rk…</c>), written for paraphrases (questions that do not reuse the passage's words:
/// form-III verbs, counted nouns, synonyms of rising and falling, a cost beside the subject); and Cyprus, Lebanon and the migrant
/// boats (ids <c>cy…</c>), written for the speakers the dev set had least of (Maghreb and Levant names, a woman minister named later by
/// title alone, a ministry's spokeswoman, a mission head of a UN body, a member for a constituency, أفاد/نوّه/استدرك/أردف,
/// a statement read for the president, two speakers in one paragraph, a TV interview in turns); <c>briefings13/</c>: the
/// tenth round's briefings, each described in docs/search-quality.md's dev-set section (Bahrain's ride-hailing rules, ids
/// <c>bh…</c>: occupations as roles, a father and son, surnames shared across briefings, a quote over two paragraphs);
/// <c>briefings14/</c> to <c>briefings50/</c>: the eleventh to forty-seventh rounds', described there likewise;
/// test data only, never shipped), and questions about them written the way people write in chat. Each on-topic question
/// names the passages that answer it by a snippet of their text, so editing a briefing cannot silently shift what
/// a question expects; off-topic questions carry <c>decline</c>. The <c>tune</c> part is what attribution, ranking
/// and the answer tiers may be tuned on; the <c>holdout</c> part (~40 %, split before any tuning) never is.
/// </summary>
internal sealed class DevSet
{
    private DevSet(IReadOnlyList<Briefing> briefings, IReadOnlyList<DevQuestion> questions, int firstBriefings)
    {
        Briefings = briefings;
        Questions = questions;
        FirstBriefings = briefings.Take(firstBriefings).ToList();
    }

    public IReadOnlyList<Briefing> Briefings { get; }

    /// <summary>The seed and the briefings of the first folder (for the dev set: the five it began with).</summary>
    public IReadOnlyList<Briefing> FirstBriefings { get; }

    public IReadOnlyList<DevQuestion> Questions { get; }

    public IEnumerable<DevQuestion> Part(string part) => Questions.Where(q => q.Part == part);

    public static DevSet Load() => Load(["briefings", "briefings2", "briefings3", "briefings4", "briefings5", "briefings6", "briefings7", "briefings8", "briefings9", "briefings10", "briefings11", "briefings12", "briefings13", "briefings14", "briefings15", "briefings16", "briefings17", "briefings18", "briefings19", "briefings20", "briefings21", "briefings22", "briefings23", "briefings24", "briefings25", "briefings26", "briefings27", "briefings28", "briefings29", "briefings30", "briefings31", "briefings32", "briefings33", "briefings34", "briefings35", "briefings36", "briefings37", "briefings38", "briefings39", "briefings40", "briefings41", "briefings42", "briefings43", "briefings44", "briefings45", "briefings46", "briefings47", "briefings48", "briefings49", "briefings50"], "dev.jsonl");

    /// <summary>
    /// The blind set numbered <paramref name="number"/> (<c>blind/</c> for the first, <c>blind2/</c> … after): its own
    /// questions about the briefings written for it, asked over one index of those, every earlier blind set's and the
    /// seed's, as in a community with more briefings than the one asked about. Each was written by a hand that had not
    /// read the engine nor run it on them. Nothing is tuned on a blind set; <see cref="UnseenSetTests"/> reports its
    /// figures and not its misses.
    /// </summary>
    public static DevSet LoadBlind(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var folders = Enumerable.Range(1, number).Select(BlindFolder).ToList();
        return Load(["briefings", .. folders.Select(f => Path.Combine(f, "briefings"))], Path.Combine(folders[^1], folders[^1] + ".jsonl"));
    }

    private static string BlindFolder(int number) => number == 1 ? "blind" : $"blind{number}";

    private static DevSet Load(IReadOnlyList<string> briefingFolders, string questionsFile)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "DevSet");
        var parser = new BriefingParser();
        // A round's folder is registered before its first briefing is written, so a folder may not exist yet.
        var files = briefingFolders
            .Select(f => Path.Combine(folder, f))
            .Select(d => Directory.Exists(d) ? Directory.GetFiles(d, "*.md").Order(StringComparer.Ordinal).ToList() : [])
            .ToList();
        var briefings = files.SelectMany(f => f)
            .Select(f => parser.Parse(File.ReadAllText(f)))
            .Prepend(Seed.Parse())
            .ToList();
        var passages = briefings.SelectMany(b => b.Passages).ToList();

        // A snippet is looked for in the question's own briefing when the line names it: two briefings may open a
        // paragraph alike («من جهتها، قالت المتحدثة باسم …»), and that is good prose, not a broken set.
        IReadOnlyList<Passage> PassagesOf(string? briefingId) =>
            briefingId is null ? passages : briefings.SingleOrDefault(b => b.Id == briefingId)?.Passages ?? [];

        var questions = File.ReadLines(Path.Combine(folder, questionsFile))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<DevQuestionLine>(l) ?? throw new InvalidDataException(l))
            .Select(l => new DevQuestion(l.Id, l.Part, l.Kind, l.Question, l.Decline, (l.Expected ?? []).Select(s => Resolve(s, PassagesOf(l.Briefing), l.Id)).ToList()))
            .ToList();
        return new DevSet(briefings, questions, 1 + files[0].Count);
    }

    /// <summary>
    /// Questions about the seed alone that name their passages by ordinal (the English set, <c>english-dev.jsonl</c>),
    /// as dev questions expecting those passages of the seed.
    /// </summary>
    public static IReadOnlyList<DevQuestion> LoadSeedQuestions(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "DevSet", file);
        return File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<SeedQuestionLine>(l) ?? throw new InvalidDataException(l))
            .Select(l => new DevQuestion(l.Id, l.Part, l.Kind, l.Question, l.Decline, (l.Expected ?? []).Select(o => $"{Seed.Id}#{o:D3}").ToList()))
            .ToList();
    }

    /// <summary>
    /// Follow-up questions (<c>followups.jsonl</c>): each with the question asked before it, whose answer it follows up
    /// («ماذا قال بولياكوف؟» then «ومتى قال ذلك؟»), and the passages that answer the follow-up in that context.
    /// </summary>
    public IReadOnlyList<(string Context, DevQuestion Question)> LoadFollowUps()
    {
        var passages = Briefings.SelectMany(b => b.Passages).ToList();
        return File.ReadLines(Path.Combine(AppContext.BaseDirectory, "DevSet", "followups.jsonl"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<FollowUpLine>(l) ?? throw new InvalidDataException(l))
            .Select(l => (l.Context, new DevQuestion(l.Id, l.Part, l.Kind, l.Question, Decline: false, l.Expected.Select(s => Resolve(s, passages, l.Id)).ToList())))
            .ToList();
    }

    /// <summary>The one passage whose text contains the snippet; anything else is a broken dev set, not a miss.</summary>
    private static string Resolve(string snippet, IReadOnlyList<Passage> passages, string questionId)
    {
        var found = passages.Where(p => p.Text.Contains(snippet, StringComparison.Ordinal)).ToList();
        return found.Count == 1
            ? found[0].Id
            : throw new InvalidDataException($"{questionId}: snippet «{snippet}» is in {found.Count} passages, not exactly one.");
    }

    private sealed record DevQuestionLine(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("part")] string Part,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("question")] string Question,
        [property: JsonPropertyName("expected")] IReadOnlyList<string>? Expected = null,
        [property: JsonPropertyName("decline")] bool Decline = false,
        [property: JsonPropertyName("briefing")] string? Briefing = null);
}

internal sealed record FollowUpLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("part")] string Part,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("context")] string Context,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("expected")] IReadOnlyList<string> Expected);

internal sealed record SeedQuestionLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("part")] string Part,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("expected")] IReadOnlyList<int>? Expected = null,
    [property: JsonPropertyName("decline")] bool Decline = false);

/// <summary>One dev question: the passage ids that answer it (any one is a hit), or <see cref="Decline"/>.</summary>
internal sealed record DevQuestion(string Id, string Part, string Kind, string Question, bool Decline, IReadOnlyList<string> Expected)
{
    /// <summary>A question about a person: the answer must hold every one of that person's passages.</summary>
    public bool AboutSpeaker => Kind.StartsWith("speaker", StringComparison.Ordinal);

    public override string ToString() => $"{Id} [{Kind}] {Question}";
}
