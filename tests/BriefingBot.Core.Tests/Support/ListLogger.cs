using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.Tests.Support;

/// <summary>A logger that keeps what was logged, with the structured values, so a test can check a logged reason.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<Entry> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
        Entries.Enqueue(new Entry(logLevel, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value)));
    }

    internal sealed record Entry(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values);
}
