namespace BriefingBot.Adapters.Tests;

public class BackoffPolicyTests
{
    [Fact]
    public void The_wait_doubles_with_each_failure_in_a_row_up_to_the_maximum()
    {
        var policy = new BackoffPolicy(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1));

        var waits = Enumerable.Range(0, 5).Select(policy.Delay).ToList();

        Assert.Equal([200, 400, 800, 1000, 1000], waits.Select(w => w.TotalMilliseconds));
    }

    [Fact]
    public void A_success_starts_the_doubling_again_from_the_first_wait()
    {
        var backoff = new BackoffPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1)).Start();
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
        Assert.Equal(TimeSpan.FromSeconds(2), backoff.Next());
    }

    [Fact]
    public void A_long_run_of_failures_stays_at_the_maximum_without_overflowing()
    {
        var policy = new BackoffPolicy(TimeSpan.FromHours(1), TimeSpan.MaxValue);

        Assert.Equal(TimeSpan.MaxValue, policy.Delay(1_000));
        Assert.Equal(TimeSpan.FromMinutes(5), new BackoffPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)).Delay(int.MaxValue));
    }
}
