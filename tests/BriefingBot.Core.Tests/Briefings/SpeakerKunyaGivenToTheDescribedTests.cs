using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «يقول الرجل الذي يناديه أهل الحي أبا فراس إن …» then «ويضيف أبو فراس أن»: the relative clause describing the one quoted
/// gives the kunya others call them by; the description is that person, and the later paragraph quoting the kunya is theirs.
/// </summary>
public class SpeakerKunyaGivenToTheDescribedTests
{
    [Fact]
    public void The_man_described_is_the_one_so_called_and_is_quoted_so_after()
    {
        var speakers = ParsedBriefing.SpeakersOf(
            "وفي الدكان المقابل يبيع رجل في السبعينيات التذكارات منذ عام 1975. يقول الرجل الذي يناديه أهل الحي أبا فراس إن الدكان لم يبع شيئًا منذ أشهر.",
            "ويضيف أبو فراس أن الأدلاء صاروا يأتونه ليسألوا عن عمل.");
        Assert.Equal("أبو فراس", speakers[0]);
        Assert.Equal("أبو فراس", speakers[1]);
    }
}
