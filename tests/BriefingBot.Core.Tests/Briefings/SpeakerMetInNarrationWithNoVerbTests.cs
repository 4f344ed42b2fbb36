using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// People a portrait brings in with no reporting verb: an opinion given to them with «لـ» («ليوسف آيت الطالب، …، رأي آخر:»),
/// a quotation that ends the sentence after narration that names them («يفك يوسف ضو عقد شبكته …. "…"»), a trade the
/// lexicon lacks with «اسمه» («قلاف عجوز اسمه أنطوان نعمة»), a nickname given right after the name's comma («، يلقبه
/// رفاقه "القبطان"»), a bare verb opening a later sentence («… سلالًا من السعف. قالت إنها …»), and the one just heard
/// carried on by a description («ويصطاد الرجل السبعيني …. "…"»). A title quoted in narration, a group given an opinion and a
/// relative spoken of are no one.
/// </summary>
public class SpeakerMetInNarrationWithNoVerbTests
{
    [Theory]
    [InlineData("ليوسف آيت الطالب، وهو سائق سياحي في الخامسة والعشرين، رأي آخر: فقد ترك الكومبارس بعد ثلاثة أفلام.", "يوسف آيت الطالب")]
    [InlineData("لسمير المقبلي، أستاذ التاريخ الإسلامي في جامعة الحديدة، رأي آخر: فهو يرى أن الحديث عن اندثار المهنة مبالغ فيه.", "سمير المقبلي")]
    [InlineData("ولجوني ضو، الابن الأصغر ليوسف، الذي عاد من مونتريال لقضاء الأعياد، رأي آخر: \"البحر حلو للصور، بس ما بيطعمي خبز\".", "جوني ضو")]
    [InlineData("لكن لسلمى الحداد، وهي مهندسة زراعية، رأيًا مختلفًا: فالسد برأيها لن يكفي المدينة.", "سلمى الحداد")]
    public void An_opinion_given_to_a_person_with_la_is_theirs(string paragraph, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(paragraph));

    [Theory]
    [InlineData("للمزارعين في الوادي رأي آخر: فالسد برأيهم جاء متأخرًا.")]
    [InlineData("وللحكومة رأي آخر: فالسد برأيها سيكفي المدينة عشرين عامًا.")]
    public void An_opinion_given_to_no_one_in_particular_names_no_one(string paragraph) =>
        Assert.Null(ParsedBriefing.SpeakerOf(paragraph));

    [Theory]
    [InlineData("يفك يوسف ضو عقد شبكته على حجارة الرصيف قبل أن تطلع الشمس بساعة. \"البحر ما عاد يعطي متل أول، اليوم منرجع بكم كيلو سردين\".", "يوسف ضو")]
    [InlineData("بين جذوع النخل في واحة العطف، يقلّب يحيى حاج سعيد تراب بستانه المبلل ويستعيد أيام طفولته، \"ولو تأخرنا دقيقة لجاءنا الأمين يعاتبنا\".", "يحيى حاج سعيد")]
    [InlineData("وفي ورشة خشبية خلف الكنيسة ينحني قلاف عجوز اسمه أنطوان نعمة فوق فلوكة زرقاء انشق بدنها. \"كل فلوكة بدها خشب توت وسنديان\".", "أنطوان نعمة")]
    [InlineData("وعند الباب الغربي تجلس بائعة عجوز اسمها مريم الحاج على بساط من السدو. \"الرزق يجي مع الفجر، ما يجي مع النوم\".", "مريم الحاج")]
    public void A_quotation_ending_the_sentence_after_narration_is_the_narrated_persons(string paragraph, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(paragraph));

    [Theory]
    [InlineData("يقرأ أحمد الزين كل مساء كتاب \"الأيام الصعبة في البحر\" لأحد أبناء البلدة.")]
    public void A_title_quoted_inside_narration_is_nothing_said(string paragraph) =>
        Assert.Null(ParsedBriefing.SpeakerOf(paragraph));

    [Fact]
    public void A_time_opening_the_paragraph_with_its_conjunction_is_no_name()
    {
        const string Paragraph = "وعند الغروب، يغطي عم رجب الدولاب بقطعة خيش، ويقول وهو يغلق باب الورشة: «الطين ما بيخونش اللي بيحبه، بس الناس نسيت».";
        Assert.NotEqual("وعند الغروب", ParsedBriefing.SpeakerOf(Paragraph));
    }

