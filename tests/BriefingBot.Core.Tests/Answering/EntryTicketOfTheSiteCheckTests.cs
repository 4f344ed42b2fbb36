using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// An entry ticket asked («كم سعر تذكرة دخول …؟») is priced by a passage that names the site it enters: the entry price of
/// another site is no answer, though its words are all the question's but the site.
/// </summary>
public sealed class EntryTicketOfTheSiteCheckTests() : BriefingsAnswerSpec(Sites)
{
    private static readonly Briefing Sites = Indexes.TitledBriefing(
        "2026-12-10-sites",
        "السياحة في الصعيد: أسعار جديدة للمواقع",
        "ورفعت الوزارة مطلع العام سعر تذكرة الأجانب لدخول وادي الملوك إلى سبعمئة وخمسين جنيهًا، وتباع تذكرة منفصلة لمعبد الكرنك بأربعمئة جنيه.",
        "ويستقبل متحف النوبة في أسوان الزوار كل يوم من التاسعة صباحًا حتى الخامسة مساءً، ويعرض تماثيل ومخطوطات من القرى التي غمرتها البحيرة.");

    [Fact]
    public void The_entry_price_of_another_site_is_no_answer()
    {
        var museum = Ask("كم سعر تذكرة دخول متحف النوبة؟");

        Assert.Equal(DeclineReason.PriceNotOfThing, museum.Declined);
    }

    [Fact]
    public void The_entry_price_of_the_site_named_answers()
    {
        var valley = Ask("كم سعر تذكرة دخول وادي الملوك؟");

        Assert.True(valley.Answered, valley.Declined?.ToString());
    }
}
