using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «أما سامي الطاهر، الذي يملك محل تحف …، فمشكلته مع لوحات …، "وهي مطبوعة …"»: after «أما» a named person, then «فـ» and a
/// noun the person owns by its pronoun, quoted later in the sentence: the quotation is theirs. A thing so described is no
/// one's statement.
/// </summary>
public class SpeakerTopicWithAmmaOwnedNounTests
{
    [Fact]
    public void A_named_persons_own_noun_with_a_quote_is_their_statement() =>
        AttributionCases.AssertQuoted(
            "أما سامي الطاهر، الذي يملك محل تحف في شارع الملك طلال، فمشكلته مع لوحات مستوردة تُباع على أنها مصنوعة يدويًا في مادبا، \"وهي مطبوعة ومقطعة بالآلة في الخارج\".",
            "سامي الطاهر");

    [Fact]
    public void A_things_quoted_description_is_no_ones() =>
        AttributionCases.AssertQuoted("أما المدينة القديمة فمشكلتها \"أنها بلا سكان\".", "-");
}
