using BriefingBot.Core.Chat;

namespace BriefingBot.Core.Communities;

/// <summary>What the bot says about communities (posting, linking, following, settings), in each language it speaks.</summary>
public abstract class CommunityTexts
{
    private static readonly CommunityTexts ArabicTexts = new Arabic();
    private static readonly CommunityTexts EnglishTexts = new English();

    public static CommunityTexts For(ChatLanguage language) => language == ChatLanguage.English ? EnglishTexts : ArabicTexts;

    /// <summary>A moderator's <c>/brief</c> in a community that does not accept briefings.</summary>
    public abstract string PostingNotEnabled { get; }

    /// <summary><c>/brief</c> in a private chat by someone who is not a global moderator.</summary>
    public abstract string PostInYourGroup { get; }

    /// <summary><c>/community</c> in a group: the user's private chat now follows this community.</summary>
    public abstract string Following { get; }

    /// <summary><c>/community</c> in a private chat that follows a community the user is (still) a member of.</summary>
    public abstract string FollowingHere { get; }

    /// <summary><c>/community</c> in a private chat that follows none (or one the user has left).</summary>
    public abstract string FollowingNone { get; }

    /// <summary><c>/community off</c> in a private chat.</summary>
    public abstract string Unfollowed { get; }

    /// <summary><c>/community</c> in a group the bot cannot place in a community.</summary>
    public abstract string NoCommunityHere { get; }

    /// <summary><c>/link</c> or <c>/settings</c> in a private chat.</summary>
    public abstract string OnlyInGroups { get; }

    /// <summary><c>/link</c>: the code to send in the other group, and for how long it works.</summary>
    public abstract string LinkCode(string code, TimeSpan lifetime);

    /// <summary><c>/link CODE</c> worked; <paramref name="moved"/> briefings posted here before went along.</summary>
    public abstract string Linked(int moved);

    public abstract string LinkCodeRefused(LinkCodeStatus status);

    /// <summary><c>/link CODE</c> in a group already in the code's community.</summary>
    public abstract string AlreadyLinked { get; }

    /// <summary><c>/link CODE</c> in a group the operator placed in a community in configuration.</summary>
    public abstract string LinkConfigured { get; }

    /// <summary>
    /// <c>/settings</c>: the community's settings now, and how to change them. <paramref name="here"/> is the chat asked in;
    /// <paramref name="hereParent"/> the chat it is a thread of, if it is one.
    /// </summary>
    public abstract string Settings(CommunitySettings settings, string here, int defaultPerMinute, bool acceptsBriefings, string? hereParent = null);

    /// <summary>A setting changed; followed by the summary.</summary>
    public abstract string SettingSaved { get; }

    /// <summary>A <c>/settings</c> the bot does not understand: nothing changed.</summary>
    public abstract string SettingsNotUnderstood { get; }

    public abstract string RateOutOfRange(int min, int max);

    /// <summary><c>/settings posting</c> by someone who is not a global moderator.</summary>
    public abstract string PostingIsTheOperators { get; }

