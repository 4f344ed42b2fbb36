using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

public class BriefingParserTests
{
    private readonly BriefingParser _parser = new();

    [Fact]
    public void Front_matter_gives_id_title_date_and_source()
    {
        var briefing = Seed.Parse();

        Assert.Equal(Seed.Id, briefing.Id);
        Assert.Equal("موسكو وبيونغ يانغ: تقارب في زمن الحرب", briefing.Title);
        Assert.Equal(new DateOnly(2026, 11, 23), briefing.Date);
        Assert.Equal("موجز الأخبار اليومي", briefing.Source);
    }

    [Fact]
    public void Seed_is_split_into_one_passage_per_paragraph_with_its_plain_text_heading_as_section()
    {
        var briefing = Seed.Parse();

        Assert.Equal(27, briefing.Passages.Count);
        Assert.Equal(10, briefing.Sections.Count);
        Assert.Null(briefing.Passages[0].Section);
        Assert.Equal("موسكو تبحث عن أنصار في الشرق", briefing.Passages[2].Section);
        Assert.Equal("بيونغ يانغ أداة ذكية في يد الكرملين", briefing.Passages[10].Section);
        Assert.StartsWith("يقول الخبير العسكري الروسي أندريه بولياكوف", briefing.Passages[10].Text, StringComparison.Ordinal);
        Assert.Equal("بيونغ يانغ بين القوة والورقة", briefing.Passages[26].Section);
    }

    [Fact]
    public void Headings_are_never_passages()
    {
        var briefing = Seed.Parse();

        Assert.DoesNotContain(briefing.Passages, p => briefing.Sections.Contains(p.Text));
    }

    [Fact]
    public void Every_passage_is_an_exact_line_of_the_source_text()
    {
        var lines = Seed.Text.Split('\n').Select(l => l.Trim()).ToHashSet();

        Assert.All(Seed.Parse().Passages, p => Assert.Contains(p.Text, lines));
    }

    [Fact]
    public void Passage_ids_are_the_briefing_id_and_a_padded_ordinal_and_do_not_change_between_parses()
    {
        var first = Seed.Parse();
        var second = Seed.Parse();

        Assert.Equal(first.Passages.Select(p => p.Id), second.Passages.Select(p => p.Id));
        Assert.Equal($"{Seed.Id}#001", first.Passages[0].Id);
        Assert.Equal($"{Seed.Id}#027", first.Passages[26].Id);
        Assert.Equal(Enumerable.Range(1, 27), first.Passages.Select(p => p.Ordinal));
        Assert.All(first.Passages, p => Assert.Equal(Seed.Id, p.BriefingId));
    }

    [Fact]
    public void Markdown_headings_label_the_paragraphs_below_them()
    {
        var briefing = _parser.Parse("# العنوان الرئيسي\n\nفقرة تمهيدية قبل أي قسم.\n\n## القسم الأول\n\nالفقرة الأولى في القسم.\n\nالفقرة الثانية في القسم.\n\n## القسم الثاني\n\nفقرة أخيرة.");

        Assert.Equal("العنوان الرئيسي", briefing.Title);
        Assert.Equal(["القسم الأول", "القسم الثاني"], briefing.Sections);
        Assert.Equal([null, "القسم الأول", "القسم الأول", "القسم الثاني"], briefing.Passages.Select(p => p.Section));
        Assert.Equal("الفقرة الثانية في القسم.", briefing.Passages[2].Text);
    }

    [Fact]
    public void A_line_written_wholly_in_bold_is_a_heading_named_without_its_markers()
    {
        var briefing = _parser.Parse("# **العنوان الرئيسي**\n\n**القسم الأول**\n\nفقرة فيها **كلمة بارزة** تبقى كما كتبت.\n\n__ماذا بعد؟__\n\n**فقرة كاملة بخط عريض تطول حتى تتجاوز ما يكتب في عنوان قسم من أقسام الموجز عادة، فتبقى فقرة كما هي.**");

        Assert.Equal("العنوان الرئيسي", briefing.Title);
        Assert.Equal(["القسم الأول", "ماذا بعد؟"], briefing.Sections);
        Assert.Equal("فقرة فيها **كلمة بارزة** تبقى كما كتبت.", briefing.Passages[0].Text);
        Assert.Equal("القسم الأول", briefing.Passages[0].Section);
        Assert.StartsWith("**فقرة كاملة", briefing.Passages[1].Text, StringComparison.Ordinal);
        Assert.Equal("ماذا بعد؟", briefing.Passages[1].Section);
    }

    [Fact]
    public void A_short_line_that_ends_a_sentence_is_a_paragraph_not_a_heading()
    {
        var briefing = _parser.Parse("---\ntitle: ت\ndate: 2026-01-02\n---\nقسم بلا نقطة\nجملة قصيرة تنتهي بنقطة.\nوسؤال قصير؟\nسطر أخير بلا نقطة");

        Assert.Equal(["قسم بلا نقطة"], briefing.Sections);
        Assert.Equal(["جملة قصيرة تنتهي بنقطة.", "وسؤال قصير؟", "سطر أخير بلا نقطة"], briefing.Passages.Select(p => p.Text));
    }

