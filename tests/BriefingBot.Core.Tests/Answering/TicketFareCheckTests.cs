using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A ticket's price is the fare of what it rides: news prices a ride of the metro («سعر الرحلة الواحدة … المترو») more
/// often than it says «تذكرة», and a fare of the metro is still no price of a train ticket.
/// </summary>
public sealed class TicketFareCheckTests() : BriefingsAnswerSpec(Metro)
{
    private static readonly Briefing Metro = Indexes.TitledBriefing(
        "2026-12-07-metro",
        "عام على مترو الرياض: قطارات حديثة وركاب أقل",
        "حددت الهيئة سعر الرحلة الواحدة بأربعة ريالات صالحة لمدة ساعتين تشمل الانتقال بين المترو والحافلات.",
        "ويشتكي سائقو سيارات الأجرة في الرياض من تراجع عدد الركاب منذ افتتاح القطار السريع إلى المطار.",
        "ويمكن شراء التذكرة من تطبيق الهيئة أو من آلات البيع في المحطات.");

    [Fact]
    public void A_metro_ticket_is_priced_by_the_fare_of_a_ride_on_the_metro()
    {
        var ticket = Ask("كم سعر تذكرة المترو؟");
        var inRiyadh = Ask("قديش سعر تذكرة المترو بالرياض");

        Assert.True(ticket.Answered, ticket.Declined?.ToString());
        Assert.True(inRiyadh.Answered, inRiyadh.Declined?.ToString());
    }

    [Fact]
    public void The_metro_fare_is_no_price_of_a_train_ticket()
    {
        var train = Ask("كم سعر تذكرة القطار السريع؟");

        Assert.False(train.Answered);
    }
}
