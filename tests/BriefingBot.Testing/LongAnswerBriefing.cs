using System.Globalization;
using System.Text;

namespace BriefingBot.Testing;

/// <summary>
/// A briefing in which one person, the engineer سارة النجار, says a lot (ten long passages): everything she said takes more
/// than one message on Telegram (4096 characters) and on Discord (10 embeds, 6000 characters).
/// </summary>
public static class LongAnswerBriefing
{
    public const string FileName = "2026-11-21-long-test.ar.md";

    public const string Question = "ماذا قالت سارة النجار؟";

    /// <summary>The heading over her passages.</summary>
    public const string Heading = "ما قالته سارة النجار";

    public static string Text()
    {
        var text = new StringBuilder("""
            ---
            id: 2026-11-21-long-test
            title: الطاقة المتجددة في الخليج
            date: 2026-11-21
            source: موجز الأخبار اليومي
            ---

            مزارع الرياح البحرية

            """);
        string[] topics = ["التوربينات", "الكابلات البحرية", "الموانئ", "الصيانة", "التمويل", "العمالة", "الشبكة الكهربائية", "التخزين", "الطيور المهاجرة", "المدارس التقنية", "المياه العميقة", "التأمين"];
        foreach (var topic in topics)
        {
            text.Append("تقول المهندسة سارة النجار إن ").Append(topic);
            for (var i = 0; i < 8; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $" تحتاج في المرحلة {i + 1} إلى خطة واضحة ومراجعة دقيقة للتكاليف والجداول الزمنية");
            }

            text.Append(".\n\n");
        }

        return text.ToString();
    }
}