    [Fact]
    public void A_nickname_given_right_after_the_names_comma_goes_on_with_the_person()
    {
        var briefing = ParsedBriefing.Parse(
            "وعلى الفلوكة المجاورة يعمل شاب في الخامسة والعشرين اسمه إيلي سركيس، يلقبه رفاقه \"القبطان\" لأنه أول من يخرج إلى البحر. \"بالجامعة كنت عم إدرس الأرقام، هون عم عيش منها\".",
            "ويرى \"القبطان\" أن الصيد قد يعود مهنة للشباب إذا نظمت الدولة مواسم الصيد.");
        Assert.Equal(["إيلي سركيس", "إيلي سركيس"], briefing.Passages.Select(p => p.Speaker));
        Assert.Contains("القبطان", briefing.SpeakerProfiles.Single().Aliases);
    }

    [Fact]
    public void A_bare_verb_opening_a_later_sentence_quotes_the_person_narrated_before_it()
    {
        const string Paragraph = "في بيتها بمحلة الجمعية، تخيط نوال حسين، المعروفة بأم علي، سلالًا من سعف النخيل ثم تدهنها بالقير الساخن. قالت إنها تعلمت ذلك من حماتها.";
        var briefing = ParsedBriefing.Parse(Paragraph);
        Assert.Equal("نوال حسين", briefing.Passages[0].Speaker);
        Assert.Null(briefing.SpeakerProfiles.Single().Role);
    }

    [Fact]
    public void The_one_just_heard_goes_on_when_a_description_carries_them_and_their_relative_is_spoken_of()
    {
        var briefing = ParsedBriefing.Parse(
            "يفك يوسف ضو عقد شبكته على حجارة الرصيف قبل أن تطلع الشمس. \"البحر ما عاد يعطي متل أول\".",
            "ويصطاد الرجل السبعيني من هذا الميناء منذ كان في الثانية عشرة، وقد ورث فلوكته عن والده. \"ولادي الثلاثة سافروا، وما حدا منهم بدو يمسك مجذاف\".",
            "ويحمّل الصياد العجوز الصيد بالديناميت مسؤولية ما حل بالبحر، مؤكدًا أن السمك الصغير \"ما عاد يلحق يكبر\".");
        Assert.Equal(["يوسف ضو", "يوسف ضو", "يوسف ضو"], briefing.Passages.Select(p => p.Speaker));
    }

    [Fact]
    public void A_kunya_set_off_after_the_name_is_the_name_the_person_goes_by()
    {
        var briefing = ParsedBriefing.Parse("وبصوت عالٍ يسمعه آخر السوق، يدير الدلال جمعة الدرعي، أبو سلطان، المزايدة على قطيع من الحيران، ويقول إنه يأخذ اثنين في المئة.");
        Assert.Equal("جمعة الدرعي", briefing.Passages[0].Speaker);
        Assert.Equal("الدلال", briefing.SpeakerProfiles.Single().Role);
        Assert.Contains("أبو سلطان", briefing.SpeakerProfiles.Single().Aliases);
    }

    [Fact]
    public void A_name_set_off_after_a_kunya_is_the_persons_and_the_kunya_their_alias()
    {
        var briefing = ParsedBriefing.Parse(
            "وفي كشك من التنك عند مدخل الميناء تقلي أم جورج، ماري الخوري، السردين للزبائن منذ ثلاثين عامًا. \"أنا ما تركت البحر، بس صرت أطبخ اللي بيجيبوه غيري\".",
            "وتشكو السيدة من أن السياح لا يأتون إلى جبيل إلا في الصيف.");
        Assert.Equal(["ماري الخوري", "ماري الخوري"], briefing.Passages.Select(p => p.Speaker));
        Assert.Contains("أم جورج", briefing.SpeakerProfiles.Single().Aliases);
    }

    [Fact]
    public void A_mother_of_three_set_off_after_a_name_is_no_kunya()
    {
        var briefing = ParsedBriefing.Parse("فاطمة الزهراء أمزيان، أم لثلاثة أطفال، بدأت العمل في التصوير قبل عشر سنوات، وتروي أنها كانت تنتظر الدور ساعات.");
        Assert.Empty(briefing.SpeakerProfiles.Single().Aliases);
    }

    [Theory]
    [InlineData("وأسست فاطمة منت السالك، وهي أرملة في الستين، تعاونية «نساء ولاتة» قبل خمس سنوات، وتقول إن التعاونية تضم ستًا وثلاثين امرأة.", "فاطمة منت السالك")]
    [InlineData("ويملك ريمون عازار مطعمًا على الواجهة البحرية للميناء منذ عشرين عامًا، ويؤكد أنه يشتري سمكه من مزاد الرصيف فقط.", "ريمون عازار")]
    public void A_short_quoted_name_or_a_name_with_no_comma_leaves_the_joined_verb_to_the_narrated_person(string paragraph, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(paragraph));
}
