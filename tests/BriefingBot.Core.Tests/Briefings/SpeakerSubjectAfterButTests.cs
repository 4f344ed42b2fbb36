using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «لكن غوميز لاحظ أن»، «لكن الجيولوجي سالم بوخطوة، أستاذ …، لاحظ أن»: the subject the press fronts after «لكن» speaks, as it
/// does after «غير أن»; a collective fronted there does not, and a verb joined by «و» further on is left to the other rules.
/// </summary>
public class SpeakerSubjectAfterButTests
{
    [Fact]
    public void A_titled_name_with_its_role_set_off_after_but_speaks()
    {
        const string Paragraph = "لكن الجيولوجي سالم بوخطوة، أستاذ الجيولوجيا الهندسية في جامعة عمر المختار بالبيضاء، لاحظ أن الصخور الكلسية متشققة.";
        Assert.Equal("سالم بوخطوة", SpeakerOf(Paragraph));
    }

    [Fact]
    public void A_surname_after_but_points_back_to_the_speaker_met_before() => AssertSpeakers(
        ["وقال خبير الجودة أندريس غوميز إن البن الجبلي نادر.", "لكن غوميز لاحظ أن المزارعين يجففون الثمار على الأسطح."],
        (1, "أندريس غوميز"));

    [Fact]
    public void A_collective_after_but_names_no_one()
    {
        Assert.Null(SpeakerOf("لكن خبراء في المدينة لاحظوا أن الصخور متشققة."));
    }

    [Fact]
    public void A_verb_joined_by_wa_after_another_verb_is_left_to_the_other_rules()
    {
        const string Paragraph = "لكن المهندسة البيئية لينا أبو غزالة تشكك في هذه الوعود، وتقول إن مركز البيانات يستهلك ماء كثيرًا.";
        Assert.Equal("لينا أبو غزالة", SpeakerOf(Paragraph));
    }
}
