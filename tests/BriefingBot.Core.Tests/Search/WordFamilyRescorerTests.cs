using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A question word the index knows lets the other forms of its verb stand in for it in the best hits
/// (<see cref="WordFamilyRescorer"/>): the reader's «ينقص» meets the briefing's «نقص», on a real index, ranked as the
/// word search alone does not; the word itself still ranks first, and a noun is not taken for a verb.
/// </summary>
public sealed class WordFamilyRescorerTests
{
    // Every passage names the hospitals; the first twice, the second with the shortage («نقص»), the third with the
    // question's own verb («ينقص»).
    private static readonly string[] Paragraphs =
    [
        "زار الوزير المستشفيات في العاصمة، وقال إن المستشفيات الجديدة تفتح أبوابها قريبا.",
        "تعمل المستشفيات بطاقة محدودة مع نقص حاد في المحاليل الوريدية والمضادات الحيوية.",
        "ينقص المستشفيات في الأقاليم المحاليل الوريدية والمضادات الحيوية والأطباء.",
    ];

    private static IReadOnlyList<int> Ranking(SearchTuning tuning, string question)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild([Indexes.Briefing("b1", new DateOnly(2026, 11, 30), Paragraphs)], "test");
        return index.Search(new PassageSearch(index.Analyze(question), 3)).Hits.Select(h => h.Passage.Ordinal).ToList();
    }

    [Fact]
    public void A_passage_with_the_verbal_noun_of_the_questions_verb_ranks_above_one_that_only_shares_other_words()
    {
        Assert.Equal([3, 1, 2], Ranking(SearchTuning.Default with { FamilyWeight = 0 }, "ماذا ينقص المستشفيات؟"));
        Assert.Equal([3, 2, 1], Ranking(SearchTuning.Default, "ماذا ينقص المستشفيات؟"));
    }

    // The stand-in «أكثر» (of «تكثر») is in more passages than a packed block of postings holds (128), and the passage
    // that has it without the question's verb is numbered among the first of them: there the count a bare posting
    // cursor gives is undefined (0), and the stand-in added nothing or its score, by the order a rebuild numbered passages.
    private static float StandInScore(SearchTuning tuning)
    {
        var paragraphs = new List<string>
        {
            "تكثر الطيور المهاجرة في الربيع.",
            "الأسماك في البحيرة أكثر من أي وقت مضى.",
            "الأسماك في البحيرة تباع في السوق.",
        };
        paragraphs.AddRange(Enumerable.Range(0, 200).Select(i => $"كان الحضور أكثر من المتوقع في اللقاء {i}."));
        // Passages without it, so that it is not too common to weigh anything.
        paragraphs.AddRange(Enumerable.Range(0, 600).Select(i => $"عقدت اللجنة اجتماعها رقم {i} في المقر."));
        using var index = PassageIndex.InMemory(tuning);
        index.BuildThreads = 1;
        index.Rebuild([Indexes.Briefing("b3", new DateOnly(2026, 12, 12), [.. paragraphs])], "test");
        return index.Search(new PassageSearch(index.Analyze("لماذا تكثر الأسماك في البحيرة؟"), 5)).Hits.Single(h => h.Passage.Ordinal == 2).Score;
    }

    [Fact]
    public void A_stand_in_found_in_many_passages_adds_its_score_wherever_the_rebuild_numbered_the_passage()
    {
        var without = StandInScore(SearchTuning.Default with { FamilyWeight = 0, PluralWeight = 0 });
        Assert.True(StandInScore(SearchTuning.Default) > without + 0.2f, $"{StandInScore(SearchTuning.Default)} vs {without}");
    }

    [Theory]
    [InlineData("ينقص", "نقص")]
    [InlineData("تجدد", "تجديد")]
    [InlineData("قاطع", "مقاطع")]
    [InlineData("يعلن", "معلن")]
    [InlineData("شارك", "مشارك")]
    public void A_verb_or_participle_is_spelt_in_the_other_forms_of_its_verb(string word, string member) =>
        Assert.Contains(member, DerivedForms.OfVerb(word));

    [Theory]
    [InlineData("مملك")] // «المملكة» (kingdom), not a participle of «يملك» (own)
    [InlineData("مجلس")] // a council, not «يجلس» (sit)
    [InlineData("اموال")] // a broken plural, not a verbal noun
    [InlineData("حكوم")] // «الحكومية», not «حكم»
    [InlineData("ملاعب")] // stadiums, not «لاعب» (player)
    public void A_word_that_reads_as_a_verb_form_only_in_a_pattern_nouns_share_has_no_verb_family(string word) =>
        Assert.Empty(DerivedForms.OfVerb(word));

    [Fact]
    public void A_verb_is_not_spelt_as_an_adjective() =>
        Assert.DoesNotContain("جديد", DerivedForms.OfVerb("تجدد")); // «تجدد» (renew) is not «جديد» (new)

    // The question asks for a centre in the singular («المركز»); the second passage has centres in the plural («مراكز») and
    // the old city, the first (a word shorter) only the old city, the third a centre elsewhere. («فندق» / «فنادق» would
    // prove nothing here: «فنادق» is also indexed without its «ف», and «نادق» is the participle of the verb family of
    // «ندق», «فندق» without the «ف».)
    private static readonly string[] CentreParagraphs =
    [
        "زار الوزير المدينة القديمة أمس والتقى عددا من التجار.",
        "افتتحت مراكز جديدة في المدينة القديمة أمس لاستقبال الزوار والتجار.",
        "يقع المركز على شاطئ البحر الشمالي.",
    ];

    private static List<int> CentreRanking(SearchTuning tuning)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild([Indexes.Briefing("b2", new DateOnly(2026, 12, 4), CentreParagraphs)], "test");
        return index.Search(new PassageSearch(index.Analyze("ماذا عن المركز في المدينة القديمة؟"), 3)).Hits.Select(h => h.Passage.Ordinal).ToList();
    }

    [Fact]
    public void A_passage_with_the_broken_plural_of_a_question_noun_ranks_above_one_without_it()
    {
        var without = CentreRanking(SearchTuning.Default with { PluralWeight = 0 });
        var with = CentreRanking(SearchTuning.Default);

        Assert.True(without.IndexOf(2) > without.IndexOf(1), string.Join(",", without));
        Assert.True(with.IndexOf(2) < with.IndexOf(1), string.Join(",", with));
    }

    [Theory]
    [InlineData("سمك", "اسماك")]
    [InlineData("اسماك", "سمك")]
    [InlineData("مركز", "مراكز")]
    [InlineData("راكب", "ركاب")]
    [InlineData("سايح", "سياح")]
    [InlineData("سياح", "سايح")]
    [InlineData("فندق", "فنادق")]
    [InlineData("فنادق", "فندق")]
    [InlineData("صندوق", "صناديق")]
    [InlineData("اسبوع", "اسابيع")]
    public void A_noun_is_spelt_in_its_broken_plural_and_a_broken_plural_in_its_singular(string word, string other) =>
        Assert.Contains(other, DerivedForms.OfPlural(word));

    [Fact]
    public void A_verbs_persons_are_not_a_nouns_plural() =>
        Assert.DoesNotContain("يعمل", DerivedForms.OfPlural("عمل"));
}
