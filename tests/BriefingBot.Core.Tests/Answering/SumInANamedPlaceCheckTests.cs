using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A sum asked in a place named by its kind and its name («كم سعر الليلة في نزل سلمى القطيشات؟»، «بكم كيلو الموز في سوق
/// الحمراء؟») is answered only by a passage that gives a sum and names the place: another inn's price is no price of this
/// one, though the passage that names this one counts its rooms. A place named by its owner's title («محل الحاج محمود») is
/// named otherwise where its sum is given, and any number beside the title is enough, as for a count.
/// </summary>
public sealed class SumInANamedPlaceCheckTests() : BriefingsAnswerSpec(Guesthouses)
{
    private static readonly Briefing Guesthouses = Indexes.TitledBriefing(
        "2027-01-21-guesthouses",
        "نزل الحارات القديمة",
        "وتحولت سبعة بيوت قديمة في الحارة إلى نزل للضيوف، وتتراوح كلفة الليلة فيها بين خمسة وعشرين وأربعين ريالًا شاملة العشاء.",
        "وحولت سلمى القطيشات بيت زوجها قبل ثلاث سنوات إلى نزل من أربع غرف، وتقول إنه محجوز كل عطلة نهاية أسبوع.",
        "وفي نزل الياسمين على طرف الوادي، تؤجر مريم الحسني الغرفة بثلاثين ريالًا لليلة مع الإفطار.",
        "ويبيع أبو حمادة، كما يناديه جيرانه، الإبريق النحاسي الكبير بخمسة عشر ريالًا في محله قرب البوابة.",
        "ويغلق الحاج محمود محله عند العصر بعد ثماني ساعات من العمل.",
        "وتتذكر الجدة أن الرمان كان يقايض بالتمر في سوق الحمراء قبل أربعين عامًا.",
        "ويباع كيلو الموز في سوق الغبرة بنصف ريال، بعد أن كان بربع ريال.");

    [Fact]
    public void An_inn_is_a_kind_of_place_its_name_follows() =>
        Assert.Equal([ArabicText.Fold("سلمى")], QuestionShape.Of("كم سعر الليلة في نزل سلمى القطيشات؟").Locus);

    [Fact]
    public void Another_inns_price_is_no_price_of_the_inn_asked()
    {
        var answer = Ask("كم سعر الليلة في نزل سلمى القطيشات؟");

        Assert.False(answer.Answered, answer.Outcome.ToString());
    }

    [Fact]
    public void The_price_given_where_the_inn_is_named_answers()
    {
        var answer = Ask("كم سعر الليلة في نزل الياسمين؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_price_asked_by_a_unit_is_a_sum_given_where_the_market_is_named()
    {
        Assert.False(Ask("بكم كيلو الموز في سوق الحمراء؟").Answered);
        Assert.True(Ask("بكم كيلو الموز في سوق الغبرة؟").Answered);
    }

    [Fact]
    public void A_place_named_by_its_owners_title_is_answered_where_a_number_stands_by_it()
    {
        var answer = Ask("بكم يباع الإبريق النحاسي في محل الحاج محمود؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }
}
