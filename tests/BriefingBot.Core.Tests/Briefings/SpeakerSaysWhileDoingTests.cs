using BriefingBot.Core.Briefings;
using BriefingBot.Core.Briefings.Speakers;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A feature narrates a person and lets them speak later in the sentence while showing what they do: «، ويقول وهو يلف
/// سيجارته إن»، «، وتقول وهي تمسح السبورة إن». The circumstantial clause between the reporting verb and its «أن» is the
/// speaker's own act, so the joined verb is the narrated person's as if «أن» came right after it.
/// </summary>
public class SpeakerSaysWhileDoingTests
{
    [Theory]
    [InlineData("بعد أن يغلق دكانه كل مساء، يجلس يوسف بن عيسى على الرصيف أمام البحر، ويقول وهو يلف سيجارته إن \"البحر تبدّل، وما عاد يعطينا كيف قبل\".", "يوسف بن عيسى")]
    [InlineData("قبل أن يبدأ الدرس، ترتب سعاد بنت عمر الكراريس على الطاولة، وتقول وهي تمسح السبورة بخرقة مبللة إن التلاميذ قلّوا هذا العام.", "سعاد بنت عمر")]
    [InlineData("يقف حسن العلوي أمام فرنه منذ الفجر، ويضيف وهو يشير إلى أكياس الدقيق المكدسة، أن سعر الكيس تضاعف في عامين.", "حسن العلوي")]
    public void A_verb_said_while_doing_something_is_the_narrated_persons(string text, string speaker) =>
        Assert.Equal(speaker, Parse(text).Passages[0].Speaker);

    [Theory]
    [InlineData("ويقول وهو يلف سيجارته إن البحر تبدّل.", 1)]
    [InlineData("وتقول وهي تمسح السبورة بخرقة مبللة إن التلاميذ قلّوا.", 1)]
    [InlineData("ويضيف وهو يشير إلى أكياس الدقيق، أن السعر تضاعف.", 1)]
    public void The_complementiser_after_the_circumstantial_clause_is_found(string text, int verb) =>
        Assert.NotNull(SayingWhileDoing.Complementiser(Word.Split(text), verb - 1));

    [Theory]
    // The pronoun does not agree with the reporting verb: another person's act, not the speaker's.
    [InlineData("ويقول وهي تمسح السبورة إن التلاميذ قلّوا.")]
    // A sentence ends before any «أن»: the clause is narration, and what follows is not what was said.
    [InlineData("ويقول وهو يلف سيجارته. إن البحر تبدّل.")]
    // A quotation opens inside the clause: the words quoted are someone's, the clause is no act of the speaker's.
    [InlineData("ويقول وهو يردد \"يا بحر\" إن البحر تبدّل.")]
    // «وهو» before a noun is an aside of who the person is, read elsewhere, no act.
    [InlineData("ويقول وهو صياد منذ ثلاثين عامًا إن البحر تبدّل.")]
    public void No_complementiser_is_found_where_no_circumstantial_clause_opens(string text) =>
        Assert.Null(SayingWhileDoing.Complementiser(Word.Split(text), 0));

    private static Briefing Parse(params string[] paragraphs) =>
        new BriefingParser().Parse($"---\nid: 2027-01-11-says-while-doing\ntitle: يقول وهو يعمل\ndate: 2027-01-11\n---\n\n{string.Join("\n\n", paragraphs)}\n");
}
