using System.Collections.Concurrent;
using BriefingBot.Testing;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Benchmarks.EndToEnd;

/// <summary>
/// Awaits the first message the bot posts to a channel, as the fake Discord server records it. Waiting is keyed by
/// the request path and completed by the server's <see cref="FakeDiscordServer.RequestRecorded"/>, so sixteen askers
/// waiting at once cost nothing while they wait (no scans of the recorded requests).
/// </summary>
internal sealed class ChannelReplies : IDisposable
{
    private readonly FakeDiscordServer _server;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RecordedRequest>> _expected = new(StringComparer.Ordinal);

    public ChannelReplies(FakeDiscordServer server)
    {
        _server = server;
        _server.RequestRecorded += OnRequest;
    }

    /// <summary>Call before the question is sent, so a fast reply cannot arrive unobserved.</summary>
    public Task<RecordedRequest> Expect(string channelId)
    {
        var reply = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_expected.TryAdd(PathOf(channelId), reply))
        {
            throw new InvalidOperationException($"A reply in channel {channelId} is already awaited.");
        }

        return reply.Task;
    }

    public void Forget(string channelId) => _expected.TryRemove(PathOf(channelId), out _);

    public void Dispose() => _server.RequestRecorded -= OnRequest;

    private static string PathOf(string channelId) => $"/channels/{channelId}/messages";

    private void OnRequest(RecordedRequest request)
    {
        if (request.Method == "POST" && _expected.TryRemove(request.Path, out var reply))
        {
            reply.TrySetResult(request);
        }
    }
}
