using System.Collections.Concurrent;
using System.Globalization;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// A rebuild numbers passages in whatever order its threads add briefings, so the same briefings indexed in another
/// order must answer every dev question alike: the same outcome, the same passages in the same order, the same scores.
/// Ties between passages of equal score were once broken by document number in a few places (a section heading shared
/// by many briefings' passages, a continuation looked for among the best few), and a question's second and third
/// passages changed between two runs of the same build.
/// </summary>
public sealed class IndexOrderDevSetTests(ITestOutputHelper output)
{
    private static readonly DevSet Set = DevSet.Load();

    [Theory]
    [InlineData("reversed")]
    [InlineData("shuffled")]
    public void The_same_briefings_indexed_in_another_order_answer_every_question_alike(string order)
    {
        var briefings = Set.Briefings.ToList();
        var other = briefings.ToArray();
        if (order == "reversed")
        {
            Array.Reverse(other);
        }
        else
        {
            // Seeded: a failure names the same order on every run.
            new Random(41).Shuffle(other);
        }

        using var first = InOneThread(briefings);
        using var second = InOneThread(other);
        var asFirst = Indexes.Answerer(first, null, [.. briefings]);
        var asSecond = Indexes.Answerer(second, null, [.. briefings]);

        var differ = new ConcurrentBag<string>();
        Parallel.ForEach(Set.Questions, q =>
        {
            var a = Describe(asFirst.Answer(new AnswerRequest(q.Question)));
            var b = Describe(asSecond.Answer(new AnswerRequest(q.Question)));
            if (a != b)
            {
                differ.Add($"{q.Id} {q.Question}: {a} | {b}");
            }
        });

        foreach (var line in differ.Order(StringComparer.Ordinal))
        {
            output.WriteLine(line);
        }

        Assert.True(differ.IsEmpty, $"{differ.Count} of {Set.Questions.Count} questions answered otherwise");
    }

    /// <summary>Built by one thread, so that the briefings' order is the index's document order.</summary>
    private static PassageIndex InOneThread(IReadOnlyList<Core.Briefings.Briefing> briefings)
    {
        var index = PassageIndex.InMemory();
        index.BuildThreads = 1;
        index.Rebuild(briefings, "test");
        return index;
    }

    private static string Describe(Answer answer) =>
        answer.Outcome + " " + string.Join(" ", answer.Passages.Select(p => p.Passage.Id + ":" + p.Score.ToString("R", CultureInfo.InvariantCulture)));
}
