using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The same surname, or the same full name, quoted in briefings of different communities: a question asked in one
/// community is about the people its own briefings (and the shared ones) quote, and gets all of their passages there,
/// never a namesake's from another community's briefing.
/// </summary>
public sealed class SpeakersAcrossCommunitiesTests : IDisposable
{
    private readonly Briefing[] _briefings;
    private readonly PassageIndex _index;
    private readonly QuestionAnswerer _answerer;

    public SpeakersAcrossCommunitiesTests()
    {
        var shared = Indexes.Briefing("shared-water", new DateOnly(2026, 11, 20),
            "قال الخبير المائي سامر الحداد إن منسوب السدود هو الأدنى منذ عقد.",
            "ويضيف الحداد أن الموسم المطري تأخر شهرين.");
        var gaza = InCommunity("a", Indexes.Briefing("a-gaza", new DateOnly(2026, 11, 24),
            "قال المحلل السياسي فادي الحسيني إن التهدئة هشة.",
            "ويضيف الحسيني أن الوسطاء لا يملكون ضمانات.",
            "وتراجعت حركة المعابر إلى أدنى مستوى لها منذ شهور."));
        var aid = InCommunity("b", Indexes.Briefing("b-aid", new DateOnly(2026, 11, 26),
            "قالت الباحثة رنا الحسيني إن المساعدات لا تغطي ربع الحاجات.",
            "وتضيف الحسيني أن الشتاء سيضاعف الأزمة."));
        var economy = InCommunity("b", Indexes.Briefing("b-economy", new DateOnly(2026, 11, 27),
            "قال الخبير الاقتصادي فادي الحسيني إن التضخم بلغ ذروته."));
        _briefings = [shared, gaza, aid, economy];
        _index = Indexes.Of(_briefings);
        _answerer = Indexes.Answerer(_index, briefings: _briefings);
    }

    public void Dispose() => _index.Dispose();

    private static Briefing InCommunity(string community, Briefing briefing) => briefing with { Community = community };

    private Answer Ask(string question, string community) =>
        _answerer.Answer(new AnswerRequest(question) { Scope = new SearchScope(community) });

    [Fact]
    public void A_surname_asked_in_a_community_finds_the_person_its_briefings_quote_with_all_their_passages()
    {
        var answer = Ask("ماذا قال الحسيني؟", "a");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("فادي الحسيني", answer.Speaker);
        Assert.Equal(["a-gaza#1", "a-gaza#2"], answer.Passages.Select(p => $"{p.Passage.BriefingId}#{p.Passage.Ordinal}"));
    }

    [Fact]
    public void A_woman_of_the_same_surname_in_another_community_is_found_there_and_not_here()
    {
        var answer = Ask("ماذا قالت رنا الحسيني؟", "b");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("رنا الحسيني", answer.Speaker);
        Assert.True(answer.SpeakerIsFeminine);
        Assert.Equal(["b-aid#1", "b-aid#2"], answer.Passages.Select(p => $"{p.Passage.BriefingId}#{p.Passage.Ordinal}"));
        Assert.DoesNotContain(Ask("ماذا قالت رنا الحسيني؟", "a").Passages, p => p.Passage.BriefingId == "b-aid");
    }

    [Fact]
    public void A_namesake_in_another_community_adds_no_passage_of_theirs()
    {
        var inA = Ask("ماذا قال فادي الحسيني؟", "a");
        var inB = Ask("ماذا قال فادي الحسيني؟", "b");

        Assert.All(inA.Passages, p => Assert.Equal("a-gaza", p.Passage.BriefingId));
        Assert.Equal(2, inA.Passages.Count);
        Assert.Equal(["b-economy#1"], inB.Passages.Select(p => $"{p.Passage.BriefingId}#{p.Passage.Ordinal}"));
    }

    [Fact]
    public void A_speaker_of_a_shared_briefing_is_found_from_every_community()
    {
        Assert.All(new[] { "a", "b" }, community =>
        {
            var answer = Ask("ماذا قال الحداد؟", community);
            Assert.Equal("سامر الحداد", answer.Speaker);
            Assert.Equal(2, answer.Passages.Count);
        });
    }
}
