using System.Text.Json.Nodes;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Library;

namespace BriefingBot.Core.Tests.Communities;

/// <summary>A data directory from before communities: its briefings are kept, seen by no chat until the operator assigns them.</summary>
public sealed class LegacyBriefingsTests
{
    [Fact]
    public async Task A_briefing_stored_before_communities_is_kept_in_the_legacy_community_and_shared_only_when_the_operator_says_so()
    {
        using var library = await TestLibrary.CreateAsync();
        var added = await library.AddAsync(SampleBriefings.Make("عتيقستان", id: "old-one"));
        MakeRecordPredateCommunities(Path.Combine(library.StoreDirectory, "old-one.json"));

        using var reopened = library.Reopen();
        await reopened.Library.InitializeAsync(CancellationToken.None);

        var kept = reopened.Catalog.Find("old-one")!;
        Assert.Equal(CommunityIds.Legacy, kept.Community);
        Assert.Equal(added.ContentHash, kept.ContentHash);
        Assert.DoesNotContain(reopened.Catalog.Visible(null), b => b.Id == "old-one");
        Assert.DoesNotContain(reopened.Catalog.Visible("telegram:-100123"), b => b.Id == "old-one");
        Assert.DoesNotContain(Ask(reopened, "عتيقستان", new SearchScope(null)).Passages, p => p.Passage.BriefingId == "old-one");

        var moved = await reopened.Library.AssignAsync("old-one", null, CancellationToken.None);

        Assert.True(moved!.IsShared);
        Assert.Contains(Ask(reopened, "عتيقستان", new SearchScope("any-community")).Passages, p => p.Passage.BriefingId == "old-one");
        using var restarted = reopened.Reopen();
        await restarted.Library.InitializeAsync(CancellationToken.None);
        Assert.True(restarted.Catalog.Find("old-one")!.IsShared);
    }

    private static Answer Ask(TestLibrary library, string question, SearchScope scope) =>
        library.Answerer.Answer(new AnswerRequest(question, Top: 10) { Scope = scope });

    /// <summary>Writes the record as the first format did: no format number, no community.</summary>
    private static void MakeRecordPredateCommunities(string path)
    {
        var record = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Assert.True(record.Remove("format"));
        record.Remove("community");
        File.WriteAllText(path, record.ToJsonString());
    }
}
