using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A name written with the joiner of the father's name («بن / بنت / ولد») runs to the father's name whatever the lexicon
/// knows of its words («امبارك ولد الشيخ»، «محمد بن عبد الله»), and on to a family name with the article only when that is
/// a nisba («الكندية»): a plain noun with the article there is the narrated verb's object («أشعلت خديجة بنت سالم الموقد»).
/// </summary>
public class SpeakerFathersNameTests
{
    [Theory]
    [InlineData("أشعلت خديجة بنت سالم الموقد قبل أن يستيقظ الأولاد، ثم جلست تعجن الخبز، وتقول إن الحطب صار غاليًا.", "خديجة بنت سالم")]
    [InlineData("يفرغ امبارك ولد الحسين أكياس التمر أمام الدكان، ويقول إن السعر نزل هذا الموسم.", "امبارك ولد الحسين")]
    [InlineData("يصلح محمد بن عبد الله الشباك الممزقة كل صباح، ويقول إن السمك قلّ في الخليج.", "محمد بن عبد الله")]
    [InlineData("تجلس شيخة بنت سالم الكندية أمام بيتها في الحارة القديمة، وتقول إن الجيران رحلوا.", "شيخة بنت سالم الكندية")]
    public void The_name_runs_through_the_fathers_name_and_stops_before_the_verbs_object(string text, string speaker) =>
        Assert.Equal(speaker, Parse(text).Passages[0].Speaker);

    [Fact]
    public void A_surname_opened_by_a_particle_is_read_whole()
    {
        var briefing = Parse("يفك الصياد سالم أبو شنب شباكه على الرصيف، ويقول إن السمك قلّ كثيرًا.");
        Assert.Equal("سالم أبو شنب", briefing.Passages[0].Speaker);
    }

    [Fact]
    public void A_title_before_a_preposition_in_the_aside_names_no_one_else()
    {
        // «رجل في الستين» says what the person is: the joined verb is still the narrated person's.
        var briefing = Parse("قبل أن يفتح السوق، يكون الحاج عمر بن صالح قد رتب صناديقه، وهو رجل في الستين ورث الدكان عن أبيه، ويقول إن الزبائن قلّوا.");
        Assert.Equal("عمر بن صالح", briefing.Passages[0].Speaker);
    }

    private static Briefing Parse(params string[] paragraphs) =>
        new BriefingParser().Parse($"---\nid: 2027-01-11-fathers-name\ntitle: اسم الأب\ndate: 2027-01-11\n---\n\n{string.Join("\n\n", paragraphs)}\n");
}
