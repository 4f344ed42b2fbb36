using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «a nickname others give» (`NicknameGiven`): «ويسميه زملاؤه "الطبيب"» gives the person just heard a nickname, by
/// which a later paragraph quotes them («ويقول "الطبيب" إن»), even under a new heading; a paragraph that goes on «…،
/// ويحكي أن» after giving it is the person's. A quoted word no one was called stays no one.
/// </summary>
public class SpeakerNicknameGivenByOthersTests
{
    [Fact]
    public void A_nickname_in_quotation_marks_quotes_the_person_given_it() => AssertSpeakers(
        [
            "وقال البنّاء محفوظ ولد أحمد إن عشرات البيوت انهارت أسقفها بعد أمطار الخريف.",
            "## الورشة",
            "ويسميه زملاؤه في ورشة الترميم \"الطبيب\"، لأنه يتفقد الجدران كل صباح.",
            "ويقول \"الطبيب\" إن ترميم بيت واحد يحتاج إلى شهرين.",
        ],
        (1, null),
        (2, "محفوظ ولد أحمد"));

    [Fact]
    public void A_paragraph_that_gives_the_nickname_and_goes_on_saying_is_the_persons() => AssertSpeakers(
        [
            "«لعبت دور جندي وراهب وتاجر في قافلة»، يقول الحاج لحسن آيت بها ضاحكًا.",
            "ويسميه زملاؤه «با لحسن»، ويحكي أن الأجر في بداياته كان خمسين درهمًا ووجبة.",
            "«الشتاء الماضي لم أشتغل إلا أحد عشر يومًا».",
        ],
        (1, "لحسن آيت بها"),
        (2, "لحسن آيت بها"));

    [Fact]
    public void A_quoted_word_no_one_was_called_quotes_no_one() => AssertSpeakers(
        [
            "وقال البنّاء محفوظ ولد أحمد إن عشرات البيوت انهارت أسقفها بعد أمطار الخريف.",
            "## الورشة",
            "ويقول \"الطبيب\" إن ترميم بيت واحد يحتاج إلى شهرين.",
        ],
        (1, null));
}
