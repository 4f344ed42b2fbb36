namespace BriefingBot.Discord.Client.Tests.Fakes;

public static class Eventually
{
    /// <summary>Polls a condition until it holds or the (generous) timeout passes; a bounded loop, never a fixed sleep.</summary>
    public static async Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TestTimeouts.Default);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(10);
        }
    }
}
