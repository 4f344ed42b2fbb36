namespace BriefingBot.Adapters.Tests;

public sealed class ReplyPartsTests
{
    [Fact]
    public async Task Each_part_edits_the_earlier_message_in_its_place_and_a_gone_one_is_posted_instead()
    {
        var calls = new List<string>();
        var sent = await ReplyParts.ReplaceAsync(
            [1, 2],
            ["a", "b", "c"],
            (id, part, _) => { calls.Add($"edit {id} {part}"); return Task.FromResult(id != 2); },
            (part, _) => { calls.Add($"post {part}"); return Task.FromResult(part == "b" ? 20 : 30); },
            (id, _) => { calls.Add($"delete {id}"); return Task.CompletedTask; },
            CancellationToken.None);

        Assert.Equal([1, 20, 30], sent);
        Assert.Equal(["edit 1 a", "edit 2 b", "post b", "post c"], calls);
    }

    [Fact]
    public async Task Earlier_messages_the_shorter_answer_no_longer_needs_are_deleted_after_the_edits()
    {
        var calls = new List<string>();
        var sent = await ReplyParts.ReplaceAsync(
            ["m1", "m2", "m3"],
            ["only"],
            (id, part, _) => { calls.Add($"edit {id}"); return Task.FromResult(true); },
            (part, _) => Task.FromResult("new"),
            (id, _) => { calls.Add($"delete {id}"); return Task.CompletedTask; },
            CancellationToken.None);

        Assert.Equal(["m1"], sent);
        Assert.Equal(["edit m1", "delete m2", "delete m3"], calls);
    }
}
