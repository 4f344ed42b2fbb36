using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A portrait lets the person it narrates speak in a later sentence by a bare reporting verb that brings the words in by a
/// colon and a quotation, right away or after what they do as they speak («… . ويقول وهو يقفل الباب: "…"»): the verb has
/// no subject of its own, as with «أن», so the words are the narrated person's.
/// </summary>
public class SpeakerSaysWithAColonAfterWhatTheyDoTests
{
    [Theory]
    [InlineData("ومع المغيب، يطفئ أبو سمير مصباح الطاولة ثم يصعد إلى بيته. ويقول وهو يقفل الباب: \"غدًا يوم آخر، والساعات لا تنتظر\".", "أبو سمير")]
    [InlineData("ومع المغيب، يطفئ أبو سمير مصباح الطاولة ثم يصعد إلى بيته. ويقول: \"غدًا يوم آخر، والساعات لا تنتظر\".", "أبو سمير")]
    public void A_later_bare_verb_with_a_colon_and_a_quotation_is_the_narrated_persons(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void A_verb_that_names_its_own_subject_before_the_colon_is_not_the_narrated_persons() =>
        Assert.NotEqual("أبو سمير", SpeakerOf("ومع المغيب، يطفئ أبو سمير مصباح الطاولة ثم يصعد إلى بيته. ويقول جاره سليم: \"غدًا يوم آخر\"."));
}
