using System.Globalization;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Chat;

/// <summary>Every sentence the bot says, in each language it speaks. Adapters never word a reply themselves.</summary>
public abstract class ChatTexts
{
    private static readonly ChatTexts ArabicTexts = new Arabic();
    private static readonly ChatTexts EnglishTexts = new English();

    public static ChatTexts For(ChatLanguage language) => language == ChatLanguage.English ? EnglishTexts : ArabicTexts;

    public abstract string Outcome(AnswerOutcome outcome);

    public abstract string Welcome { get; }

    /// <summary>
    /// What stands in for passages when an answer has none, wherever it is shown (chat, the console): how far the index
    /// has come while it is built, the welcome for a message said to the bot itself («السلام عليكم»، «من أنت؟»), else why
    /// nothing is shown.
    /// </summary>
    public string Unanswered(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Outcome == AnswerOutcome.IndexBuilding ? IndexBuilding(answer.IndexProgress)
            : answer.Declined == DeclineReason.AboutTheBot ? Welcome
            : answer.Declined == DeclineReason.TopicNotSpoken && answer.Speakers is [var asked, ..] ? NotSpokenOf(asked)
            : Outcome(answer.Outcome);
    }

    /// <summary>
    /// Asked what someone said of a subject they never speak of («ماذا قال بولياكوف عن إيران؟»): they are quoted, so
    /// "nothing found" would mislead; the reply says so and how to see all they said.
    /// </summary>
    public abstract string NotSpokenOf(AnswerSpeaker speaker);

    /// <summary>«الفهرس قيد البناء…» with how far it has come: what a question gets while the first index is built.</summary>
    public abstract string IndexBuilding(IndexBuildProgress? progress);

    protected static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public abstract string Help { get; }

    public abstract string MoreButton { get; }

    public abstract string BriefingsTitle { get; }

    public abstract string TodayTitle { get; }

    public abstract string ContinuationExpired { get; }

    public abstract string NoMoreResults { get; }

    /// <summary>What replaces the answer to a question that an edit made no longer a question (the mention taken out, a command instead).</summary>
    public abstract string EditedNotAQuestion { get; }

    /// <summary>Said once when a chat's answers wait for the platform's send limits (many questions at once).</summary>
    public abstract string AnswersQueued { get; }

    public abstract string UnknownCommand { get; }

    public abstract string ModeratorOnly { get; }

    public abstract string Failure { get; }

    public abstract string RateLimited(int perMinute);

    /// <summary>The heading over everything a person said; <paramref name="feminine"/> picks the verb's gender.</summary>
    public abstract string SpeakerTitle(string speaker, bool feminine = false);

    /// <summary>The heading of an answer that gives the words of several people («ما قاله … وما قالته … في الموجزات:»).</summary>
    public abstract string SpeakersTitle(IReadOnlyList<AnswerSpeaker> speakers);

    /// <summary>
    /// Under the words of the holder of a title quoted most recently, the others the briefings quote under it, so the
    /// asker can ask by name («وفي الموجزات أيضًا: …»).
    /// </summary>
    public abstract string OtherHolders(IReadOnlyList<AnswerSpeaker> others);

    /// <summary>The hedge over a tentative answer: the closest passages, not a sure answer.</summary>
    public abstract string Tentative { get; }

    /// <summary>The commands shown in a platform's command menu, with their descriptions.</summary>
    public abstract IReadOnlyList<(string Command, string Description)> MenuCommands { get; }

    /// <summary>The moderators' commands, for a platform whose menu can show them to moderators only (Discord).</summary>
    public abstract IReadOnlyList<(string Command, string Description)> ModeratorMenuCommands { get; }

    /// <summary>What to type as a command's question, where a platform asks for it apart (a slash command's option).</summary>
    public abstract string QuestionArgument { get; }

    /// <summary>The file a moderator attaches to <c>/brief</c>, where a platform asks for it apart.</summary>
    public abstract string BriefingFileArgument { get; }

