using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A question word the index does not know is looked for as the other words of its family (<see cref="DerivedForms"/>):
/// the reader's «صوّت» meets the briefing's «التصويت», on a real index, and counts as the word in the answer's coverage.
/// </summary>
public sealed class DerivedFormsTests : IDisposable
{
    private readonly PassageIndex _index = Indexes.Of(Indexes.Briefing(
        "2026-11-26-vote",
        new DateOnly(2026, 11, 26),
        "جرى التصويت في المجالس المحلية بهدوء، ولم يتجاوز الإقبال اثني عشر في المئة.",
        "تعلن الهيئة النتائج النهائية خلال أسبوع بعد النظر في الطعون.",
        "خرج آلاف المحتجين إلى الشوارع للمطالبة بتحسين المستشفيات.",
        "قررت الحكومة تجديد عقود المعلمين المؤقتين لعام آخر.",
        "بلغت الأسعار في الأسواق مستوى غير مسبوق، وغاب الدقيق عن المخابز."));

    public void Dispose() => _index.Dispose();

    private PassageSearchResult Search(string question) => _index.Search(new PassageSearch(_index.Analyze(question), 3));

    [Theory]
    [InlineData("متى صوّت الناخبون؟", "التصويت")]
    [InlineData("متى يعلن موعد النتائج؟", "تعلن")]
    [InlineData("لماذا خرجوا؟", "خرج")]
    [InlineData("هل تجدد الحكومة عقود المعلمين؟", "تجديد")]
    public void A_word_the_index_lacks_meets_another_word_of_its_family(string question, string passageWord)
    {
        var result = Search(question);

        Assert.NotEmpty(result.Hits);
        Assert.Contains(passageWord, result.Hits[0].Passage.Text, StringComparison.Ordinal);
        var derived = Assert.Single(result.Terms, t => t.Derived);
        Assert.True(derived.Known);
        Assert.True(derived.InTopHit);
    }

    [Fact]
    public void A_word_the_index_knows_is_searched_as_itself_only()
    {
        // «نسبة» is not in this index; the concept lexicon may stand «في المئة» in for it. «الإقبال» is, and stays itself.
        var result = Search("ما نسبة الإقبال؟");

        Assert.False(Assert.Single(result.Terms, t => t.Term == "اقبال").Derived);
    }

    [Fact]
    public void A_verb_is_spelt_in_its_own_verb_form_only()
    {
        // «يبلغ» (reach) and «يبالغ» (exaggerate) share a root, not a meaning: form I is not spelt as form III.
        var family = DerivedForms.Of("يبلغ");

        Assert.Contains("بلغ", family);
        Assert.Contains("مبلغ", family);
        Assert.DoesNotContain("يبالغ", family);
        Assert.DoesNotContain("مبالغ", family);
    }

    [Theory]
    [InlineData("مواعيد", "موعد")]
    [InlineData("وظايف", "وظيف")]
    [InlineData("محصور", "تحصر")]
    [InlineData("مقاطع", "قاطع")]
    [InlineData("بمصر", "مصر")]
    public void Broken_plurals_participles_and_a_glued_preposition_are_read_back_to_the_word(string word, string member)
    {
        Assert.Contains(member, DerivedForms.Of(word));
    }

    [Theory]
    [InlineData("نواب", "نايب")]
    [InlineData("نايب", "نواب")]
    [InlineData("سايق", "سواق")]
    [InlineData("زوار", "زاير")]
    public void A_hollow_roots_participle_and_its_plural_are_one_family(string word, string member)
    {
        Assert.Contains(member, DerivedForms.Of(word));
    }

    [Fact]
    public void A_word_written_with_the_article_is_not_read_as_a_present_tense()
    {
        Assert.Contains("واب", DerivedForms.Of("نواب"));
        Assert.DoesNotContain("واب", DerivedForms.OfNoun("نواب"));
        Assert.Contains("نايب", DerivedForms.OfNoun("نواب"));
        Assert.Contains("تصويت", DerivedForms.OfNoun("صوت"));
    }

    [Fact]
    public void A_hollow_verbs_family_keeps_its_own_middle_letter()
    {
        Assert.DoesNotContain("زود", DerivedForms.OfVerb("يزيد"));
    }

    [Fact]
    public void Words_that_cannot_be_one_arabic_word_have_no_family()
    {
        Assert.Empty(DerivedForms.Of("قد"));
        Assert.Empty(DerivedForms.Of("covid"));
        Assert.Empty(DerivedForms.Of("2030"));
    }

