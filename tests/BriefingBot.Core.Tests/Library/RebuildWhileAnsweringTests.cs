using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;
using BriefingBot.Core.Storage;
using BriefingBot.Core.Tests.Chat;
using BriefingBot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Core.Tests.Library;

/// <summary>
/// The bot is never silent while its index is rebuilt: through the chat core, questions are answered from the old index
/// (or told the new one is being built, with its progress, when there is no usable old one), and a briefing posted
/// during the rebuild is in the new index when it goes live. To hold the rebuild before its switch without timing,
/// a post is held inside the store: the post holds the library's writer gate, which the switch waits for.
/// </summary>
public sealed class RebuildWhileAnsweringTests
{
    /// <summary>Enough passages that the rebuild is still writing when the post right after the start takes the gate.</summary>
    private const int ExtraBriefings = 150;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_old_index_answers_while_a_rebuild_runs_and_a_briefing_posted_meanwhile_goes_live_with_the_new_one()
    {
        HoldingStore? store = null;
        using var services = await ChatTestServices.CreateAsync(configure: s => s.AddSingleton<IBriefingStore>(sp => store = new HoldingStore(sp)));
        var library = services.Get<BriefingLibrary>();
        var oldFingerprint = library.Index.Fingerprint;
        store!.AddExtras(ExtraBriefings);

        await library.OpenAsync(CancellationToken.None, forceRebuild: true);
        var post = services.Engine.HandleAsync(Moderator("/brief " + SampleBriefings.Make("فيروزستان", id: "posted-meanwhile")), CancellationToken.None);
        await store.SaveEntered.Task.WaitAsync(Patience);

        // The post holds the gate, so the rebuild cannot switch yet: whatever is answered now comes from the old index.
        Assert.NotNull(library.RebuildProgress);
        var answer = await services.Engine.HandleAsync(ChatTestServices.Private("ماذا قال بولياكوف؟"), CancellationToken.None);
        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.All(answer.Blocks.OfType<PassageBlock>(), p => Assert.Equal(Seed.Id, p.Source.BriefingId));
        Assert.NotNull(library.RebuildProgress);
        Assert.Equal(oldFingerprint, library.Index.Fingerprint);

        store.ReleaseSave.SetResult();
        Assert.StartsWith("تمت إضافة الموجز", Text(await post.WaitAsync(Patience)), StringComparison.Ordinal);
        await library.Rebuilding.WaitAsync(Patience);

        Assert.Null(library.RebuildProgress);
        Assert.Equal(BriefingLibrary.Fingerprint(library.Catalog.All), library.Index.Fingerprint);
        var found = await services.Engine.HandleAsync(ChatTestServices.Private("فيروزستان"), CancellationToken.None);
        Assert.Contains(found.Blocks.OfType<PassageBlock>(), p => p.Source.BriefingId == "posted-meanwhile");
        Assert.Equal((ExtraBriefings + 1) * Seed.Parse().Passages.Count + new BriefingParser().Parse(SampleBriefings.Make("فيروزستان")).Passages.Count, library.Index.PassageCount);
    }

    [Fact]
    public async Task Without_a_usable_index_the_bot_answers_that_the_index_is_being_built_with_its_progress_then_answers()
    {
        HoldingStore? store = null;
        using var services = ChatTestServices.CreateUnopened(s => s.AddSingleton<IBriefingStore>(sp => store = new HoldingStore(sp)));
        var library = services.Get<BriefingLibrary>();
        _ = services.Get<IBriefingStore>();
        store!.AddExtras(ExtraBriefings);

        await library.OpenAsync(CancellationToken.None);
        var post = services.Engine.HandleAsync(Moderator("/brief " + SampleBriefings.Make("فيروزستان", id: "posted-meanwhile")), CancellationToken.None);
        await store.SaveEntered.Task.WaitAsync(Patience);

        Assert.False(library.IsReady);
        var arabic = await services.Engine.HandleAsync(ChatTestServices.Private("ماذا قال بولياكوف؟"), CancellationToken.None);
        var english = await services.Engine.HandleAsync(ChatTestServices.Private("ماذا قال بولياكوف؟", user: "u2", language: "en"), CancellationToken.None);

        Assert.Equal(AnswerOutcome.IndexBuilding, arabic.Outcome);
        Assert.StartsWith("الفهرس قيد البناء…", Text(arabic), StringComparison.Ordinal);
        Assert.Contains("%", Text(arabic), StringComparison.Ordinal);
        Assert.Contains("فقرة", Text(arabic), StringComparison.Ordinal);
        Assert.StartsWith("The index is being built…", Text(english), StringComparison.Ordinal);
        Assert.Contains("index: being built", string.Join(" ", services.Get<Core.Operations.Readiness>().Check().Reasons), StringComparison.Ordinal);

        store.ReleaseSave.SetResult();
        await post.WaitAsync(Patience);
        await library.Rebuilding.WaitAsync(Patience);

        Assert.True(library.IsReady);
        var answer = await services.Engine.HandleAsync(ChatTestServices.Private("ماذا قال بولياكوف؟"), CancellationToken.None);
        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        var found = await services.Engine.HandleAsync(ChatTestServices.Private("فيروزستان"), CancellationToken.None);
        Assert.Contains(found.Blocks.OfType<PassageBlock>(), p => p.Source.BriefingId == "posted-meanwhile");
    }

    private static IncomingMessage Moderator(string text) =>
        ChatTestServices.Private(text, user: "mod") with { Role = SenderRole.Operator };

    private static string Text(ChatReply reply) => string.Join("\n", reply.Blocks.OfType<TextBlock>().Select(b => b.Text));

    /// <summary>
    /// The real file store, plus copies of the seed briefing under their own ids (a library big enough that its
    /// rebuild takes a while), and a hold on the first save: the test lets it go.
    /// </summary>
    private sealed class HoldingStore(IServiceProvider services) : IBriefingStore, IDisposable
    {
        private readonly FileBriefingStore _inner = ActivatorUtilities.CreateInstance<FileBriefingStore>(services);
        private readonly List<Briefing> _extras = [];

        public TaskCompletionSource SaveEntered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ReleaseSave { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void AddExtras(int count)
        {
            var parser = new BriefingParser();
            var body = Seed.Text.Replace("id: " + Seed.Id, "id: {0}", StringComparison.Ordinal);
            for (var i = 0; i < count; i++)
            {
                _extras.Add(parser.Parse(body.Replace("id: {0}", $"id: copy-{i:D3}", StringComparison.Ordinal)));
            }
        }

        public async Task<IReadOnlyList<Briefing>> LoadAllAsync(CancellationToken cancellationToken) =>
            [.. await _inner.LoadAllAsync(cancellationToken), .. _extras];

        public async Task SaveAsync(StoredBriefing briefing, CancellationToken cancellationToken)
        {
            SaveEntered.TrySetResult();
            await ReleaseSave.Task.WaitAsync(Patience, cancellationToken);
            await _inner.SaveAsync(briefing, cancellationToken);
        }

        public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => _inner.DeleteAsync(id, cancellationToken);

        public Task<bool> AssignAsync(string id, string? community, CancellationToken cancellationToken) => _inner.AssignAsync(id, community, cancellationToken);

        public void Dispose() => _inner.Dispose();
    }
}
