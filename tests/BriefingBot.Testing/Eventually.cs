namespace BriefingBot.Testing;

/// <summary>
/// The one way tests wait for something to happen: try, and if it has not happened yet, wait for the next change
/// (a fake's change signal when it has one, else a short pause) and try again, up to a generous timeout. Never a
/// fixed sleep, never an assertion on how long it took.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Waits until the condition holds.</summary>
    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        ValueAsync(() => condition() ? Task.FromResult<object?>(true) : Task.FromResult<object?>(null), what, null, timeout);

    /// <summary>
    /// Waits until <paramref name="attempt"/> returns something; <paramref name="nextChange"/>, when given, is the task
    /// that completes at the next change (taken before each attempt, so no change between the two is missed).
    /// </summary>
    public static Task<T> ValueAsync<T>(Func<T?> attempt, string what, Func<Task>? nextChange = null, TimeSpan? timeout = null)
        where T : class =>
        ValueAsync(() => Task.FromResult(attempt()), what, nextChange, timeout);

    /// <summary>As <see cref="ValueAsync{T}(Func{T}, string, Func{Task}?, TimeSpan?)"/> with an attempt that is itself asynchronous (an HTTP probe).</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> attempt, string what, Func<Task>? nextChange = null, TimeSpan? timeout = null)
        where T : class
    {
        using var deadline = new CancellationTokenSource(timeout ?? TestTimeouts.Default);
        while (true)
        {
            var next = nextChange?.Invoke() ?? Task.Delay(PollInterval, CancellationToken.None);
            if (await attempt() is { } result)
            {
                return result;
            }

            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }
        }
    }
}
