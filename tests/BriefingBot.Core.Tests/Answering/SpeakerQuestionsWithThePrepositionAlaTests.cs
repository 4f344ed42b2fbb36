using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Rule ««على» is no «علي»»: the preposition as typed («قال على العطش»، «المشرف على ترميم»، «رسموا على بيته») is no
/// surname «علي» («فاطمة أيت علي»); after a name particle or a given name («أيت على»، «بن على»، «محمد على») chat spells the
/// name so, and it still names its speaker.
/// </summary>
public sealed class SpeakerQuestionsWithThePrepositionAlaTests
{
    private static readonly SpeakerDirectory Directory = new(["فاطمة أيت علي", "مصطفى آيت علي", "إبراهيم أمزيان", "محمد الطاهر بن علي"]);

    [Theory]
    [InlineData("امزيان الشيباني اش قال على العطش؟", "إبراهيم أمزيان")]
    [InlineData("شنو قال امزيان على اللوز المر؟", "إبراهيم أمزيان")]
    public void The_person_asked_of_is_named_however_the_preposition_follows(string question, string speaker)
    {
        Assert.Equal([speaker], SpeakerQuestion.MatchAll(question, Directory));
    }

    [Theory]
    [InlineData("الشيخ اللي فوق التمانين اش قال على اللوز؟")]
    [InlineData("شكون اللي قال الصباغة غريبة على المكان؟")]
    [InlineData("ماذا قال المهندس المعماري المشرف على ترميم القصر؟")]
    [InlineData("المتقاعد اللي رسموا على بيته شو قال")]
    public void The_preposition_names_nobody_called_ali(string question)
    {
        Assert.Empty(SpeakerQuestion.MatchAll(question, Directory));
    }

    [Theory]
    [InlineData("فاطمه ايت على شو قالت", "فاطمة أيت علي")]
    [InlineData("ماذا قال مصطفى آيت على؟", "مصطفى آيت علي")]
    [InlineData("شو قال الطاهر بن على", "محمد الطاهر بن علي")]
    public void After_a_name_particle_or_a_given_name_it_is_the_name(string question, string speaker)
    {
        Assert.Equal([speaker], SpeakerQuestion.MatchAll(question, Directory));
    }
}