    private static string Minutes(TimeSpan lifetime) => Math.Max(1, (int)Math.Round(lifetime.TotalMinutes)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Arabic : CommunityTexts
    {
        public override string Following =>
            "تم. ستجيبك محادثتك الخاصة معي من موجزات هذا المجتمع أيضًا، ما دمت عضوًا في مجموعته.";

        public override string FollowingHere =>
            "محادثتك الخاصة تتبع المجتمع الذي اخترته في مجموعته، وتجيب من موجزاته ومن الموجزات العامة. لإلغاء ذلك أرسل: ‎/community off";

        public override string FollowingNone =>
            "محادثتك الخاصة تجيب من الموجزات العامة فقط. لمتابعة موجزات مجتمعك هنا أرسل ‎/community في مجموعته.";

        public override string Unfollowed => "تم. محادثتك الخاصة تجيب الآن من الموجزات العامة فقط.";

        public override string NoCommunityHere => "لا أستطيع ربط هذه المحادثة بمجتمع.";

        public override string OnlyInGroups => "يُضبط هذا من مجموعة المجتمع (أو خادمه)، لا من المحادثة الخاصة.";

        public override string LinkCode(string code, TimeSpan lifetime) =>
            $"رمز الربط: {code}\nليضمّ مشرفٌ مجموعةً أخرى (مجموعة تيليغرام أو خادم ديسكورد) إلى هذا المجتمع، يرسل فيها:\n/link {code}\nالرمز صالح لمرة واحدة، مدة {ArabicMinutes(lifetime)}.";

        public override string Linked(int moved) =>
            "تم. صارت هذه المجموعة جزءًا من المجتمع: تتشارك موجزاته ومشرفيه وإعداداته." +
            (moved > 0 ? $" ونُقل إليه {moved} من الموجزات التي نُشرت هنا من قبل." : string.Empty);

        public override string LinkCodeRefused(LinkCodeStatus status) => status switch
        {
            LinkCodeStatus.Expired => "انتهت صلاحية هذا الرمز، ولم يتغير شيء. اطلب رمزًا جديدًا بإرسال ‎/link في المجموعة الأخرى.",
            LinkCodeStatus.Used => "استُخدم هذا الرمز من قبل، وكل رمز يصلح لمرة واحدة؛ لم يتغير شيء. اطلب رمزًا جديدًا بإرسال ‎/link في المجموعة الأخرى.",
            _ => "لا أعرف هذا الرمز، ولم يتغير شيء. تأكد من كتابته كما ظهر، أو اطلب رمزًا جديدًا بإرسال ‎/link في المجموعة الأخرى.",
        };

        public override string AlreadyLinked => "هذه المجموعة في هذا المجتمع أصلًا؛ لم يتغير شيء.";

        public override string LinkConfigured => "مجتمع هذه المجموعة محدد في إعدادات مشغّل البوت، فلا يُغيَّر من المحادثة؛ لم يتغير شيء.";

        public override string Settings(CommunitySettings settings, string here, int defaultPerMinute, bool acceptsBriefings, string? hereParent = null) =>
            "إعدادات هذا المجتمع:\n" +
            $"• قناة الأسئلة (كل رسالة فيها سؤال): {Chat(settings.AskChat, here, hereParent)}\n" +
            $"• لغة الردود: {settings.Language switch { "ar" => "العربية", "en" => "الإنجليزية", _ => "لغة كل عضو" }}\n" +
            $"• قناة الإعلان عن الموجزات الجديدة: {Chat(settings.AnnounceChat, here, hereParent)}\n" +
            $"• الأسئلة في الدقيقة لكل عضو: {settings.QuestionsPerMinute ?? defaultPerMinute}{(settings.QuestionsPerMinute is null ? " (الافتراضي)" : string.Empty)}\n" +
            $"• نشر الموجزات: {(acceptsBriefings ? "مفعّل" : "غير مفعّل")}\n\n" +
            "للتغيير (للمشرفين):\n/settings ask here | off\n/settings language ar | en | auto\n/settings announce here | off\n/settings rate 5 | default";

        public override string SettingSaved => "تم حفظ الإعداد.";

        public override string SettingsNotUnderstood =>
            "لم أفهم هذا الإعداد، ولم يتغير شيء. الصيغ المتاحة:\n/settings ask here | off\n/settings language ar | en | auto\n/settings announce here | off\n/settings rate 5 | default";

        public override string RateOutOfRange(int min, int max) => $"عدد الأسئلة في الدقيقة يكون بين {min} و{max}؛ لم يتغير شيء.";

        public override string PostingIsTheOperators => "تفعيل النشر في مجتمع قرارُ مشغّل البوت ومشرفيه العامّين؛ لم يتغير شيء.";

        /// <summary>Arabic counts: دقيقة واحدة، دقيقتان، 3–10 دقائق، 11 دقيقة فأكثر.</summary>
        private static string ArabicMinutes(TimeSpan lifetime) => Minutes(lifetime) switch
        {
            "1" => "دقيقة واحدة",
            "2" => "دقيقتين",
            var n when int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) <= 10 => n + " دقائق",
            var n => n + " دقيقة",
        };

        private static string Chat(string? chat, string here, string? parent) =>
            chat is null ? "لا توجد" : chat == here ? "هذه القناة" : chat == parent ? "القناة التي يتفرّع منها هذا النقاش" : chat;

        public override string PostingNotEnabled =>
            "نشر الموجزات غير مفعّل في هذه المجموعة بعد. ما زلت أجيب عن الأسئلة من الموجزات العامة؛ لتفعيل النشر تواصلوا مع مشغّل البوت.";

        public override string PostInYourGroup =>
            "تُنشر الموجزات في مجموعة مجتمعك، لا في المحادثة الخاصة.";
    }

