using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Speaker questions of three kinds a post-mortem of unseen briefings found unanswered, end to end through the real
/// parser, index and answerer: a paragraph quoting two people is found by either («ماذا قال شمعون؟» for «…، بينما رأى
/// رئيس نقابة المالكين فادي شمعون أن …»); compound names written glued or spaced («عبدالرحمن / عبد الرحمن»، «أبوبكر /
/// أبو بكر») match each other both ways; a question naming only a title or an office («ماذا قالت النائبة؟»، «ما رأي
/// السفير؟») is answered with the one speaker the briefings give it, and with each holder when several share it. The
/// passages each question must get were written down with the briefings.
/// </summary>
public sealed class SpeakerQuestionsByRoleAndSpellingTests() : BriefingsAnswerSpec(Lebanon, Kuwait)
{
    private const string Lebanon = """
        ---
        id: 2026-12-05-lebanon-rents
        title: لبنان: قانون الإيجارات يعود إلى البرلمان
        date: 2026-12-05
        ---

        ## الجلسة التشريعية

        أقرت لجنة الإدارة والعدل النيابية مشروع قانون الإيجارات غير السكنية بعد نقاش استمر ثلاث جلسات. وقالت النائبة هالة أبو حمدان إن القانون يحمي صغار التجار من الإخلاء، بينما رأى رئيس نقابة المالكين فادي شمعون أن المشروع يهدر حقوق المالكين منذ أربعين عامًا.

        ويضيف أن بعض المباني القديمة مهددة بالانهيار لغياب الصيانة.

        وقال وزير المالية عبدالرحمن الخطيب إن الخزينة لن تتحمل أي تعويضات. وردّ عليه النائب وليد صعب قائلًا إن الدولة مسؤولة عن تجميد الإيجارات لعقود.

        وتابع صعب أن اللجنة ستستمع إلى ممثلي المستأجرين الأسبوع المقبل.

        ## المستأجرون

        "نحن لا نطلب صدقة بل عدالة"، تقول رئيسة لجنة المستأجرين سعاد الزين، في حين اعتبر المحامي أبوبكر الحسن أن الحل يكمن في صندوق دعم تموّله الدولة.

        ويشير الحسن إلى أن آلاف العائلات ستجد نفسها في الشارع إذا طُبّق القانون دفعة واحدة.

        ويرى مراقبون أن القانون لن يطبق قبل الانتخابات النيابية.

        وقال السفير الفرنسي لدى لبنان هيرفيه ماغرو إن بلاده مستعدة لتمويل برامج الإسكان الاجتماعي.

        وقال المتحدث باسم وزارة الشؤون الاجتماعية إن الوزارة أحصت أكثر من ثلاثين ألف عائلة مستأجرة.
        """;

    private const string Kuwait = """
        ---
        id: 2026-12-06-kuwait-budget
        title: الكويت: عجز الموازنة يتسع
        date: 2026-12-06
        ---

        ## الموازنة

        وقالت وزيرة المالية الكويتية نورة الفصام إن الحكومة ستخفض الإنفاق الجاري بنسبة عشرة في المئة خلال السنة المالية المقبلة.

        وأوضحت أن الرواتب والدعم لن يمسا في هذه المرحلة.

        من جهته، قال وزير النفط عبد الله العيبان إن الإنتاج سيرتفع إلى ثلاثة ملايين برميل يوميًا بحلول عام 2028.

        وقال الخبير الاقتصادي محمد رمضان إن الخفض لن يكفي، مشيرًا إلى أن الدعم يستهلك ربع الموازنة.

        "الإصلاح تأخر عقدًا كاملًا"، يقول رمضان.

        ## الرقابة

        وقال رئيس ديوان المحاسبة عادل الصرعاوي إن الديوان رصد مخالفات في عقود الدعم.

        وقال النائب عبد الكريم الكندري إن البرلمان سيستجوب الحكومة في الدور المقبل.

        ويرى أستاذ المالية العامة في جامعة الكويت محمد عبدالعزيز أن الاقتراض بات ضرورة لا مفر منها.
        """;

    private static string Key(Passage p) => $"{(p.BriefingId.Contains("lebanon", StringComparison.Ordinal) ? "L" : "K")}{p.Ordinal}";

