namespace BriefingBot.Adapters;

/// <summary>
/// Stands in for an exception whose text carries a secret, on its way to a log: the same type name, message,
/// inner exceptions and stack in <see cref="ToString"/>, with the secrets masked.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string _text;
    private readonly string? _stackTrace;

    public RedactedException(Exception original, SecretRedactor redactor)
        : base(redactor?.Redact(original?.Message ?? string.Empty))
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(redactor);
        _text = redactor.Describe(original);
        _stackTrace = original.StackTrace is { } stack ? redactor.Redact(stack) : null;
        OriginalType = original.GetType().FullName ?? original.GetType().Name;
        HResult = original.HResult;
    }

    /// <summary>The type of the exception this one stands in for.</summary>
    public string OriginalType { get; }

    public override string? StackTrace => _stackTrace;

    public override string ToString() => _text;
}