    [Fact]
    public void A_short_question_above_paragraphs_is_the_heading_of_their_section()
    {
        var briefing = _parser.Parse("---\ntitle: ت\ndate: 2026-01-02\n---\nفقرة أولى عن الموضوع.\nملاعب أم مستشفيات؟\nخرج آلاف الشباب إلى الشوارع.\nفما الحل؟\nسطر أخير.");

        Assert.Equal(["ملاعب أم مستشفيات؟"], briefing.Sections);
        Assert.Equal(["فقرة أولى عن الموضوع.", "خرج آلاف الشباب إلى الشوارع.", "فما الحل؟", "سطر أخير."], briefing.Passages.Select(p => p.Text));
        Assert.Equal([null, "ملاعب أم مستشفيات؟", "ملاعب أم مستشفيات؟", "ملاعب أم مستشفيات؟"], briefing.Passages.Select(p => p.Section));
    }

    [Fact]
    public void A_short_interviewers_question_is_a_turn_of_the_interview_not_a_heading()
    {
        var briefing = _parser.Parse("---\ntitle: ت\ndate: 2026-01-02\n---\nوفي حوار مع الباحثة سلمى العبري، سألناها عن الضرائب.\nس: هل ستدفعين الضريبة؟\nج: لا، دخلي أقل من الحد.\nسؤال: وما الذي يقلقك؟\nج: أن تتغير القواعد.");

        Assert.Empty(briefing.Sections);
        Assert.Equal(5, briefing.Passages.Count);
        Assert.Equal([null, null, "سلمى العبري", null, "سلمى العبري"], briefing.Passages.Select(p => p.Speaker));
    }

    [Fact]
    public void A_very_long_paragraph_is_split_at_sentence_ends_into_exact_pieces_of_the_original()
    {
        var sentences = Enumerable.Range(1, 12).Select(i => $"هذه هي الجملة رقم {i} في فقرة طويلة جدا تتحدث عن العلاقات بين موسكو وبيونغ يانغ.").ToList();
        var paragraph = string.Join(' ', sentences);
        var parser = new BriefingParser(new SpeakerAttributor(), maxPassageLength: 300);

        var passages = parser.Parse(paragraph, new BriefingHeader("long", "طويل", new DateOnly(2026, 1, 1))).Passages;

        Assert.True(passages.Count > 1);
        Assert.All(passages, p =>
        {
            Assert.Contains(p.Text, paragraph, StringComparison.Ordinal);
            Assert.True(p.Text.Length <= 300, $"piece of {p.Text.Length} chars");
            Assert.EndsWith(".", p.Text, StringComparison.Ordinal);
        });
        Assert.Equal(paragraph, string.Join(' ', passages.Select(p => p.Text)));
    }

    [Fact]
    public void Every_piece_of_a_long_paragraph_is_said_by_its_speaker_and_the_next_paragraph_goes_on_with_them()
    {
        var sentences = Enumerable.Range(1, 8).Select(i => $"والنقطة رقم {i} أن الموازنة لا تكفي لتغطية الرواتب والدعم معًا في العام المقبل.");
        var paragraph = "قال وزير المالية العراقي طيف سامي إن العجز سيتجاوز عشرين مليار دولار. " + string.Join(' ', sentences);
        var parser = new BriefingParser(new SpeakerAttributor(), maxPassageLength: 300);

        var passages = parser.Parse(paragraph + "\n\nوأضاف أن الاقتراض الداخلي هو الحل الوحيد.", new BriefingHeader("long", "طويل", new DateOnly(2026, 1, 1))).Passages;

        Assert.True(passages.Count > 2);
        Assert.All(passages, p => Assert.Equal("طيف سامي", p.Speaker));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t  ")]
    [InlineData("\uFEFF")]
    public void Empty_text_is_rejected_as_empty(string text)
    {
        var error = Assert.Throws<BriefingFormatException>(() => _parser.Parse(text));

        Assert.Equal(BriefingRejection.Empty, error.Reason);
    }

    [Fact]
    public void Text_with_headings_only_is_rejected_for_having_no_paragraphs()
    {
        var error = Assert.Throws<BriefingFormatException>(() => _parser.Parse("# عنوان\n\n## قسم\n\n## قسم آخر"));

        Assert.Equal(BriefingRejection.NoParagraphs, error.Reason);
    }

    [Theory]
    [InlineData("---\ntitle: بلا نهاية\nفقرة.")]
    [InlineData("---\ndate: 23/11/2026\n---\nفقرة.")]
    [InlineData("---\nid: ../../etc\n---\nفقرة.")]
    public void A_malformed_header_is_rejected_as_bad_header(string text)
    {
        var error = Assert.Throws<BriefingFormatException>(() => _parser.Parse(text));

        Assert.Equal(BriefingRejection.BadHeader, error.Reason);
    }

    [Fact]
    public void Content_hash_ignores_diacritics_tatweel_and_spacing()
    {
        var plain = _parser.Parse("فقرة عن موسكو.", new BriefingHeader("a", "t", new DateOnly(2026, 1, 1)));
        var marked = _parser.Parse("فَقْرةٌ   عن مـوسـكو.\r\n", new BriefingHeader("a", "t", new DateOnly(2026, 1, 1)));

        Assert.Equal(plain.ContentHash, marked.ContentHash);
    }

    [Fact]
    public void Supplied_header_fills_in_what_the_text_does_not_declare()
    {
        var briefing = _parser.Parse("فقرة وحيدة.", new BriefingHeader("given-id", "عنوان", new DateOnly(2026, 2, 3), "مصدر"));

        Assert.Equal("given-id", briefing.Id);
        Assert.Equal("عنوان", briefing.Title);
        Assert.Equal(new DateOnly(2026, 2, 3), briefing.Date);
        Assert.Equal("given-id#001", briefing.Passages.Single().Id);
    }
}
