using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Tests.Library;

public sealed class BriefingTextsTests
{
    [Fact]
    public async Task The_Arabic_confirmation_names_title_sections_and_passage_count()
    {
        using var library = await TestLibrary.CreateAsync();
        var added = await library.AddAsync(SampleBriefings.Make("confirm"));

        var reply = BriefingTexts.For(ChatLanguage.Arabic).Added(added, replaced: false);

        Assert.StartsWith("تمت إضافة الموجز «موجز اليوم confirm»", reply, StringComparison.Ordinal);
        Assert.Contains("• السياسة", reply, StringComparison.Ordinal);
        Assert.Contains("• الاقتصاد", reply, StringComparison.Ordinal);
        Assert.Contains("عدد الفقرات: 4 فقرات", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "فقرة واحدة")]
    [InlineData(2, "فقرتان")]
    [InlineData(7, "7 فقرات")]
    [InlineData(27, "27 فقرة")]
    [InlineData(103, "103 فقرات")]
    public void Arabic_passage_counts_agree_with_the_number(int count, string expected)
    {
        Assert.Equal(expected, BriefingTexts.ArabicPassages(count));
    }

    [Theory]
    [InlineData(ChatLanguage.Arabic, 2 * 1024 * 1024, "(2 ميغابايت)")]
    [InlineData(ChatLanguage.Arabic, 64 * 1024, "(64 كيلوبايت)")]
    [InlineData(ChatLanguage.English, 2 * 1024 * 1024, "(2 MB)")]
    [InlineData(ChatLanguage.English, 1536 * 1024, "(1.5 MB)")]
    [InlineData(ChatLanguage.English, 64 * 1024, "(64 KB)")]
    public void The_size_limit_is_stated_in_megabytes_from_one_up_in_both_languages(ChatLanguage language, int maxBytes, string expected)
    {
        Assert.Contains(expected, BriefingTexts.For(language).Rejected(IntakeRejection.TooLarge, maxBytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rejection_has_a_reply_in_both_languages()
    {
        foreach (var language in Enum.GetValues<ChatLanguage>())
        {
            foreach (var reason in Enum.GetValues<IntakeRejection>())
            {
                Assert.False(string.IsNullOrWhiteSpace(BriefingTexts.For(language).Rejected(reason, 1024 * 1024)));
            }
        }
    }

    [Fact]
    public void A_briefing_with_thousands_of_sections_gets_replies_of_bounded_size()
    {
        var text = "# موجز\n" + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"## قسم {i}\nقال الخبير أندريه بولياكوف إن الأمر {i} مهم.\n"));
        var briefing = new Core.Briefings.BriefingParser().Parse(text);
        Assert.Equal(3_000, briefing.Sections.Count);

        foreach (var language in Enum.GetValues<ChatLanguage>())
        {
            var texts = BriefingTexts.For(language);
            foreach (var reply in new[] { texts.Added(briefing, replaced: false), texts.Announcement(briefing), texts.Latest(briefing) })
            {
                Assert.True(reply.Length < 2_000, $"{reply.Length} characters");
                Assert.Contains("… +2980", reply, StringComparison.Ordinal);
            }
        }
    }
}
