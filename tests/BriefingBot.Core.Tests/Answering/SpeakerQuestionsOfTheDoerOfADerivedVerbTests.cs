using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «شو قال مدرب الهجن في الوقن؟» of «علي المزروعي، المضمر الذي يدرب الهجن في الوقن»: the participle of a derived verb
/// («مدرب»، «مربية»، «مرشد») names the person the briefing describes by its present («يدرب»), as «بائع» does by «يبيع».
/// </summary>
public sealed class SpeakerQuestionsOfTheDoerOfADerivedVerbTests : IDisposable
{
    private static readonly Briefing Market = Indexes.Briefing(
        "2027-01-07-camels",
        new DateOnly(2027, 1, 7),
        "ستنقل بلدية العين سوق الإبل إلى موقع جديد على طريق دبي.",
        "أما علي المزروعي، المضمر الذي يدرب الهجن في الوقن، فيأتي إلى السوق كل أسبوع بحثًا عن قعدان صغار تصلح للسباق، ويقول إن العين الخبيرة تعرف الهجين السريع من طول رقبته.",
        "ويرى المزروعي أن الأسعار التي يدفعها ملاك الهجن \"جنونية أحيانًا\"، موضحًا أن قعودًا واحدًا بيع بأكثر من مليون درهم.");

    private readonly PassageIndex _index = Indexes.Of(Market);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_doer_of_a_derived_verb_is_the_person_the_briefing_says_does_it()
    {
        var answer = Indexes.Answerer(_index, null, Market).Answer(new AnswerRequest("شو قال مدرب الهجن في الوقن؟"));

        Assert.Equal("علي المزروعي", answer.Speaker);
        Assert.Equal([Market.Passages[1].Id, Market.Passages[2].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Theory]
    [InlineData("المدربة", "يدرب")]
    [InlineData("مربي", "يربي")]
    [InlineData("مرشد", "ترشد")]
    public void The_participle_of_a_derived_verb_reads_into_its_present(string noun, string verb)
    {
        Assert.Contains(verb, DoerVerbs.Of(noun));
    }

    [Fact]
    public void A_given_name_of_that_shape_is_no_doer()
    {
        Assert.Empty(DoerVerbs.Of("محمد"));
    }
}
