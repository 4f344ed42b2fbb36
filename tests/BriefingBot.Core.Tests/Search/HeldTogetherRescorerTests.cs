using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// The briefing whose paragraphs together hold more of the question's words than any other is the one asked about
/// (<see cref="HeldTogetherRescorer"/>), on a real index: its passage passes another briefing's that holds more of the
/// words in one paragraph; briefings holding as much are left in the word search's order.
/// </summary>
public sealed class HeldTogetherRescorerTests
{
    /// <summary>
    /// A desert driver's paragraph says four of the question's words at once; the ferry briefing says every one of them,
    /// over three paragraphs.
    /// </summary>
    private static readonly Briefing[] Crossings =
    [
        Indexes.Briefing(
            "desert", new DateOnly(2026, 12, 31),
            "وقال السائق إن المسافر يدفع مئتي دينار لنقل سيارته.",
            "ويزور الواحة آلاف السياح في الشتاء."),
        Indexes.Briefing(
            "ferry", new DateOnly(2026, 12, 30),
            "وتبحر العبارة مرتين في الأسبوع بين الميناءين.",
            "وحددت الشركة خمسين دولارا لنقل السيارة الصغيرة، يدفعها المسافر عند الرصيف.",
            "ولا يسمح بالبقاء في سيارته أثناء الرحلة."),
        Indexes.Briefing(
            "bread", new DateOnly(2026, 12, 29),
            "وارتفعت أسعار الخبز في الأسواق الشعبية.",
            "وافتتحت الوزارة مدرسة جديدة في البلدة."),
    ];

    private const string Question = "كم يدفع المسافر لنقل سيارته على العبارة؟";

    private static List<string> Ranking(SearchTuning tuning, Briefing[] briefings)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild(briefings, "test");
        return index.Search(new PassageSearch(index.Analyze(Question), 5)).Hits.Select(h => $"{h.Passage.BriefingId}/{h.Passage.Ordinal}").ToList();
    }

    [Fact]
    public void The_passage_of_the_briefing_holding_all_the_questions_words_passes_one_that_holds_more_of_them_in_a_paragraph()
    {
        Assert.Equal("desert/1", Ranking(SearchTuning.Default with { HeldTogetherWeight = 0 }, Crossings)[0]);
        Assert.Equal("ferry/2", Ranking(SearchTuning.Default, Crossings)[0]);
    }

    [Fact]
    public void Briefings_holding_as_much_of_the_question_are_left_in_the_word_searchs_order()
    {
        // The desert briefing says the ferry too: both hold every word, and neither is raised.
        Briefing[] even = [Indexes.Briefing("desert", new DateOnly(2026, 12, 31), [.. Crossings[0].Passages.Select(p => p.Text), "ولا تصل العبارة إلى الواحة."]), Crossings[1], Crossings[2]];

        Assert.Equal(Ranking(SearchTuning.Default with { HeldTogetherWeight = 0 }, even), Ranking(SearchTuning.Default, even));
    }

    /// <summary>
    /// Two briefings of one paragraph each, as a benchmark's stand-alone passages are: the ferry's long paragraph says
    /// every word the driver's short one says, and the ferry too, yet holds nothing together that its own score has not
    /// counted — raising it would only prefer the longer text.
    /// </summary>
    [Fact]
    public void A_briefing_of_one_passage_is_not_raised_for_holding_more_of_the_questions_words()
    {
        Briefing[] single =
        [
            Indexes.Briefing("desert", new DateOnly(2026, 12, 31), "وقال السائق إن المسافر يدفع مئتي دينار لنقل سيارته."),
            Indexes.Briefing(
                "ferry", new DateOnly(2026, 12, 30),
                "وتبحر العبارة مرتين في الأسبوع بين الميناءين القديمين على الضفتين، وتحمل في كل رحلة مئات الركاب والشاحنات " +
                "الصغيرة وصناديق الخضر والفاكهة، ويدفع صاحب السيارة خمسين دولارا عند الرصيف، ولا يسمح للمسافر بالبقاء في " +
                "سيارته أثناء الرحلة، وتستعمل الشركة رافعة قديمة لنقل الصناديق الثقيلة، فيما تنتظر العائلات ساعات طويلة تحت " +
                "الشمس في الساحة المكشوفة قبل أن يفتح الموظفون البوابة الحديدية ويبدأ الصعود ببطء شديد."),
            Crossings[2],
        ];

        var unraised = Ranking(SearchTuning.Default with { HeldTogetherWeight = 0 }, single);
        Assert.Equal("desert/1", unraised[0]);
        Assert.Equal(unraised, Ranking(SearchTuning.Default with { HeldTogetherWeight = 3 }, single));
    }
}
