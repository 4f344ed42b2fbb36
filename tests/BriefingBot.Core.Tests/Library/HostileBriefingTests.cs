using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Library;

/// <summary>
/// The hostile-briefing corpus (<c>Hostile/Briefings</c>): every briefing there is refused or taken in within its
/// bounds, in bounded time (a generous cancellation bound, not a timing assertion), and the data directory keeps
/// answering from its other briefings afterwards, also after a restart and a rebuild.
/// </summary>
public sealed class HostileBriefingTests
{
    internal static readonly string ShippedCorpus = Path.Combine(AppContext.BaseDirectory, "corpus");

    /// <summary>Far above what any of these takes on a loaded machine; only a runaway cost reaches it.</summary>
    internal static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    public static TheoryData<string> Briefings() =>
        [.. Directory.GetFiles(HostileCorpus.Folder("Briefings")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Briefings))]
    public async Task A_hostile_briefing_is_refused_or_bounded_and_the_data_directory_keeps_answering(string file)
    {
        using var timeout = new CancellationTokenSource(Bound);
        using var library = await TestLibrary.CreateAsync(corpusDirectory: ShippedCorpus);
        var good = await library.AddAsync(SampleBriefings.Make("goodmarker"));
        var bytes = HostileCorpus.Bytes(Path.Combine(HostileCorpus.Folder("Briefings"), file));

        var result = await Bounded(() => library.Intake.SubmitAsync(new BriefingUpload(bytes, new BriefingOrigin("test", "chat", "1", "m"), file), timeout.Token), timeout.Token);

        var added = (result as BriefingAdded)?.Briefing;
        Assert.True(result is BriefingAdded or BriefingRejected, $"{file}: {result}");
        if (added is not null)
        {
            Assert.Null(BriefingLimits.Violation(added));
        }

        await Bounded(() => AssertServes(library, good), timeout.Token);
        using var restarted = library.Reopen();
        await Bounded(() => restarted.Library.InitializeAsync(timeout.Token, forceRebuild: true), timeout.Token);
        await Bounded(() => AssertServes(restarted, good), timeout.Token);
        Assert.Equal(added is null ? 2 : 3, restarted.Catalog.All.Count);
        if (added is not null)
        {
            var removed = await restarted.Library.RemoveAsync(added.Id, timeout.Token);
            Assert.Equal(RemoveOutcome.Removed, removed.Outcome);
            await Bounded(() => AssertServes(restarted, good), timeout.Token);
        }
    }

    internal static void AssertServes(TestLibrary library, Briefing good)
    {
        var marker = library.Ask("goodmarker");
        Assert.True(marker.Answered, $"the good briefing no longer answers: {marker.Outcome}");
        Assert.Equal(good.Id, marker.Passages[0].Passage.BriefingId);
        // A person's passages come newest first, so a hostile briefing quoting him thousands of times may fill that
        // answer; the shipped briefing must still answer what only it holds.
        Assert.Equal(AnswerOutcome.SpeakerPassages, library.Ask("ماذا قال بولياكوف؟").Outcome);
        var shipped = library.Ask("تشوي سون هوي");
        Assert.True(shipped.Answered, $"the shipped briefing no longer answers: {shipped.Outcome}");
        Assert.Equal("2026-11-23-moscow-pyongyang", shipped.Passages[0].Passage.BriefingId);
        Assert.Contains(library.Library.Recent(10), b => b.Id == good.Id);
    }

    internal static Task<T> Bounded<T>(Func<T> work, CancellationToken cancellationToken) =>
        Task.Run(work, cancellationToken).WaitAsync(cancellationToken);

    internal static Task<T> Bounded<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        Task.Run(work, cancellationToken).WaitAsync(cancellationToken);

    internal static Task Bounded(Func<Task> work, CancellationToken cancellationToken) =>
        Task.Run(work, cancellationToken).WaitAsync(cancellationToken);

    internal static Task Bounded(Action work, CancellationToken cancellationToken) =>
        Task.Run(work, cancellationToken).WaitAsync(cancellationToken);
}
