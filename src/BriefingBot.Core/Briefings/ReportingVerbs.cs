using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// The verbs Arabic news uses to attribute a statement («قال»، «يرى»، «أشار» …), in the folded spelling
/// (see <see cref="ArabicText.Fold(ReadOnlySpan{char})"/>), with and without the conjunction «و».
/// </summary>
internal static class ReportingVerbs
{
    private static readonly string[] Stems =
    [
        // past, 3rd masc. / fem.; present, 3rd masc. / fem.
        "قال", "قالت", "يقول", "تقول",
        "اضاف", "اضافت", "يضيف", "تضيف",
        "اشار", "اشارت", "يشير", "تشير",
        "راي", "رات", "يري", "تري",
        "اكد", "اكدت", "يوكد", "توكد",
        "اعتبر", "اعتبرت", "يعتبر", "تعتبر",
        "صرح", "صرحت", "يصرح", "تصرح",
        "اوضح", "اوضحت", "يوضح", "توضح",
        "لفت", "لفتت", "يلفت", "تلفت",
        "شدد", "شددت", "يشدد", "تشدد",
        "اعرب", "اعربت", "يعرب", "تعرب",
        "رجح", "رجحت", "يرجح", "ترجح",
        "اعتقد", "اعتقدت", "يعتقد", "تعتقد",
        "حذر", "حذرت", "يحذر", "تحذر",
        "ذكر", "ذكرت", "يذكر", "تذكر",
        "تابع", "تابعت", "يتابع", "تتابع",
        "استطرد", "استطردت", "يستطرد",
        "افاد", "افادت", "يفيد", "تفيد",
        "اعلن", "اعلنت", "يعلن", "تعلن",
        "كشف", "كشفت", "يكشف", "تكشف",
        "ختم", "ختمت", "يختم", "تختم",
        "وصف", "وصفت", "يصف", "تصف",
        "نبه", "نبهت", "ينبه", "تنبه",
        "لاحظ", "لاحظت", "يلاحظ", "تلاحظ",
    ];

    private static readonly HashSet<string> All = Build();

    public static bool IsReportingVerb(string foldedWord) => All.Contains(foldedWord);

    private static HashSet<string> Build()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in Stems)
        {
            set.Add(stem);
            set.Add("و" + stem);
            set.Add("ف" + stem);
        }

        return set;
    }
}
