using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A paragraph that quotes two people («وقال الوزير … إن …، بينما رأى المحلل … أن …»، «… وردّ عليه النائب … قائلًا …»,
/// «"…"، تقول …، في حين اعتبر …») is said by both: each is recorded, the first named first, and a paragraph that goes
/// on with a bare verb goes on with the last one named. Written as news paragraphs of the Levant, the Gulf, Egypt and
/// the Maghreb, the speakers written down before the attributor ran on them. Each case is one section: paragraphs
/// separated by a newline, the speakers of each paragraph by «|», several in one paragraph joined by «+», «-» for none.
/// </summary>
public class SpeakersOfOneParagraphTests
{
    private static void AssertQuoted(string paragraphs, string expected)
    {
        var attribution = new SpeakerAttributor().Analyse(paragraphs.Split('\n').Select(t => ((string?)"قسم", t)).ToList());

        var quoted = attribution.Quoted.Select(q => q.Count == 0 ? "-" : string.Join('+', q)).ToList();
        Assert.Equal(expected.Split('|'), quoted);
        // The passage's own speaker (shown with it) is the first one it names.
        Assert.Equal(attribution.Quoted.Select(q => q.Count == 0 ? null : q[0]), attribution.Speakers);
    }

    [Theory]
    [InlineData("وقال وزير الاقتصاد سامي الخطيب إن التضخم سيتراجع، بينما رأى المحلل المالي كريم العلي أن التوقعات متفائلة أكثر من اللازم.", "سامي الخطيب+كريم العلي")]
    [InlineData("قالت النائبة رنا حداد إن القانون يحمي المستأجرين، في حين اعتبر رئيس نقابة المالكين فادي شمعون أنه يهدر حقوقهم.", "رنا حداد+فادي شمعون")]
    [InlineData("وقال الوزير حسن مراد إن الخطة جاهزة منذ أشهر. وردّ عليه النائب وليد صعب قائلًا إن الخطة لم تعرض على البرلمان.", "حسن مراد+وليد صعب")]
    [InlineData("وأكد محافظ البنك المركزي طارق عامر أن الاحتياطي آمن، فيما حذرت الخبيرة الاقتصادية عالية المهدي من أن الديون تتراكم.", "طارق عامر+عالية المهدي")]
    [InlineData("\"الأسعار لن تنخفض قريبًا\"، يقول التاجر محمود السعدي، بينما تؤكد رئيسة جمعية حماية المستهلك سعاد الزين أن الرقابة قادرة على ضبطها.", "محمود السعدي+سعاد الزين")]
    [InlineData("وقالت وزيرة التضامن نعيمة بن يحيى إن الدعم سيصل إلى مليون أسرة، وأضاف الخبير في الاقتصاد الاجتماعي عبد الرحيم الهندوف أن التسجيل ما زال بطيئًا.", "نعيمة بن يحيى+عبد الرحيم الهندوف")]
    [InlineData("أعلنت وزارة المالية الكويتية أن العجز سيبلغ ستة مليارات دينار. وقالت وزيرة المالية نورة الفصام إن الحكومة ستخفض الإنفاق الجاري.", "وزارة المالية الكويتية+نورة الفصام")]
    public void Every_person_a_paragraph_quotes_is_recorded_in_the_order_named(string paragraphs, string expected) =>
        AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وقال وزير الاقتصاد سامي الخطيب إن التضخم سيتراجع، بينما رأى المحلل المالي كريم العلي أن التوقعات متفائلة.\nويضيف أن المصارف لن تصمد طويلًا من دون سيولة.", "سامي الخطيب+كريم العلي|كريم العلي")]
    [InlineData("وقال الوزير حسن مراد إن الخطة جاهزة. وردّ عليه النائب وليد صعب قائلًا إن الخطة لم تعرض على البرلمان.\nوتابع: \"لن نوقع على بياض\".", "حسن مراد+وليد صعب|وليد صعب")]
    [InlineData("قالت النائبة رنا حداد إن القانون يحمي المستأجرين، في حين اعتبر رئيس نقابة المالكين فادي شمعون أنه يهدر حقوقهم.\nوتضيف حداد أن اللجنة ستعيد النظر في المهل.", "رنا حداد+فادي شمعون|رنا حداد")]
    public void A_bare_verb_in_the_next_paragraph_goes_on_with_the_last_speaker_named(string paragraphs, string expected) =>
        AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("قال الوزير حسن مراد إن الحكومة ستدعم المزارعين، وأضاف مراد أن القروض ستصرف قبل الموسم.", "حسن مراد")]
    [InlineData("قال الوزير حسن مراد إن الحكومة ستدعم المزارعين، وأعلن إطلاق برنامج جديد في عكار وطرابلس.", "حسن مراد")]
    [InlineData("وقال وزير الاقتصاد سامي الخطيب إن التضخم سيتراجع، بينما يرى مراقبون أن التوقعات متفائلة.", "سامي الخطيب")]
    [InlineData("وقالت الباحثة سلمى عواد إن الأسر تقترض لشراء الدواء، وأشارت إلى أن الصيدليات تفتقد أصنافًا كثيرة.", "سلمى عواد")]
    public void The_same_speaker_twice_an_object_or_a_collective_source_adds_no_one(string paragraphs, string expected) =>
        AssertQuoted(paragraphs, expected);
}
