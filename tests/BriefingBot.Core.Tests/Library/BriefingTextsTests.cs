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
}
