using System.Text;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Telegram.Tests;

/// <summary>
/// The bot started through the real host with the Telegram adapter never goes silent while its index is rebuilt: it
/// connects, tells members the index is being built with its progress, answers from the new index once it is live, and
/// a briefing a moderator posted meanwhile is in it. Nothing rests on how long a build takes: the rebuild is held before
/// its switch (<see cref="RebuildHold"/>) until the test lets it go, and then the post, held inside the store, holds the
/// library's writer gate, which the switch waits for.
/// </summary>
public sealed class TelegramRebuildTests : FakeBotApiTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly FakeUser Member = new(7001, "ليلى", "layla");
    private static readonly FakeUser Admin = new(7002, "مشرف", "editor");
    private static readonly FakeChat Newsroom = FakeChat.Group(-100700800, "غرفة الأخبار");

    /// <summary>Answered from the shipped briefing with its best passages (not a speaker's every quote: each copy has them).</summary>
    private const string Question = "/ask لماذا تقترب موسكو من بيونغ يانغ؟";

    private static readonly FakeChat Readers = FakeChat.Group(-100700900, "القراء");

    [Fact]
    public async Task Without_an_index_the_bot_connects_says_the_index_is_being_built_with_its_progress_then_answers_and_finds_a_briefing_posted_meanwhile()
    {
        var hold = new HeldSaves();

        // Both wait when the bot first polls, so they arrive in one batch and are handled side by side (two chats).
        var posted = Api.SendDocument(Newsroom, Admin, "today.md", Briefing("فيروزستان"), caption: "/brief");
        var asked = Api.SendText(Readers, Member, Question);
        await using var bot = await StartAsync(hold);
        var library = bot.Services.GetRequiredService<BriefingLibrary>();

        var building = await Api.WaitForMessageAsync(m => m.ChatId == Readers.Id && m.ReplyToMessageId == asked);
        await hold.SaveEntered.Task.WaitAsync(Patience);
        Assert.StartsWith("الفهرس قيد البناء…", building.Text, StringComparison.Ordinal);
        Assert.Contains("%", building.Text, StringComparison.Ordinal);
        Assert.Contains("فقرة", building.Text, StringComparison.Ordinal);

        await AnswersAfterTheSwitchAsync(hold, library, posted);
    }

    [Fact]
    public async Task After_an_analyser_change_the_old_index_answers_during_the_rebuild_and_the_new_one_finds_a_briefing_posted_meanwhile()
    {
        await IndexWithAnotherAnalyserVersionAsync();
        var hold = new HeldSaves();

        var posted = Api.SendDocument(Newsroom, Admin, "today.md", Briefing("فيروزستان"), caption: "/brief");
        var asked = Api.SendText(Readers, Member, Question);
        await using var bot = await StartAsync(hold);
        var library = bot.Services.GetRequiredService<BriefingLibrary>();

        var answer = await Api.WaitForMessageAsync(m => m.ChatId == Readers.Id && m.ReplyToMessageId == asked);
        await hold.SaveEntered.Task.WaitAsync(Patience);
        Assert.Contains("بيونغ يانغ", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("الفهرس قيد البناء", answer.Text, StringComparison.Ordinal);
        Assert.True(library.IsReady); // Answered from the old index: the rebuild is held before its switch.

        await AnswersAfterTheSwitchAsync(hold, library, posted);
    }

    /// <summary>
    /// Lets the rebuild go, which then waits for the held post (it holds the writer gate); lets the post go: it is
    /// confirmed, the new index goes live with it, and members get real answers from it.
    /// </summary>
    private async Task AnswersAfterTheSwitchAsync(HeldSaves hold, BriefingLibrary library, int posted)
    {
        await hold.RebuildReached.Task.WaitAsync(Patience);
        Assert.NotNull(library.RebuildProgress);
        hold.ReleaseRebuild.SetResult();
        Assert.False(library.Rebuilding.IsCompleted); // The switch waits for the post's writer gate.
        hold.ReleaseSave.SetResult();
        var confirmation = await Api.WaitForMessageAsync(m => m.ChatId == Newsroom.Id && m.ReplyToMessageId == posted);
        Assert.StartsWith("تمت إضافة الموجز", confirmation.Text, StringComparison.Ordinal);
        await library.Rebuilding.WaitAsync(Patience);

        Assert.True(library.IsReady);
        Assert.Null(library.RebuildProgress);
        Assert.Equal(BriefingLibrary.Fingerprint(library.Catalog.All), library.Index.Fingerprint);
        var again = Api.SendText(Readers, Member, Question);
        var answer = await Api.WaitForMessageAsync(m => m.ChatId == Readers.Id && m.ReplyToMessageId == again);
        Assert.Contains("بيونغ يانغ", answer.Text, StringComparison.Ordinal);
        var meanwhile = Api.SendText(Readers, Member, "/ask فيروزستان");
        var found = await Api.WaitForMessageAsync(m => m.ChatId == Readers.Id && m.ReplyToMessageId == meanwhile);
        Assert.Contains("يتوسع التعاون في فيروزستان", found.Text, StringComparison.Ordinal);
    }

    /// <summary>The bot as the service starts it (connected while its index is rebuilt), both groups one community.</summary>
    private Task<TelegramBotHarness> StartAsync(HeldSaves? hold = null)
    {
        Api.SetAdministrators(Newsroom, Admin);
        var ids = System.Globalization.CultureInfo.InvariantCulture;
        return TelegramBotHarness.StartAsync(
            Api,
            Workspace,
            new Dictionary<string, string?>
            {
                ["Communities:news:Chats:0"] = "telegram:" + Newsroom.Id.ToString(ids),
                ["Communities:news:Chats:1"] = "telegram:" + Readers.Id.ToString(ids),
            },
            configure: hold is null ? null : hold.Register,
            waitForIndex: hold is null);
    }

    /// <summary>
    /// Builds the index as an earlier version of the bot would have left it: the same briefings, committed with another
    /// fingerprint (as an analyser change makes it), which a start must rebuild. It is usable, so it answers meanwhile.
    /// </summary>
    private async Task IndexWithAnotherAnalyserVersionAsync()
    {
        await using (var bot = await StartAsync())
        {
            var index = bot.Services.GetRequiredService<BriefingLibrary>().Index;
            var catalog = bot.Services.GetRequiredService<BriefingCatalog>().All;
            Assert.Equal(BriefingLibrary.Fingerprint(catalog), index.Fingerprint);
            index.Commit("the fingerprint of briefing-analyzer-0");
        }
    }

    private static byte[] Briefing(string marker) => Encoding.UTF8.GetBytes(
        $"""
        ---
        title: تقرير {marker}
        date: 2026-11-25
        ---

        ## الاقتصاد

        يتوسع التعاون في {marker} بين الشركات المحلية والمستثمرين.
        """);

    /// <summary>The real file store, with the first save held until the test lets it go; and the rebuild, held before its switch.</summary>
    private sealed class HeldSaves
    {
        public TaskCompletionSource SaveEntered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ReleaseSave { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource RebuildReached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ReleaseRebuild { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Register(IServiceCollection services)
        {
            services.AddSingleton<IBriefingStore>(sp => new Store(ActivatorUtilities.CreateInstance<FileBriefingStore>(sp), this));
            services.AddSingleton<RebuildHold>(new Rebuild(this));
        }

        private sealed class Rebuild(HeldSaves hold) : RebuildHold
        {
            public override async Task BeforeSwitchAsync(CancellationToken cancellationToken)
            {
                hold.RebuildReached.TrySetResult();
                await hold.ReleaseRebuild.Task.WaitAsync(Patience, cancellationToken);
            }
        }

        private sealed class Store(FileBriefingStore inner, HeldSaves hold) : IBriefingStore, IDisposable
        {
            public Task<IReadOnlyList<Briefing>> LoadAllAsync(CancellationToken cancellationToken) => inner.LoadAllAsync(cancellationToken);

            public async Task SaveAsync(StoredBriefing briefing, CancellationToken cancellationToken)
            {
                hold.SaveEntered.TrySetResult();
                await hold.ReleaseSave.Task.WaitAsync(Patience, cancellationToken);
                await inner.SaveAsync(briefing, cancellationToken);
            }

            public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => inner.DeleteAsync(id, cancellationToken);

            public Task<bool> AssignAsync(string id, string? community, CancellationToken cancellationToken) => inner.AssignAsync(id, community, cancellationToken);

            public void Dispose() => inner.Dispose();
        }
    }
}
