using System.Globalization;
using System.Text;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Library;

/// <summary>
/// What the bot says about posting, listing and removing briefings, in each language it speaks. Kept apart from
/// <see cref="ChatTexts"/> only until the two are merged; adapters never word these replies themselves.
/// </summary>
public abstract class BriefingTexts
{
    private static readonly BriefingTexts ArabicTexts = new Arabic();
    private static readonly BriefingTexts EnglishTexts = new English();

    public static BriefingTexts For(ChatLanguage language) => language == ChatLanguage.English ? EnglishTexts : ArabicTexts;

    /// <summary>The reply to a posted briefing, whatever became of it.</summary>
    public string Result(IntakeResult result, int maxBytes) => result switch
    {
        BriefingAdded added => Added(added.Briefing, added.Replaced),
        BriefingAlreadyPresent present => AlreadyPresent(present.Existing),
        BriefingRejected rejected => Rejected(rejected.Reason, maxBytes),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    /// <summary>The confirmation: title, date, sections and passage count.</summary>
    public abstract string Added(Briefing briefing, bool replaced);

    public abstract string AlreadyPresent(Briefing existing);

    public abstract string Rejected(IntakeRejection reason, int maxBytes);

    public abstract string NotAModerator { get; }

    /// <summary>What the announce channels are told about a newly added briefing: its title, date and sections.</summary>
    public abstract string Announcement(Briefing briefing);

    /// <summary>The reply to <c>/unbrief</c> without an id.</summary>
    public abstract string UnbriefUsage { get; }

    public abstract string Removal(LibraryRemoveResult result, string requestedId);

    /// <summary>The <c>/briefings</c> list: newest first, one line each.</summary>
    public abstract string List(IReadOnlyList<Briefing> recent);

    /// <summary>The <c>/today</c> reply: the latest briefing's title and sections.</summary>
    public abstract string Latest(Briefing? latest);

    /// <summary>Arabic counts agree with the noun: فقرة واحدة، فقرتان، ٣–١٠ فقرات، ١١ فقرة فأكثر.</summary>
    internal static string ArabicPassages(int n) => n == 0 ? "لا فقرات" : ArabicCount.Passages.Of(n);

    /// <summary>"1 passage", "2 passages".</summary>
    internal static string EnglishPassages(int n) => n == 1 ? "1 passage" : string.Create(CultureInfo.InvariantCulture, $"{n} passages");

    /// <summary>A limit as a reader states it: megabytes from one up, kilobytes under that.</summary>
    protected static string Size(int bytes, string megabytes, string kilobytes) =>
        bytes >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} {megabytes}")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} {kilobytes}");

    protected static string Date(Briefing b) => b.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The briefing's listed sections under a label, or nothing for a briefing without headings.</summary>
    protected static string SectionsLine(Briefing b, string label) =>
        b.Sections.Count == 0 ? string.Empty : label + Bullets(BriefingLimits.Listed(b.Sections));

    protected static string Bullets(IEnumerable<string> items)
    {
        var sb = new StringBuilder();
        foreach (var item in items)
        {
            sb.Append("\n• ").Append(item);
        }

        return sb.ToString();
    }

    private sealed class Arabic : BriefingTexts
    {
        public override string NotAModerator => "عذرًا، نشر الموجزات وحذفها متاحان للمشرفين فقط.";

        public override string Announcement(Briefing briefing) =>
            $"موجز جديد: «{briefing.Title}» ({Date(briefing)})." + Sections(briefing) + "\nاسألوني عنه، مثلًا: ‎/ask ماذا قال …؟";

        public override string UnbriefUsage => "اكتب معرّف الموجز بعد الأمر، مثلًا: ‎/unbrief 2026-11-24-economy. اكتب ‎/briefings لعرض المعرّفات.";

        public override string Added(Briefing briefing, bool replaced) =>
            $"{(replaced ? "تم تحديث الموجز" : "تمت إضافة الموجز")} «{briefing.Title}» ({Date(briefing)})."
            + Sections(briefing)
            + $"\nعدد الفقرات: {ArabicPassages(briefing.Passages.Count)}."
            + $"\nالمعرّف: {briefing.Id}";

        public override string AlreadyPresent(Briefing existing) =>
            $"هذا الموجز موجود بالفعل: «{existing.Title}» ({Date(existing)})، المعرّف: {existing.Id}. لم يتغير شيء.";

        public override string Rejected(IntakeRejection reason, int maxBytes) => reason switch
        {
            IntakeRejection.Empty => "الموجز فارغ. أرسل نص الموجز بعد الأمر أو أرفقه ملفًا بصيغة ‎.txt أو ‎.md.",
            IntakeRejection.TooLarge => $"الملف أكبر من الحد المسموح ({Size(maxBytes, "ميغابايت", "كيلوبايت")}). قسّم الموجز أو اختصره.",
            IntakeRejection.UnsupportedFileType => "أقبل الموجزات بصيغة نص عادي ‎.txt أو ماركداون ‎.md فقط.",
            IntakeRejection.Binary => "يبدو أن الملف ليس نصًا (ملف ثنائي مثل PDF أو Word أو صورة). احفظ الموجز نصًا بترميز UTF-8 وأعد إرساله.",
            IntakeRejection.NotUtf8 => "ترميز الملف ليس UTF-8. احفظه بترميز UTF-8 وأعد إرساله.",
            IntakeRejection.Markup => "الملف صفحة HTML أو XML أو مستند RTF وليس نصًا. أرسل نص الموجز عاديًا أو بصيغة ماركداون.",
            IntakeRejection.NoParagraphs => "لم أجد في الموجز فقرات، بل عناوين فقط. أرسل نص الموجز كاملًا.",
            IntakeRejection.BadHeader => "رأس الموجز (بين سطري ‎---) غير صالح: تأكد من إغلاقه بسطر ‎--- ومن كتابة التاريخ بصيغة YYYY-MM-DD.",
            IntakeRejection.IdInUse => "المعرّف (id) في رأس الموجز لموجز مرفق مع البوت، ولا يمكن لمنشور أن يستبدله. احذف سطر id أو اختر معرّفًا آخر.",
            _ => "تعذّرت إضافة الموجز.",
        };

        public override string Removal(LibraryRemoveResult result, string requestedId) => result.Outcome switch
        {
            RemoveOutcome.Removed when result.Briefing is null => $"تم حذف الموجز {requestedId}.",
            RemoveOutcome.Removed => $"تم حذف الموجز «{result.Briefing!.Title}» ({Date(result.Briefing)}).",
            RemoveOutcome.ShippedWithBot => $"الموجز {requestedId} مرفق مع البوت ولا يمكن حذفه من المحادثة.",
            _ => $"لا يوجد موجز بالمعرّف {requestedId}. اكتب ‎/briefings لعرض الموجزات.",
        };

        public override string List(IReadOnlyList<Briefing> recent) =>
            recent.Count == 0
                ? "لا يوجد موجز بعد."
                : "أحدث الموجزات:" + string.Concat(recent.Select(b => $"\n• {Date(b)} — «{b.Title}» — {ArabicPassages(b.Passages.Count)} — {b.Id}"));

        public override string Latest(Briefing? latest) =>
            latest is null
                ? "لا يوجد موجز بعد."
                : $"آخر موجز: «{latest.Title}» ({Date(latest)})." + Sections(latest);

        private static string Sections(Briefing b) => SectionsLine(b, "\nالأقسام:");

    }

    private sealed class English : BriefingTexts
    {
        public override string NotAModerator => "Sorry, only moderators can post or remove briefings.";

        public override string Announcement(Briefing briefing) =>
            $"New briefing: \"{briefing.Title}\" ({Date(briefing)})."
            + SectionsLine(briefing, "\nSections:")
            + "\nAsk me about it, e.g. /ask what did … say?";

        public override string UnbriefUsage => "Write the briefing's id after the command, e.g. /unbrief 2026-11-24-economy. Send /briefings to see the ids.";

        public override string Added(Briefing briefing, bool replaced) =>
            $"{(replaced ? "Briefing updated" : "Briefing added")}: \"{briefing.Title}\" ({Date(briefing)})."
            + SectionsLine(briefing, "\nSections:")
            + $"\nPassages: {briefing.Passages.Count}."
            + $"\nId: {briefing.Id}";

        public override string AlreadyPresent(Briefing existing) =>
            $"This briefing is already there: \"{existing.Title}\" ({Date(existing)}), id {existing.Id}. Nothing changed.";

        public override string Rejected(IntakeRejection reason, int maxBytes) => reason switch
        {
            IntakeRejection.Empty => "The briefing is empty. Send its text after the command or attach it as a .txt or .md file.",
            IntakeRejection.TooLarge => $"The file is larger than the limit ({Size(maxBytes, "MB", "KB")}). Split or shorten the briefing.",
            IntakeRejection.UnsupportedFileType => "I take briefings as plain text (.txt) or Markdown (.md) files only.",
            IntakeRejection.Binary => "The file does not look like text (a PDF, Word file or image?). Save the briefing as UTF-8 text and send it again.",
            IntakeRejection.NotUtf8 => "The file is not UTF-8 encoded. Save it as UTF-8 and send it again.",
            IntakeRejection.Markup => "The file is an HTML/XML page or RTF document, not text. Send the briefing as plain text or Markdown.",
            IntakeRejection.NoParagraphs => "The briefing has headings but no paragraphs. Send the whole text.",
            IntakeRejection.BadHeader => "The briefing's header (between --- lines) is invalid: close it with a --- line and write the date as YYYY-MM-DD.",
            IntakeRejection.IdInUse => "The id in the briefing's header belongs to a briefing shipped with the bot, which a post cannot replace. Remove the id line or choose another id.",
            _ => "The briefing could not be added.",
        };

        public override string Removal(LibraryRemoveResult result, string requestedId) => result.Outcome switch
        {
            RemoveOutcome.Removed when result.Briefing is null => $"Briefing {requestedId} removed.",
            RemoveOutcome.Removed => $"Briefing \"{result.Briefing!.Title}\" ({Date(result.Briefing)}) removed.",
            RemoveOutcome.ShippedWithBot => $"Briefing {requestedId} ships with the bot and cannot be removed from chat.",
            _ => $"There is no briefing with id {requestedId}. Send /briefings to list them.",
        };

        public override string List(IReadOnlyList<Briefing> recent) =>
            recent.Count == 0
                ? "There is no briefing yet."
                : "Latest briefings:" + string.Concat(recent.Select(b => $"\n• {Date(b)} — \"{b.Title}\" — {EnglishPassages(b.Passages.Count)} — {b.Id}"));

        public override string Latest(Briefing? latest) =>
            latest is null
                ? "There is no briefing yet."
                : $"Latest briefing: \"{latest.Title}\" ({Date(latest)})."
                  + SectionsLine(latest, "\nSections:");
    }
}
