using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A person narrated by a given name the lexicon does not list («تواصل تسعديت أوقاسي العمل …»), then a later sentence
/// whose reporting verb's subject is a description of a person («وتقول الأرملة إن»): the description vouches that the words
/// after the narrated verb are someone, who speaks — also after a place shaped as a verb before the verb («وفي تاوريرت ميمون
/// حوّلت كهينة مزيان …»: the place is no part of the name). What looks the same but is not: a body as the later subject. Each case is one section: paragraphs separated by a
/// newline, the speakers of each by «|», «-» for none.
/// </summary>
public class SpeakerDescriptionVouchingForAnUnlistedNameTests
{
    [Theory]
    [InlineData("وفي آث لحسن، تواصل تسعديت أوقاسي العمل في ورشة زوجها منذ وفاته قبل ست سنوات. وتقول الأرملة إن حرفيي القرية \"ما كانوش يشريو مني\".", "تسعديت أوقاسي")]
    [InlineData("يعمل كوفي مينساه في الميناء منذ عشرين عامًا. ويحكي الرجل أنه وصل إلى المدينة \"بلا شي\".", "كوفي مينساه")]
    [InlineData("وفي تاوريرت ميمون حوّلت كهينة مزيان بيت جدها إلى ورشة ومعرض. وتقول المصممة إن الشابات \"يحبو قطعة صغيرة\".", "كهينة مزيان")]
    public void A_description_speaking_after_narration_is_the_person_of_an_unlisted_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وفي آث لحسن، تواصل تسعديت أوقاسي العمل في ورشة زوجها منذ وفاته. وتقول الجمعية إن الورشات \"تغلق واحدة واحدة\".")]
    public void No_unlisted_name_is_read_where_nothing_vouches_for_it(string paragraph) =>
        AttributionCases.AssertQuoted(paragraph, "-");
}
