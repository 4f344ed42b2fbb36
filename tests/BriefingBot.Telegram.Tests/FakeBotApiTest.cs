
namespace BriefingBot.Telegram.Tests;

/// <summary>A test class whose every test gets a fresh fake Bot API on loopback and a workspace of its own.</summary>
public abstract class FakeBotApiTest : IAsyncLifetime
{
    protected BotWorkspace Workspace { get; } = new();

    protected FakeBotApi Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Workspace.Dispose();
    }
}
