namespace BriefingBot.Adapters.Tests;

public class RecentIdsTests
{
    [Fact]
    public void An_id_is_taken_once_and_a_repeat_is_refused_while_it_is_remembered()
    {
        var recent = new RecentIds<int>(capacity: 3);

        Assert.True(recent.TryAdd(7));
        Assert.False(recent.TryAdd(7));
        Assert.True(recent.TryAdd(8));
    }

    [Fact]
    public void The_oldest_id_is_forgotten_first_once_the_capacity_is_reached()
    {
        var recent = new RecentIds<string>(capacity: 2);
        recent.TryAdd("a");
        recent.TryAdd("b");

        recent.TryAdd("c");

        Assert.True(recent.TryAdd("a"));
        Assert.False(recent.TryAdd("c"));
    }

    [Fact]
    public void Ids_taken_from_many_threads_at_once_are_each_taken_exactly_once()
    {
        var recent = new RecentIds<int>(capacity: 10_000);
        var taken = 0;

        Parallel.For(0, 8, _ =>
        {
            for (var id = 0; id < 1_000; id++)
            {
                if (recent.TryAdd(id))
                {
                    Interlocked.Increment(ref taken);
                }
            }
        });

        Assert.Equal(1_000, taken);
    }

    [Fact]
    public void A_capacity_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecentIds<int>(0));
}
