using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Questions about the people (and bodies) quoted in briefings the attributor was not written against: each answer
/// must hold every passage that person speaks in, and nothing said by anyone else. The passages each speaker should
/// get were written down with the briefings, before the attributor ran on them.
/// </summary>
public sealed class SpeakerQuestionsOnNewBriefingsTests() : BriefingsAnswerSpec(Lebanon, Jordan)
{
    private const string Lebanon = """
        ---
        id: 2026-12-01-lebanon-power
        title: لبنان: أزمة الكهرباء تعود مع الشتاء
        date: 2026-12-01
        ---

        ## ساعات التغذية تتراجع

        تراجعت ساعات التغذية الكهربائية في معظم المناطق اللبنانية إلى أقل من أربع ساعات يوميًا، بعد تأخر وصول شحنة الفيول العراقي المخصصة لمعامل الإنتاج. وقالت وزارة الطاقة في بيان إن الشحنة ستصل خلال أسبوعين.

        وقالت الخبيرة في شؤون الطاقة ريما أبو شقرا إن "المشكلة ليست في الشحنة بل في غياب خطة طويلة الأمد".

        وتضيف أبو شقرا أن الدولة تدفع ثمن تأجيل إصلاح القطاع منذ عقدين.

        ## المولدات الخاصة

        يعتمد اللبنانيون على المولدات الخاصة لسد النقص، وقد ارتفعت فواتيرها بنحو ثلاثين في المئة منذ أيلول. ويقول رئيس تجمع أصحاب المولدات عبد الرحمن الحاج إن ارتفاع سعر المازوت يفرض زيادة الاشتراكات.

        "لا نستطيع أن نبيع بخسارة"، كما يقول الحاج، مضيفًا أن البلديات لم تلتزم بالتسعيرة الرسمية.

        ## البنك الدولي والقرض

        بحسب وزير المالية ياسين جابر، فإن المفاوضات مع البنك الدولي على قرض لتأهيل الشبكة بلغت مرحلتها الأخيرة.

        ويرى جابر أن القرض مشروط بتعيين هيئة ناظمة مستقلة للقطاع.

        ويرى مراقبون أن الهيئة الناظمة ستصطدم بالمحاصصة السياسية كما حدث في السابق.
        """;

    private const string Jordan = """
        ---
        id: 2026-12-02-jordan-water
        title: الأردن: صيف بلا ماء
        date: 2026-12-02
        ---

        ## الحصص المائية

        تراجعت حصة الفرد من المياه في عمّان إلى أقل من ستين لترًا يوميًا. وقالت سلطة المياه في بيان إن الضخ سيعود إلى طبيعته بعد أسبوعين.

        وقال وزير المياه والري رائد أبو السعود إن الموسم المطري كان الأضعف منذ ثلاثين عامًا.

        ويضيف أبو السعود أن مشروع الناقل الوطني سيبدأ الضخ في عام 2029.

        ## المزارعون

        "لم نعد نزرع إلا نصف الأرض"، يقول رئيس اتحاد مزارعي وادي الأردن عدنان الخدام، مشيرًا إلى أن الديون تتراكم.

        ويرى الخدام أن الحكومة لم تعوض المزارعين عن خسائر الصقيع.

        وتقول الباحثة في معهد غرب آسيا وشمال أفريقيا هديل الخطيب إن الزراعة تستهلك نصف المياه ولا تنتج إلا القليل.

        وتضيف هديل أن تسعير المياه الزراعية بات ضرورة لا مفر منها.

        ## التمويل

        ونقلت وكالة الأنباء الأردنية عن الأمين العام لوزارة المياه جهاد المحاميد قوله إن منحة ألمانية ستمول محطة تحلية جديدة في العقبة.

        وأكد الأمين العام أن المحطة ستخدم نصف مليون شخص.

        ويرى مراقبون أن التحلية وحدها لا تكفي.

        "الماء صار أغلى من الخبز"، كما تقول أم محمد، وهي ربة منزل في الزرقاء.
        """;

    [Theory]
    [InlineData("ماذا قال الحاج؟", "lebanon", "عبد الرحمن الحاج", 4, 5)]
    [InlineData("ماذا قال عبد الرحمن الحاج", "lebanon", "عبد الرحمن الحاج", 4, 5)]
    [InlineData("ما رأي رئيس تجمع أصحاب المولدات؟", "lebanon", "عبد الرحمن الحاج", 4, 5)]
    [InlineData("ماذا قالت أبو شقرا؟", "lebanon", "ريما أبو شقرا", 2, 3)]
    [InlineData("ماذا قالت الخبيرة في شؤون الطاقة؟", "lebanon", "ريما أبو شقرا", 2, 3)]
    [InlineData("ماذا قال جابر", "lebanon", "ياسين جابر", 6, 7)]
    [InlineData("ماذا قال وزير المالية؟", "lebanon", "ياسين جابر", 6, 7)]
    [InlineData("ماذا قالت وزارة الطاقة؟", "lebanon", "وزارة الطاقة", 1)]
    [InlineData("ماذا قالت سلطة المياه؟", "jordan", "سلطة المياه", 1)]
    [InlineData("ماذا قال أبو السعود؟", "jordan", "رائد أبو السعود", 2, 3)]
    [InlineData("ما رأي وزير المياه والري؟", "jordan", "رائد أبو السعود", 2, 3)]
    [InlineData("ماذا قال الخدام؟", "jordan", "عدنان الخدام", 4, 5)]
    [InlineData("ماذا قال رئيس اتحاد مزارعي وادي الأردن؟", "jordan", "عدنان الخدام", 4, 5)]
    [InlineData("ماذا قالت هديل الخطيب؟", "jordan", "هديل الخطيب", 6, 7)]
    [InlineData("رأي الخطيب", "jordan", "هديل الخطيب", 6, 7)]
    [InlineData("ماذا قال المحاميد", "jordan", "جهاد المحاميد", 8, 9)]
    [InlineData("ماذا قالت أم محمد؟", "jordan", "أم محمد", 11)]
    public void A_question_about_a_speaker_returns_every_passage_they_speak_in(string question, string briefing, string speaker, params int[] ordinals)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(speaker, answer.Speaker);
        Assert.All(answer.Passages, p => Assert.Contains(briefing, p.Passage.BriefingId, StringComparison.Ordinal));
        Assert.Equal(ordinals, answer.Passages.Select(p => p.Passage.Ordinal));
    }

    [Theory]
    [InlineData("ماذا قالت أبو شقرا؟", true)]
    [InlineData("ماذا قالت هديل الخطيب؟", true)]
    [InlineData("ماذا قالت أم محمد؟", true)]
    [InlineData("ماذا قالت وزارة الطاقة؟", true)]
    [InlineData("ماذا قال الحاج؟", false)]
    [InlineData("ماذا قال المحاميد", false)]
    public void The_reply_knows_a_womans_words_from_a_mans(string question, bool feminine)
    {
        Assert.Equal(feminine, Ask(question).SpeakerIsFeminine);
    }

    [Theory]
    [InlineData("ماذا قال المراقبون عن الهيئة الناظمة؟")]
    [InlineData("كم ساعة تصل الكهرباء في لبنان؟")]
    [InlineData("ما مشكلة قطاع الطاقة؟")]
    public void A_question_that_names_no_speaker_is_not_answered_as_one(string question)
    {
        Assert.NotEqual(AnswerOutcome.SpeakerPassages, Ask(question).Outcome);
    }
}
