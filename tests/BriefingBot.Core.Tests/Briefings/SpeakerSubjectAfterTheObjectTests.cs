using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A feature may put the narrated verb's object and a time or place before its subject («وتدير الجمعية منذ تأسيسها
/// الخياطة زينب بنت صالح، …»، «ويرافق الزوار إلى الكهف الدليل سمير الهواري، …»): the subject is the first name a few
/// words after the verb that a given name, the father's joiner or a title shows and a comma closes, and a quotation
/// after the narration is theirs.
/// </summary>
public class SpeakerSubjectAfterTheObjectTests
{
    [Theory]
    [InlineData("وتدير الجمعية منذ تأسيسها الخياطة زينب بنت صالح، ابنة أحد مؤسسيها، وتقضي أيامها بين الورشات. \"الخياطة تعلمنا الصبر قبل كل شيء، والإبرة ما ترحمش\".", "زينب بنت صالح")]
    [InlineData("ويرافق الزوار إلى الكهف كل صباح الدليل سمير الهواري، وهو طالب جغرافيا في الجامعة، ويحمل بيده مصباحًا كبيرًا. \"الكهف هذا سكنوه الناس قبل آلاف السنين، وكل حجرة فيه تحكي\".", "سمير الهواري")]
    public void The_subject_after_the_object_speaks_the_quotation(string text, string speaker) =>
        Assert.Equal(speaker, Parse(text).Passages[0].Speaker);

    [Fact]
    public void A_name_inside_a_kunya_is_not_the_subject()
    {
        // «أبو إلياس» is what the neighbours call someone, not a subject named «إلياس».
        var briefing = Parse("ويعرفه أهل الحي باسم أبو إلياس، وهو يعمل في النجارة منذ ثلاثين عامًا. \"الخشب ما يكذبش، تعرف من ريحته إذا كان زين\".");
        Assert.NotEqual("إلياس", briefing.Passages[0].Speaker);
    }

    [Fact]
    public void An_unclosed_name_after_the_object_is_not_read_as_the_subject()
    {
        // With no comma closing it, a name after the verb may be the object's own: nobody is read from it.
        var briefing = Parse("ويعلّم الحرفة كل مساء ابنه محمد الصغير في الورشة الخلفية. \"الصنعة لازم تتعلم من الصغر، وإلا تضيع\".");
        Assert.NotEqual("محمد الصغير", briefing.Passages[0].Speaker);
    }

    private static Briefing Parse(params string[] paragraphs) =>
        new BriefingParser().Parse($"---\nid: 2027-01-11-subject-after-the-object\ntitle: الفاعل بعد المفعول\ndate: 2027-01-11\n---\n\n{string.Join("\n\n", paragraphs)}\n");
}