    [Fact]
    public void Without_derived_forms_the_word_stays_unknown()
    {
        using var index = PassageIndex.InMemory(SearchTuning.Default with { DerivedForms = false });
        index.Rebuild([Indexes.Briefing("b", new DateOnly(2026, 11, 26), "جرى التصويت في المجالس المحلية بهدوء.")], "test");

        var result = index.Search(new PassageSearch(index.Analyze("متى صوّت الناخبون؟"), 3));

        Assert.DoesNotContain(result.Terms, t => t.Derived);
    }

    [Theory]
    [InlineData("تذاكر", "ذكر")]
    [InlineData("تذاكر", "يذكر")]
    [InlineData("يشارك", "شريك")]
    public void A_present_tense_without_its_prefix_is_read_as_a_verb_stem_not_as_a_participle(string word, string notMember) =>
        Assert.DoesNotContain(notMember, DerivedForms.Of(word));

    [Theory]
    [InlineData("تذاكر", "تذكر")]
    [InlineData("يكتب", "كتب")]
    [InlineData("يكتب", "مكتوب")]
    [InlineData("يقاطع", "مقاطع")]
    [InlineData("يتعلم", "تعلم")]
    public void A_present_tense_still_meets_its_verb_s_family(string word, string member) =>
        Assert.Contains(member, DerivedForms.Of(word));

    [Fact]
    public void A_form_three_past_is_read_as_its_own_verb_before_form_one_s_noun()
    {
        // «شارك» is form III's past and form I's participle; read as the participle its family is «شرك» (the stem of «شركة»).
        var family = DerivedForms.Of("شارك").ToList();

        Assert.True(family.IndexOf("يشارك") < family.IndexOf("شرك"));
        Assert.True(family.IndexOf("مشارك") < family.IndexOf("شرك"));
    }

    [Theory]
    [InlineData("شارك", "شاركو")]
    [InlineData("يشارك", "شاركت")]
    [InlineData("خرج", "خرجو")]
    public void A_verb_s_past_is_spelt_with_the_endings_of_its_persons(string word, string member) =>
        Assert.Contains(member, DerivedForms.Of(word));

    [Theory]
    [InlineData("مواعيد", "موعدت")]
    [InlineData("مواعيد", "موعدو")]
    public void A_noun_s_family_is_not_spelt_with_the_endings_of_a_verb_s_persons(string word, string notMember)
    {
        Assert.Contains("موعد", DerivedForms.Of(word));
        Assert.DoesNotContain(notMember, DerivedForms.Of(word));
    }

    [Fact]
    public void A_form_three_question_verb_finds_the_passage_of_its_plural_not_a_company()
    {
        var first = FirstPassageFor(
            "كم رجل إطفاء شارك في إخماد الحرائق؟",
            "أعلنت شركة التأمين الوطنية أن الخسائر تجاوزت مئة مليون دينار، وأن شركة أخرى ستعوض الفلاحين.",
            "وقال مدير الحماية المدنية إن أكثر من ثمانية آلاف عنصر شاركوا في إخماد النيران في الغابات.");

        Assert.Contains("شاركوا", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("تحد", "يحد")]
    [InlineData("يقع", "تقع")]
    [InlineData("يعد", "تعد")]
    public void A_three_letter_present_tense_meets_its_other_gender(string word, string member)
    {
        Assert.Contains(member, DerivedForms.Of(word));
        Assert.Contains(member, DerivedForms.OfVerb(word));
    }

    [Theory]
    [InlineData("نهر", "يهر")]
    [InlineData("تحد", "نحد")]
    [InlineData("الترك", "يرك")]
    public void A_three_letter_noun_is_not_read_as_a_present_tense(string word, string notMember) =>
        Assert.DoesNotContain(notMember, word.StartsWith("ال", StringComparison.Ordinal) ? DerivedForms.OfNoun(word[2..]) : DerivedForms.Of(word));

    [Fact]
    public void A_question_with_one_gender_of_a_short_present_ranks_the_passage_with_the_other()
    {
        var first = FirstPassageFor(
            "ماذا تحد البلاد من الشمال؟",
            "تعبر الصحراء البلاد من الجنوب إلى الشمال.",
            "يحد البلاد من الشمال البحر المتوسط، ومن الشرق والغرب جبال عالية ووديان عميقة تسكنها قبائل الرعاة منذ قرون طويلة.");

        Assert.StartsWith("يحد", first, StringComparison.Ordinal);
    }

    /// <summary>The text of the passage a real index of one briefing made of <paramref name="paragraphs"/> ranks first for the question.</summary>
    private static string FirstPassageFor(string question, params string[] paragraphs)
    {
        using var index = Indexes.Of(Indexes.Briefing("2026-12-06-forms", new DateOnly(2026, 12, 6), paragraphs));
        return index.Search(new PassageSearch(index.Analyze(question), 3)).Hits[0].Passage.Text;
    }
}
