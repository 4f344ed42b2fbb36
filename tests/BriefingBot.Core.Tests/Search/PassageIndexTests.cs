using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

public class PassageIndexTests
{
    private static IReadOnlyList<PassageHit> Search(PassageIndex index, string question, int take = 3, string? briefingId = null) =>
        index.Search(new PassageSearch(index.Analyze(question), take, BriefingId: briefingId)).Hits;

    [Theory]
    [InlineData("تشديد العقوبات على بيونغ يانغ", 1)]
    [InlineData("الكريملين وبيونج يانج", 3)]
    [InlineData("الكريملين وبيونج يانج", 0)]
    public void Hits_past_those_read_are_counted_and_the_ones_read_are_unchanged(string question, int read)
    {
        using var index = Indexes.Of(Seed.Parse());
        var analyzed = index.Analyze(question);

        var all = index.Search(new PassageSearch(analyzed, 4));
        var some = index.Search(new PassageSearch(analyzed, 4) { Read = read });

        Assert.Equal(4, all.Hits.Count);
        Assert.Equal(all.Hits.Take(read).Select(h => (h.Passage, h.Score, h.Highlights)), some.Hits.Select(h => (h.Passage, h.Score, h.Highlights)));
        Assert.Equal(4 - read, some.Unread);
        Assert.Equal(all.TopCoverage, some.TopCoverage);
        Assert.Equal(all.Terms.Select(t => (t.Term, t.Weight, t.InTopHit)), some.Terms.Select(t => (t.Term, t.Weight, t.InTopHit)));
    }

    [Fact]
    public void Hits_read_without_highlights_are_the_same_passages_and_scores()
    {
        using var index = Indexes.Of(Seed.Parse());
        var analyzed = index.Analyze("الكريملين وبيونج يانج");

        var all = index.Search(new PassageSearch(analyzed, 6));
        var plain = index.Search(new PassageSearch(analyzed, 6) { Highlight = false });

        Assert.Equal(all.Hits.Select(h => (h.Passage, h.Score)), plain.Hits.Select(h => (h.Passage, h.Score)));
        Assert.Contains(all.Hits.Skip(3), h => h.Highlights.Count > 0);
        Assert.All(plain.Hits.Skip(3), h => Assert.Empty(h.Highlights));
        Assert.Equal(all.TopCoverage, plain.TopCoverage);
    }

    [Fact]
    public void An_index_on_disk_survives_being_closed_and_reopened()
    {
        using var dir = new TempDirectory();
        var seed = Seed.Parse();
        using (var index = PassageIndex.Open(dir.Path))
        {
            Assert.Null(index.Fingerprint);
            index.Rebuild([seed], "fp-1");
        }

        using var reopened = PassageIndex.Open(dir.Path);

        Assert.Equal("fp-1", reopened.Fingerprint);
        Assert.Equal(27, reopened.PassageCount);
        Assert.Equal(seed.Passages[10], Search(reopened, "أداة تحالف أيديولوجي تكتيكية")[0].Passage);
    }

    [Fact]
    public void An_index_read_into_buffers_answers_exactly_as_a_mapped_one()
    {
        using var dir = new TempDirectory();
        using (var mapped = PassageIndex.Open(dir.Path))
        {
            mapped.Rebuild([Seed.Parse()], "fp-1");
        }

        string[] questions = ["ماذا قال بولياكوف عن التحالف؟", "تشديد العقوبات على بيونغ يانغ", "الكريملين وبيونج يانج"];
        List<(string Id, float Score)> Answers(PassageIndex index) =>
            questions.SelectMany(q => Search(index, q)).Select(h => (h.Passage.Id, h.Score)).ToList();
        List<(string Id, float Score)> fromMapped;
        using (var mapped = PassageIndex.Open(dir.Path))
        {
            fromMapped = Answers(mapped);
        }

        using var read = PassageIndex.Open(dir.Path, access: IndexFileAccess.Read);

        Assert.Equal("NIOFSDirectory", read.DirectoryType);
        Assert.NotEmpty(fromMapped);
        Assert.Equal(fromMapped, Answers(read));
    }

    [Theory]
    [InlineData("التحالف الثلاثي مع كوريا الجنوبية واليابان", 15)]
    [InlineData("تشديد العقوبات على بيونغ يانغ", 18)]
    [InlineData("زواج مصلحة مؤقت", 22)]
    [InlineData("مضيق تايوان وبحر اليابان", 25)]
    [InlineData("النفط والغذاء", 14)]
    public void A_question_in_the_words_of_a_passage_finds_it_first(string question, int ordinal)
    {
        using var index = Indexes.Of(Seed.Parse());

        Assert.Equal(ordinal, Search(index, question)[0].Passage.Ordinal);
    }

    [Theory]
    [InlineData("المناورات الامريكية الكورية الجنوبية", 6)]
    [InlineData("المناورات الأميركية الكورية الجنوبية", 6)]
    [InlineData("كوريا تخشى ان تصبح اداة في يد الكريملين", 23)]
    [InlineData("بيونج يانج والذخائر الروسية", 8)]
    [InlineData("الذخاير والمدفعيه في حرب اوكرانيا", 8)]
    [InlineData("مركز ستراتفر", 22)]
    public void Spelling_variants_transliterations_and_typos_still_find_the_passage(string question, int ordinal)
    {
        using var index = Indexes.Of(Seed.Parse());

        Assert.Contains(ordinal, Search(index, question).Select(h => h.Passage.Ordinal));
    }

