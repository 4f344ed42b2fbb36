using Microsoft.Extensions.Logging;

namespace BriefingBot.Adapters;

/// <summary>
/// Wraps the host's logger factory so every logger it makes passes messages, structured values and exceptions
/// through <see cref="SecretRedactor"/> before any provider sees them. Nothing that logs can forget to redact.
/// </summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner, SecretRedactor redactor) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redactor);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner, SecretRedactor redactor) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var message = formatter(state, exception);
            var values = state as IReadOnlyList<KeyValuePair<string, object?>>;
            var leaks = redactor.Reveals(message)
                || (values?.Any(v => v.Value is not null && redactor.Reveals(Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture))) ?? false);
            var safeException = exception is not null && redactor.Reveals(exception.ToString()) ? new RedactedException(exception, redactor) : exception;
            if (!leaks)
            {
                inner.Log(logLevel, eventId, state, safeException, formatter);
                return;
            }

            inner.Log(logLevel, eventId, new RedactedState(redactor.Redact(message), Redact(values)), safeException, static (s, _) => s.Message);
        }

        private List<KeyValuePair<string, object?>> Redact(IReadOnlyList<KeyValuePair<string, object?>>? values) =>
            values is null
                ? []
                : [.. values.Select(v => v.Value is not null && redactor.Reveals(Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture))
                    ? new KeyValuePair<string, object?>(v.Key, redactor.Redact(Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)!))
                    : v)];
    }

    /// <summary>A log entry's state with the secrets masked: the message and the structured values structured providers read.</summary>
    private sealed class RedactedState(string message, List<KeyValuePair<string, object?>> values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message { get; } = message;

        public int Count => values.Count;

        public KeyValuePair<string, object?> this[int index] => values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => Message;
    }
}