    /// <summary>The id a moderator gives <c>/unbrief</c>, where a platform asks for it apart.</summary>
    public abstract string BriefingIdArgument { get; }

    /// <summary>How many days <c>/gaps</c> looks back, where a platform asks for it apart.</summary>
    public abstract string GapsDaysArgument { get; }

    /// <summary>The code <c>/link</c> takes, where a platform asks for it apart.</summary>
    public abstract string LinkCodeArgument { get; }

    /// <summary>Which setting <c>/settings</c> changes, where a platform asks for it apart.</summary>
    public abstract string SettingNameArgument { get; }

    /// <summary>The value <c>/settings</c> gives it, where a platform asks for it apart.</summary>
    public abstract string SettingValueArgument { get; }

    /// <summary>«العنوان · 2026-11-23 · القسم · المتحدث»: dates stay ISO so no calendar or digit system surprises anyone.</summary>
    public virtual string SourceLine(Passage passage)
    {
        var parts = new List<string> { passage.BriefingTitle, Date(passage.BriefingDate) };
        if (!string.IsNullOrWhiteSpace(passage.Section))
        {
            parts.Add(passage.Section);
        }

        if (!string.IsNullOrWhiteSpace(passage.Speaker))
        {
            parts.Add(passage.Speaker);
        }

        return string.Join(" · ", parts);
    }

    /// <summary>One line of a listing: date, title, passage count and the id moderators need for <c>/unbrief</c>.</summary>
    public abstract string BriefingLine(Briefing briefing);

    /// <summary>The same facts without the title, for where the title is shown on its own (<c>/today</c>, an embed's title).</summary>
    public abstract string BriefingFacts(Briefing briefing);

    public abstract string SectionsLabel { get; }

    public abstract string SpeakersLabel { get; }