    [Fact]
    public void Lucene_query_syntax_in_a_question_is_searched_as_words_and_never_parsed()
    {
        using var index = Indexes.Of(Seed.Parse());

        foreach (var question in new[] { "*:*", "title:x AND", "\"بوتين", "بوتين~2", "(موسكو OR", "text:[a TO z]", "\\", "+-&&||!(){}[]^\"~*?:\\/" })
        {
            var hits = Search(index, question);
            Assert.All(hits, h => Assert.NotNull(h.Passage.Text));
        }

        Assert.Empty(Search(index, "*:*"));
    }

    [Fact]
    public void Highlights_are_exact_spans_of_the_original_text_even_with_diacritics_and_tatweel()
    {
        var text = "قالت الحكومة إنّ مـوسـكـو والكُرْمْلين يدعمان بيونغ يانغ.";
        var briefing = Indexes.Briefing("h", new DateOnly(2026, 1, 1), text);
        using var index = Indexes.Of(briefing);

        var hit = Search(index, "ماذا عن موسكو والكرملين؟")[0];

        var spans = hit.Highlights.Select(s => hit.Passage.Text.Substring(s.Start, s.Length)).ToList();
        Assert.Equal(["مـوسـكـو", "والكُرْمْلين"], spans);
    }

    [Fact]
    public void Highlights_mark_the_prefixed_word_a_question_matched_through_its_bare_form()
    {
        var briefing = Indexes.Briefing("h", new DateOnly(2026, 1, 1), "وصل الوفد بموسكو أمس.");
        using var index = Indexes.Of(briefing);

        var hit = Search(index, "موسكو")[0];

        Assert.Equal("بموسكو", hit.Passage.Text.Substring(hit.Highlights[0].Start, hit.Highlights[0].Length));
    }

    [Fact]
    public void The_same_passage_in_two_briefings_ranks_the_newer_briefing_first()
    {
        const string text = "اتفقت موسكو وبيونغ يانغ على تعاون عسكري جديد.";
        var older = Indexes.Briefing("older", new DateOnly(2026, 1, 1), text);
        var newer = Indexes.Briefing("newer", new DateOnly(2026, 3, 1), text);
        using var index = Indexes.Of(older, newer);

        var hits = Search(index, "تعاون عسكري");

        Assert.Equal(["newer", "older"], hits.Select(h => h.Passage.BriefingId));
    }

    [Fact]
    public void A_search_limited_to_one_briefing_returns_only_its_passages()
    {
        var a = Indexes.Briefing("a", new DateOnly(2026, 1, 1), "اتفقت موسكو وبيونغ يانغ على تعاون عسكري.");
        var b = Indexes.Briefing("b", new DateOnly(2026, 1, 2), "تعاون عسكري بين واشنطن وسيول.");
        using var index = Indexes.Of(a, b);

        var hits = Search(index, "تعاون عسكري", briefingId: "a");

        Assert.Equal(["a"], hits.Select(h => h.Passage.BriefingId));
    }

    [Fact]
    public void Upsert_replaces_a_briefing_and_remove_deletes_it()
    {
        using var index = Indexes.Of(Indexes.Briefing("a", new DateOnly(2026, 1, 1), "فقرة عن الصواريخ."));

        index.Upsert(Indexes.Briefing("a", new DateOnly(2026, 1, 1), "فقرة عن النفط.", "فقرة عن الغذاء."), "fp-2");
        Assert.Equal(2, index.PassageCount);
        Assert.Empty(Search(index, "الصواريخ"));

        index.Remove("a", "fp-3");
        Assert.Equal(0, index.PassageCount);
        Assert.Equal("fp-3", index.Fingerprint);
    }

    [Fact]
    public void Passages_by_speaker_are_in_document_order()
    {
        using var index = Indexes.Of(Seed.Parse());

        var passages = index.PassagesBySpeaker("أندريه بولياكوف");

        Assert.Equal(Seed.Polyakov, passages.Select(p => p.Ordinal));
    }

    [Fact]
    public void Speakers_lists_the_names_in_the_index()
    {
        using var index = Indexes.Of(Seed.Parse());

        Assert.Equal(["أندريه بولياكوف", "جوناثان وود", "لي يونغ سوك"], index.Speakers().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Speakers_are_read_again_after_a_commit_and_kept_until_then()
    {
        using var index = Indexes.Of(Seed.Parse());
        var before = index.Speakers();
        Assert.Same(before, index.Speakers());

        index.Remove(Seed.Parse().Id, "fp-2");

        Assert.Empty(index.Speakers());
        Assert.Equal(3, before.Count);
    }

    [Fact]
    public void The_text_vocabulary_is_read_again_after_a_commit_and_kept_until_then()
    {
        using var index = Indexes.Of(Seed.Parse());
        var before = index.TextVocabulary();
        Assert.Same(before, index.TextVocabulary());
        Assert.All(before, w => Assert.True(w.DocFreq > 0));

        index.Remove(Seed.Parse().Id, "fp-2");

        Assert.Empty(index.TextVocabulary());
        Assert.NotEmpty(before);
    }

    [Fact]
    public void Top_coverage_is_high_for_an_on_topic_question_and_low_for_an_unrelated_one()
    {
        using var index = Indexes.Of(Seed.Parse());

        var onTopic = index.Search(new PassageSearch(index.Analyze("تبادل مصالح تحت الضغط"), 3));
        var offTopic = index.Search(new PassageSearch(index.Analyze("وصفة كبسة الدجاج بالأرز"), 3));

        Assert.True(onTopic.TopCoverage > 0.9, $"on-topic coverage {onTopic.TopCoverage}");
        Assert.True(offTopic.TopCoverage < 0.3, $"off-topic coverage {offTopic.TopCoverage}");
    }
}
