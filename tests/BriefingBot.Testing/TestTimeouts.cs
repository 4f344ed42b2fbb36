namespace BriefingBot.Testing;

public static class TestTimeouts
{
    /// <summary>Generous on purpose: the build machine is a shared 2-core box. Passing tests never wait this long.</summary>
    public static TimeSpan Default { get; } = TimeSpan.FromSeconds(30);
}