    protected static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Arabic : ChatTexts
    {
        public override string Outcome(AnswerOutcome outcome) => outcome switch
        {
            AnswerOutcome.NothingRelevant => "لم أجد في الموجزات ما يجيب عن هذا السؤال. جرّب صياغة أخرى أو اسأل عن موضوع ورد في الموجز.",
            AnswerOutcome.EmptyQuestion => "السؤال فارغ. اكتب سؤالك بعد الأمر، مثلًا: ماذا قال بولياكوف؟",
            AnswerOutcome.QuestionTooLong => "السؤال طويل جدًا. اختصره في جملة واحدة من فضلك.",
            AnswerOutcome.NoSearchableWords => "لم أجد في السؤال كلمات يمكن البحث عنها. اذكر اسمًا أو موضوعًا من الموجز.",
            AnswerOutcome.NoBriefings => "لا يوجد موجز بعد. سيُتاح البحث بعد أن ينشر المشرفون أول موجز.",
            AnswerOutcome.EnglishUnavailable => "الأسئلة بالإنجليزية تحتاج إلى القاموس الإنجليزي–العربي، وهو غير مثبت على الخادم. اطرح سؤالك بالعربية من فضلك.",
            AnswerOutcome.IndexBuilding => IndexBuilding(null),
            _ => string.Empty,
        };

        public override string Welcome => "أهلًا بك! " + Help;

        public override string IndexBuilding(IndexBuildProgress? progress) => progress switch
        {
            null => "الفهرس قيد البناء… أعد طرح سؤالك بعد قليل من فضلك.",
            { Merging: true } => $"الفهرس قيد البناء… اكتملت كتابة {ArabicCount.Passages.Of((int)progress.PassagesTotal)}، ويجري دمجها الآن ({progress.Percent}%). أعد طرح سؤالك بعد قليل من فضلك.",
            _ => $"الفهرس قيد البناء… {progress.Percent}% ({progress.PassagesDone.ToString(CultureInfo.InvariantCulture)} من {ArabicCount.Passages.Of((int)progress.PassagesTotal)}). أعد طرح سؤالك بعد قليل من فضلك.",
        };

        public override string Help =>
            "أجيب عن أسئلتك بفقرات من الموجزات الإخبارية كما وردت، مع مصدر كل فقرة.\n\n" +
            "في المحادثة الخاصة اكتب سؤالك مباشرة. في المجموعات استخدم /ask أو اذكرني أو ردّ على رسالتي.\n\n" +
            "أمثلة:\n• ماذا قال بولياكوف؟\n• لماذا تقترب موسكو من بيونغ يانغ؟\n\n" +
            "الأوامر:\n/ask — اطرح سؤالًا\n/today — أحدث موجز\n/briefings — الموجزات المتاحة\n/help — هذه المساعدة";

        public override string MoreButton => "المزيد";

        public override string BriefingsTitle => "الموجزات المتاحة:";

        public override string TodayTitle => "أحدث موجز:";

        public override string ContinuationExpired => "انتهت صلاحية هذه النتائج. اطرح السؤال من جديد من فضلك.";

        public override string NoMoreResults => "لا توجد نتائج أخرى لهذا السؤال.";

        public override string EditedNotAQuestion => "عُدِّلت الرسالة ولم تعد سؤالًا لي. لتسأل، اذكرني في رسالة جديدة أو أرسل /ask مع سؤالك.";

        public override string AnswersQueued => "سؤالك في الطابور: الأسئلة كثيرة الآن، وتصل الأجوبة بالترتيب خلال لحظات.";

        public override string UnknownCommand => "لا أعرف هذا الأمر. اكتب /help لعرض الأوامر.";

        public override string ModeratorOnly => "هذا الأمر للمشرفين فقط.";

        public override string Failure => "تعذّر عليّ الإجابة الآن. حاول مرة أخرى بعد قليل من فضلك.";

        public override string RateLimited(int perMinute) =>
            $"تمهّل قليلًا من فضلك: الحد {ArabicCount.Questions.Of(perMinute)} في الدقيقة. أعد المحاولة بعد لحظات.";

        public override string SpeakerTitle(string speaker, bool feminine = false) =>
            feminine ? $"ما قالته {speaker} في الموجزات:" : $"ما قاله {speaker} في الموجزات:";

        // A name several people bear («عثمان الطيب» in three reports) is told by its briefing: «ما قاله عثمان الطيب في موجز «…»:».
        public override string SpeakersTitle(IReadOnlyList<AnswerSpeaker> speakers) =>
            speakers is [{ Briefing: null } one] ? SpeakerTitle(one.Name, one.Feminine)
            : string.Join(" و", speakers.Select(s => (s.Feminine ? "ما قالته " : "ما قاله ") + s.Name + (s.Briefing is { } b ? $" في موجز «{b}»" : "")))
                + (speakers.Any(s => s.Briefing is null) ? " في الموجزات:" : ":");

        public override string OtherHolders(IReadOnlyList<AnswerSpeaker> others) =>
            $"وفي الموجزات أيضًا: {string.Join("، ", others.Select(o => o.Name))}. لترى ما قاله أحدهم اسأل باسمه.";

        public override string Tentative => "لست متأكدًا، هذه أقرب الفقرات:";

        public override string NotSpokenOf(AnswerSpeaker speaker) => speaker.Feminine
            ? $"لم أجد في الموجزات كلامًا لـ{speaker.Name} عن هذا الموضوع. لترى كل ما قالته اسأل: «ماذا قالت {speaker.Name}؟»"
            : $"لم أجد في الموجزات كلامًا لـ{speaker.Name} عن هذا الموضوع. لترى كل ما قاله اسأل: «ماذا قال {speaker.Name}؟»";

        public override IReadOnlyList<(string Command, string Description)> MenuCommands =>
        [
            ("ask", "اطرح سؤالًا عن الموجزات"),
            ("today", "أحدث موجز"),
            ("briefings", "الموجزات المتاحة"),
            ("help", "كيف أستخدم البوت"),
            ("community", "تابع موجزات مجتمعك في المحادثة الخاصة"),
        ];

        public override IReadOnlyList<(string Command, string Description)> ModeratorMenuCommands =>
        [
            ("brief", "نشر موجز جديد (للمشرفين)"),
            ("unbrief", "حذف موجز (للمشرفين)"),
            ("gaps", "أسئلة لم يجد لها الأعضاء جوابًا (للمشرفين)"),
            ("link", "ربط مجموعة أو خادم بالمجتمع برمز لمرة واحدة (للمشرفين)"),
            ("settings", "إعدادات المجتمع (للمشرفين)"),
        ];

        public override string QuestionArgument => "سؤالك، مثلًا: ماذا قال بولياكوف؟";

        public override string BriefingFileArgument => "ملف الموجز (Markdown)";

        public override string BriefingIdArgument => "معرّف الموجز كما يظهر في ‎/briefings";

        public override string GapsDaysArgument => "عدد الأيام (7 إن لم يُذكر)";

        public override string LinkCodeArgument => "الرمز الذي أعطاه ‎/link في المجموعة الأخرى؛ اتركه فارغًا لطلب رمز";

        public override string SettingNameArgument => "الإعداد: ask أو language أو announce أو rate؛ فارغًا لعرض الإعدادات";

        public override string SettingValueArgument => "القيمة: here أو off، ar أو en أو auto، عدد أو default";

        public override string BriefingLine(Briefing briefing) =>
            $"{Date(briefing.Date)} — {briefing.Title} ({ArabicCount.Passages.Of(briefing.Passages.Count)}) — المعرّف: {briefing.Id}";

        public override string BriefingFacts(Briefing briefing) =>
            $"{Date(briefing.Date)} · {ArabicCount.Passages.Of(briefing.Passages.Count)} · المعرّف: {briefing.Id}";

        public override string SectionsLabel => "الأقسام";

        public override string SpeakersLabel => "المتحدثون";
    }

