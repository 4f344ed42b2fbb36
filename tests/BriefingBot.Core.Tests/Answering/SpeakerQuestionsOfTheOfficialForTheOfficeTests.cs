using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «شو قال المسؤول عن القرية التراثية؟» asks of «مدير القرية التراثية»: people call whoever holds an office «المسؤول»,
/// where the briefing gives the office's own title. Only beside another word of the role: «المسؤول» alone is anyone's.
/// </summary>
public sealed class SpeakerQuestionsOfTheOfficialForTheOfficeTests : IDisposable
{
    private static readonly Briefing Failaka = Indexes.Briefing(
        "2027-01-08-failaka",
        new DateOnly(2027, 1, 8),
        "افتتحت القرية التراثية في جزيرة فيلكا أبوابها بعد أربع سنوات من الترميم.",
        "ويقول مدير القرية التراثية، المهندس فيصل العنزي، إن البيوت المرممة ستؤجر للعائلات الأصلية أولًا.",
        "ولا يخفي العنزي أن الكهرباء ما زالت تعتمد على المولدات.");

    private static readonly Briefing Madaba = Indexes.Briefing(
        "2027-01-05-madaba",
        new DateOnly(2027, 1, 5),
        "تستعد مادبا لموسم سياحي جديد مع افتتاح ورش الفسيفساء للزوار.",
        "ويقول رئيس قسم السياحة في بلدية مادبا، عبد الحكيم الصوالحة، إن البلدية ستطبع خريطة للورش.");

    private readonly PassageIndex _index = Indexes.Of(Failaka, Madaba);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Failaka, Madaba).Answer(new AnswerRequest(question));

    [Theory]
    [InlineData("شو قال المسؤول عن القرية التراثية؟")]
    [InlineData("ماذا قال المسؤول عن القرية التراثية عن الكهرباء؟")]
    [InlineData("وش قال مسؤول القرية التراثية في فيلكا؟")]
    public void The_official_asked_for_is_the_holder_of_the_office(string question)
    {
        var answer = Ask(question);

        Assert.Equal("فيصل العنزي", answer.Speaker);
        Assert.Equal([Failaka.Passages[1].Id, Failaka.Passages[2].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Fact]
    public void The_official_of_a_field_at_a_body_is_the_head_of_its_section()
    {
        Assert.Equal("عبد الحكيم الصوالحة", Ask("مسؤول السياحة بالبلدية شو رايه").Speaker);
    }

    [Fact]
    public void The_official_alone_names_no_office()
    {
        Assert.Empty(Ask("ماذا قال المسؤول؟").Speakers);
    }
}
