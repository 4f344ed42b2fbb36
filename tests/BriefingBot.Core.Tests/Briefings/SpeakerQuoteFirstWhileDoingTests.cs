using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A quote, then its verb and a surname or title, then «وهو / وهي» and what the speaker was doing as they said it
/// («"…"، تقول الأهدل وهي تشير إلى البيوت المغلقة»): the clause of circumstance closes the subject, as the sentence's end
/// does, so the surname points back to the speaker met before.
/// </summary>
public class SpeakerQuoteFirstWhileDoingTests
{
    [Theory]
    [InlineData("«الحجر السلطي يتنفس، ومن يغلقه بالإسمنت يخنقه»، يقول الحياري وهو يمسح بكفه واجهة البيت.", "عودة الحياري")]
    [InlineData("«البيت عجوز يحتاج إلى دواء كل شتاء»، تقول القطيشات وهي تشير إلى السقف الخشبي.", "سلمى القطيشات")]
    public void A_surname_before_a_clause_of_circumstance_is_the_speaker_met(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakersOf(paragraph)[^1]);

    // The subject is not closed there, so the verb reads no name; the surname of a speaker met, narrated with a quotation,
    // still gives the paragraph to her (MetSpeakerNarrated), never to a name «القطيشات وهو».
    [Fact]
    public void A_pronoun_that_does_not_agree_with_the_verb_is_no_clause_of_circumstance() =>
        Assert.Equal("سلمى القطيشات", SpeakersOf("«البيت عجوز يحتاج إلى دواء كل شتاء»، تقول القطيشات وهو يشير إلى السقف الخشبي.")[^1]);

    [Fact]
    public void Before_that_the_pronoun_still_opens_an_aside_on_who_speaks() =>
        Assert.Equal("رنا الدباس", SpeakersOf("وتقول رنا الدباس، وهي باحثة في تاريخ العمارة، إن البيوت أرشيف مفتوح.")[^1]);

    /// <summary>The two speakers met before the paragraph judged, each in a paragraph of their own.</summary>
    private static readonly string[] Before =
    [
        "وقال عودة الحياري، وهو قاطع حجارة في السبعين، إن الحجر تغير لونه.",
        "وقالت سلمى القطيشات، وهي أرملة في الخامسة والخمسين، إن البيت قديم.",
    ];

    private static List<string?> SpeakersOf(string paragraph) => ParsedBriefing.SpeakersOf([.. Before, paragraph]);
}