    private sealed class English : ChatTexts
    {
        public override string Outcome(AnswerOutcome outcome) => outcome switch
        {
            AnswerOutcome.NothingRelevant => "I found nothing in the briefings that answers this. Try other words, or ask about something the briefing covers.",
            AnswerOutcome.EmptyQuestion => "The question is empty. Write it after the command, e.g.: what did Polyakov say?",
            AnswerOutcome.QuestionTooLong => "The question is too long. Please keep it to one sentence.",
            AnswerOutcome.NoSearchableWords => "The question has no words I can search for. Name a person or a topic from the briefing.",
            AnswerOutcome.NoBriefings => "There is no briefing yet. Search opens once moderators post the first one.",
            AnswerOutcome.EnglishUnavailable => "Questions in English need the English–Arabic dictionary, which is not installed on this server (Debian package dict-freedict-eng-ara). Please ask in Arabic meanwhile, e.g.: ماذا قال بولياكوف؟",
            AnswerOutcome.IndexBuilding => IndexBuilding(null),
            _ => string.Empty,
        };

        public override string Welcome => "Welcome! " + Help;

        public override string IndexBuilding(IndexBuildProgress? progress) => progress switch
        {
            null => "The index is being built… Please ask again in a little while.",
            { Merging: true } => $"The index is being built… all {Count(progress.PassagesTotal)} passages are written and being merged ({progress.Percent}%). Please ask again in a little while.",
            _ => $"The index is being built… {progress.Percent}% ({Count(progress.PassagesDone)} of {Count(progress.PassagesTotal)} passages). Please ask again in a little while.",
        };

        public override string Help =>
            "I answer questions with passages quoted from the news briefings, each with its source.\n\n" +
            "In a private chat just type your question. In groups use /ask, mention me or reply to my message.\n\n" +
            "Examples:\n• ماذا قال بولياكوف؟\n• لماذا تقترب موسكو من بيونغ يانغ؟\n\n" +
            "Commands:\n/ask — ask a question\n/today — the latest briefing\n/briefings — the briefings I know\n/help — this help";

        public override string MoreButton => "More";

        public override string BriefingsTitle => "Briefings:";

        public override string TodayTitle => "Latest briefing:";

