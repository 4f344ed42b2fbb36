using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Words that point back to a person: «على حد تعبيره» after «أما X فـ…» is X's, not the speaker of the paragraph before;
/// «بهذه العبارة يلخص الرجل …» after a quote-only paragraph is the one just quoted, not someone called by the verb's object.
/// </summary>
public class SpeakerPointedBackToInTheSameParagraphTests
{
    [Fact]
    public void As_he_put_it_points_back_to_the_person_amma_set_apart() => AssertSpeakers(
        [
            "وقال الريس منصور الخولي إن مركبه علق على الرمل مرتين في الشهر الماضي.",
            "وقال رئيس الجمعية، الحاج سالم البنا، إن الجمعية أرسلت أربع مذكرات إلى الهيئة.",
            "أما الريس منصور الخولي فيستعد لرحلته المقبلة، فالبحر، على حد تعبيره، \"يفتح بابه ساعتين في اليوم\".",
        ],
        (2, "منصور الخولي"));

    [Fact]
    public void The_man_who_sums_up_with_these_words_is_the_one_just_quoted() => AssertSpeakers(
        [
            "سالم ولد أحمد، صاحب بستان في الواحة: «الماء يبتعد عنا كل عام مترًا».",
            "بهذه العبارة يلخص الرجل حال بستانه الذي ورثه عن أبيه، إذ كان يصل إلى الماء على عمق ثمانية أمتار.",
        ],
        (1, "سالم ولد أحمد"));
}