    private void AssertPassages(string question, string expected)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(expected.Split(' ').Order(StringComparer.Ordinal), answer.Passages.Select(p => Key(p.Passage)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ماذا قال فادي شمعون؟", "L1 L2")]
    [InlineData("ما رأي شمعون", "L1 L2")]
    [InlineData("ماذا قالت هالة أبو حمدان؟", "L1")]
    [InlineData("ماذا قال وليد صعب؟", "L3 L4")]
    [InlineData("ماذا قال صعب؟", "L3 L4")]
    [InlineData("ماذا قال الخطيب؟", "L3")]
    [InlineData("شو قال أبوبكر الحسن", "L5 L6")]
    [InlineData("ماذا قالت سعاد الزين", "L5")]
    public void A_speaker_quoted_beside_another_is_found_in_that_paragraph_and_those_that_go_on_with_them(string question, string expected) =>
        AssertPassages(question, expected);

    [Theory]
    [InlineData("ماذا قال عبد الرحمن الخطيب؟", "L3")]
    [InlineData("ماذا قال عبدالرحمن الخطيب؟", "L3")]
    [InlineData("ماذا قال أبو بكر الحسن؟", "L5 L6")]
    [InlineData("ماذا قال ابوبكر الحسن؟", "L5 L6")]
    [InlineData("ماذا قال عبدالله العيبان؟", "K3")]
    [InlineData("ماذا قال عبد الله العيبان؟", "K3")]
    [InlineData("ما رأي عبدالكريم الكندري", "K7")]
    [InlineData("ما رأي عبدالكريم؟", "K7")]
    [InlineData("ماذا قال عبدالله؟", "K3")]
    [InlineData("ماذا قال عبد العزيز؟", "K8")]
    [InlineData("شو بيقول محمد عبد العزيز", "K8")]
    [InlineData("ماذا قال أبو بكر؟", "L5 L6")]
    public void A_compound_name_glued_or_spaced_finds_its_speaker_both_ways(string question, string expected) =>
        AssertPassages(question, expected);

    [Theory]
    [InlineData("ماذا قالت النائبة؟", "L1")]
    [InlineData("ماذا قال السفير؟", "L8")]
    [InlineData("ما رأي السفير الفرنسي؟", "L8")]
    [InlineData("ماذا قال المحامي؟", "L5 L6")]
    [InlineData("ماذا قال المتحدث باسم الوزارة؟", "L9")]
    [InlineData("ماذا قال وزير النفط؟", "K3")]
    [InlineData("ماذا قالت وزيرة المالية؟", "K1 K2")]
    [InlineData("ماذا قال رئيس ديوان المحاسبة؟", "K6")]
    public void A_question_naming_only_a_title_gets_the_speaker_who_holds_it(string question, string expected) =>
        AssertPassages(question, expected);

    [Theory]
    [InlineData("ماذا قال وزير المالية؟", "L3 K1 K2", "عبدالرحمن الخطيب", "نورة الفصام")]
    [InlineData("ما رأي الوزير؟", "L3 K1 K2 K3", "عبدالرحمن الخطيب", "نورة الفصام")]
    [InlineData("ماذا قال النائب؟", "L1 L3 L4 K7", "وليد صعب", "هالة أبو حمدان")]
    public void A_title_several_speakers_hold_gets_each_of_them_named_in_the_header(string question, string expected, string one, string other)
    {
        // The masculine is how Arabic asks of a title in general: it gets every holder; the feminine asks for a woman.
        var answer = Ask(question);

        AssertPassages(question, expected);
        var names = answer.Speakers.Select(s => s.Name).ToList();
        Assert.Contains(one, names);
        Assert.Contains(other, names);
        var header = ChatTexts.For(ChatLanguage.Arabic).SpeakersTitle(answer.Speakers);
        Assert.Contains("ما قاله " + one, header, StringComparison.Ordinal);
        Assert.Contains("ما قالته " + other, header, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ماذا قالت النائبة؟", "هالة أبو حمدان", true)]
    [InlineData("ماذا قال المحامي؟", "أبوبكر الحسن", false)]
    [InlineData("ماذا قال السفير؟", "هيرفيه ماغرو", false)]
    [InlineData("ماذا قالت وزيرة المالية؟", "نورة الفصام", true)]
    public void The_header_names_the_holder_of_the_title_with_their_gender(string question, string speaker, bool feminine)
    {
        var answer = Ask(question);

        Assert.Equal(speaker, answer.Speaker);
        Assert.Equal(feminine, answer.SpeakerIsFeminine);
        Assert.StartsWith(feminine ? "ما قالته " + speaker : "ما قاله " + speaker, ChatTexts.For(ChatLanguage.Arabic).SpeakersTitle(answer.Speakers), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ماذا قال المراقبون عن القانون؟")]
    [InlineData("ماذا قال الرئيس الأمريكي؟")]
    [InlineData("ما رأي الوزير في الإيجارات القديمة؟")]
    [InlineData("ماذا قال السفير الأمريكي؟")]
    public void A_title_the_briefings_give_no_one_or_a_question_about_a_topic_is_not_answered_as_a_speaker(string question)
    {
        Assert.NotEqual(AnswerOutcome.SpeakerPassages, Ask(question).Outcome);
    }
}
