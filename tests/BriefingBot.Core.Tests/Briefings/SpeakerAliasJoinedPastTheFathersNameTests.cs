using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «يجلس مطر بن زعل الظاهري، المعروف بين الصيادين بأبي خليفة، …» then «ويضيف أبو خليفة أن»: the alias narration gives is
/// joined to the whole name before it, read back past the father's name after «بن / بنت» whatever the lexicon lists of
/// it; the later paragraph is the named person's, not a new speaker's under the alias.
/// </summary>
public class SpeakerAliasJoinedPastTheFathersNameTests
{
    [Fact]
    public void An_alias_given_after_a_name_with_its_fathers_name_is_that_person()
    {
        ParsedBriefing.AssertSpeakers(
        [
            "على رصيف الميناء، يجلس مطر بن زعل الظاهري، المعروف بين الصيادين بأبي خليفة، قرب قاربه، ويقول إنه يصطاد منذ أربعين عامًا.",
            "ويضيف أبو خليفة أن أسعار الوقود صارت تأكل نصف ما يبيعه من سمك.",
        ],
            (1, "مطر بن زعل الظاهري"));
    }

    [Fact]
    public void A_nickname_others_give_after_a_name_with_its_fathers_name_is_that_person()
    {
        ParsedBriefing.AssertSpeakers(
        [
            "في صباح بارد، يقف غنام بن دغيم العنزي، الذي يناديه أهل الحي «أبو ماجد»، أمام بيت جده الطيني.",
            "ويروي أبو ماجد أن البيت بقي مهجورًا ثلاثين عامًا قبل أن يرممه مع إخوته.",
        ],
            (1, "غنام بن دغيم العنزي"));
    }
}
