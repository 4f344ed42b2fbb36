using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «يقف الحاج كاظم …، الذي يناديه الجيران أبا حيدر، …، ويقول إنه»، «…، الذي يعرفه الزبائن باسم أبي زهراء، …»: a kunya
/// others give the person, unquoted and in the case the verb puts it in, is part of the aside after the name, not someone
/// else; a later «ويقول أبو حيدر» (the nominative) is that person. A name of «عبد» and a word that spells a title on its
/// own («عبد الأمير») is one name; a nickname quoted in the aside does not end it either.
/// </summary>
public class SpeakerKunyaGivenUnquotedTests
{
    [Fact]
    public void A_kunya_in_the_accusative_in_the_aside_is_the_narrated_mans_and_a_later_mention_in_the_nominative_is_him()
    {
        ParsedBriefing.AssertSpeakers(
        [
            "في سوق الخضار القديم، يقف الحاج مهدي صالح العبيدي، الذي يناديه الباعة أبا كريم، أمام دكان ورثه عن أبيه، ويقول إنه يفتح كل يوم قبل الفجر.",
            "ويشتري أبو كريم البضاعة من مزارع قريبة، ويقول إن أسعار النقل تضاعفت هذا العام.",
        ],
            (0, "مهدي صالح العبيدي"),
            (1, "مهدي صالح العبيدي"));
    }

    [Fact]
    public void A_kunya_after_bism_in_the_genitive_joins_the_later_mention_to_the_man_narrated()
    {
        ParsedBriefing.AssertSpeakers(
        [
            "ويعمل في المخبز منذ سنوات الخباز ناصر علي الجبوري، الذي يعرفه الزبائن باسم أبي سجاد، ويقول إنه يبدأ عمله في الرابعة فجرًا.",
            "\"العجين لا ينتظر أحدًا\"، يقول أبو سجاد، مضيفًا أن الطلب يتضاعف في الأعياد.",
        ],
            (0, "ناصر علي الجبوري"),
            (1, "ناصر علي الجبوري"));
    }

    [Fact]
    public void A_name_with_abd_and_a_word_spelling_a_title_is_read_whole_in_narration()
    {
        ParsedBriefing.AssertSpeakers(
        [
            "يجلس الحاج رحيم عبد الأمير الشمري، صاحب محل العطارة، أمام محله منذ الصباح، ويقول إن السوق تغيّر كثيرًا.",
        ],
            (0, "رحيم عبد الأمير الشمري"));
    }

    [Fact]
    public void A_nickname_quoted_in_the_aside_does_not_end_it()
    {
        ParsedBriefing.AssertSpeakers(
        [
            "سعيد ناصر الكثيري، الذي يعرفه الصيادون باسم «سعيد البحر»، يقود قاربه كل فجر إلى الجزيرة. «البحر ما عاد يعطي مثل زمان»، يقول الصياد.",
        ],
            (0, "سعيد ناصر الكثيري"));
    }
}
