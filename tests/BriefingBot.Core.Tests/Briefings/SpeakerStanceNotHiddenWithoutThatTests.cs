using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ولا تُخفي الطاهر قلقها من ارتفاع منسوب البحر، فالموج …»: a stance not hidden with no «أن» after it is the speaker's
/// still; the stance closes the subject, and a relative clause about the speaker before it is stepped over.
/// </summary>
public class SpeakerStanceNotHiddenWithoutThatTests
{
    [Fact]
    public void A_stance_with_no_that_after_it_closes_the_subject() =>
        AttributionCases.AssertQuoted("ولا تُخفي عوضية الطاهر قلقها من ارتفاع منسوب البحر، فالموج في عواصف الشتاء صار يبلغ الأساسات.", "عوضية الطاهر");

    [Fact]
    public void A_relative_clause_between_the_name_and_the_stance_is_stepped_over() =>
        AttributionCases.AssertQuoted(
            "ولا تخفي المرممة الإيطالية كيارا روسّي، التي تدرّس في المعهد منذ ست سنوات بموجب اتفاق مع جامعة في روما، إعجابها بمستوى الطلاب، فهو \"لا يقل عن أي معهد أوروبي\".",
            "كيارا روسي");

    [Fact]
    public void What_is_hidden_from_no_one_has_no_speaker() =>
        AttributionCases.AssertQuoted("ولا يخفى على أحد قلقه من ارتفاع الأسعار في السوق.", "-");

    [Fact]
    public void Observers_not_hiding_their_worry_are_no_one_named() =>
        AttributionCases.AssertQuoted("ولا يخفي مراقبون قلقهم من ارتفاع الأسعار في السوق.", "-");
}