    private sealed class English : CommunityTexts
    {
        public override string Following =>
            "Done. Your private chat with me will also answer from this community's briefings, as long as you are a member of its group.";

        public override string FollowingHere =>
            "Your private chat follows the community you chose in its group and answers from its briefings and the shared ones. To stop, send: /community off";

        public override string FollowingNone =>
            "Your private chat answers from the shared briefings only. To follow your community here, send /community in its group.";

        public override string Unfollowed => "Done. Your private chat now answers from the shared briefings only.";

        public override string NoCommunityHere => "I cannot tie this chat to a community.";

        public override string OnlyInGroups => "This is set in your community's group (or server), not in a private chat.";

        public override string LinkCode(string code, TimeSpan lifetime) =>
            $"Link code: {code}\nTo join another group (a Telegram group or a Discord server) to this community, a moderator there sends:\n/link {code}\nThe code works once, for {Minutes(lifetime)} minutes.";

        public override string Linked(int moved) =>
            "Done. This group is now part of the community: it shares its briefings, moderators and settings." +
            (moved > 0 ? $" {moved} briefings posted here before moved with it." : string.Empty);

        public override string LinkCodeRefused(LinkCodeStatus status) => status switch
        {
            LinkCodeStatus.Expired => "This code has expired; nothing changed. Ask for a new one with /link in the other group.",
            LinkCodeStatus.Used => "This code was already used, and each code works once; nothing changed. Ask for a new one with /link in the other group.",
            _ => "I don't know this code; nothing changed. Check it is typed as shown, or ask for a new one with /link in the other group.",
        };

        public override string AlreadyLinked => "This group is already in that community; nothing changed.";

        public override string LinkConfigured => "The bot's operator set this group's community in configuration, so it cannot be changed from chat; nothing changed.";

        public override string Settings(CommunitySettings settings, string here, int defaultPerMinute, bool acceptsBriefings, string? hereParent = null) =>
            "This community's settings:\n" +
            $"• Ask channel (every message there is a question): {Chat(settings.AskChat, here, hereParent)}\n" +
            $"• Reply language: {settings.Language switch { "ar" => "Arabic", "en" => "English", _ => "each member's own" }}\n" +
            $"• Channel told about new briefings: {Chat(settings.AnnounceChat, here, hereParent)}\n" +
            $"• Questions per minute per member: {settings.QuestionsPerMinute ?? defaultPerMinute}{(settings.QuestionsPerMinute is null ? " (default)" : string.Empty)}\n" +
            $"• Posting briefings: {(acceptsBriefings ? "enabled" : "not enabled")}\n\n" +
            "To change (moderators):\n/settings ask here | off\n/settings language ar | en | auto\n/settings announce here | off\n/settings rate 5 | default";

        public override string SettingSaved => "Setting saved.";

        public override string SettingsNotUnderstood =>
            "I didn't understand that setting; nothing changed. You can use:\n/settings ask here | off\n/settings language ar | en | auto\n/settings announce here | off\n/settings rate 5 | default";

        public override string RateOutOfRange(int min, int max) => $"Questions per minute must be between {min} and {max}; nothing changed.";

        public override string PostingIsTheOperators => "Enabling posting in a community is for the bot's operator and global moderators; nothing changed.";

        private static string Chat(string? chat, string here, string? parent) =>
            chat is null ? "none" : chat == here ? "this channel" : chat == parent ? "the channel this thread belongs to" : chat;

        public override string PostingNotEnabled =>
            "Posting briefings is not enabled in this group yet. I still answer questions from the shared briefings; ask the bot's operator to enable posting.";

        public override string PostInYourGroup =>
            "Briefings are posted in your community's group, not in a private chat.";
    }
}