        public override string ContinuationExpired => "These results have expired. Please ask the question again.";

        public override string NoMoreResults => "There are no more results for this question.";

        public override string EditedNotAQuestion => "The message was edited and is no longer a question for me. To ask, mention me in a new message or send /ask with your question.";

        public override string AnswersQueued => "Your question is queued: many questions came at once, and the answers follow in order shortly.";

        public override string UnknownCommand => "I don't know that command. Send /help to see the commands.";

        public override string ModeratorOnly => "Only moderators can use this command.";

        public override string Failure => "I couldn't answer just now. Please try again in a moment.";

        public override string RateLimited(int perMinute) =>
            $"Please slow down a little: up to {perMinute} question{(perMinute == 1 ? string.Empty : "s")} a minute. Try again in a moment.";

        public override string SpeakerTitle(string speaker, bool feminine = false) => $"What {speaker} said in the briefings:";

        // Namesakes are told by their briefing here too, or two men's words would read as one man's.
        public override string SpeakersTitle(IReadOnlyList<AnswerSpeaker> speakers) =>
            speakers.Count == 1 && speakers[0].Briefing is null ? SpeakerTitle(speakers[0].Name)
            : speakers.Any(s => s.Briefing is not null) ? "What " + string.Join(" and what ", speakers.Select(s => s.Name + (s.Briefing is { } b ? $" said in the briefing “{b}”" : " said in the briefings"))) + ":"
            : $"What {string.Join(", ", speakers.Take(speakers.Count - 1).Select(s => s.Name))} and {speakers[^1].Name} said in the briefings:";

        public override string OtherHolders(IReadOnlyList<AnswerSpeaker> others) =>
            $"The briefings also quote {string.Join(", ", others.Select(o => o.Name))}. To see what one of them said, ask by name.";

        public override string Tentative => "I'm not sure; these are the closest passages:";

        public override string NotSpokenOf(AnswerSpeaker speaker) =>
            $"{speaker.Name} is quoted in the briefings, but not on this subject. To see all they said, ask: \"What did {speaker.Name} say?\"";

        public override IReadOnlyList<(string Command, string Description)> MenuCommands =>
        [
            ("ask", "Ask about the briefings"),
            ("today", "The latest briefing"),
            ("briefings", "The briefings I know"),
            ("help", "How to use the bot"),
            ("community", "Follow your community's briefings in private"),
        ];

        public override IReadOnlyList<(string Command, string Description)> ModeratorMenuCommands =>
        [
            ("brief", "Post a new briefing (moderators)"),
            ("unbrief", "Remove a briefing (moderators)"),
            ("gaps", "Questions members could not get answered (moderators)"),
            ("link", "Link a group or server to the community with a one-time code (moderators)"),
            ("settings", "Community settings (moderators)"),
        ];

        public override string QuestionArgument => "Your question, e.g. what did Polyakov say?";

        public override string BriefingFileArgument => "The briefing file (Markdown)";

        public override string BriefingIdArgument => "The briefing's id, as /briefings shows it";

        public override string GapsDaysArgument => "How many days back (7 if not given)";

        public override string LinkCodeArgument => "The code /link gave in the other group; leave empty to get a code";

        public override string SettingNameArgument => "ask, language, announce or rate; empty shows the settings";

        public override string SettingValueArgument => "here or off; ar, en or auto; a number or default";

        public override string BriefingLine(Briefing briefing) =>
            $"{Date(briefing.Date)} — {briefing.Title} ({Passages(briefing.Passages.Count)}) — id: {briefing.Id}";

        public override string BriefingFacts(Briefing briefing) =>
            $"{Date(briefing.Date)} · {Passages(briefing.Passages.Count)} · id: {briefing.Id}";

        private static string Passages(int n) => n == 1 ? "1 passage" : string.Create(CultureInfo.InvariantCulture, $"{n} passages");

        public override string SectionsLabel => "Sections";

        public override string SpeakersLabel => "Speakers";
    }
}
