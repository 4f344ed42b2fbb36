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

        public override string PostingNotEnabled =>
            "Posting briefings is not enabled in this group yet. I still answer questions from the shared briefings; ask the bot's operator to enable posting.";

        public override string PostInYourGroup =>
            "Briefings are posted in your community's group, not in a private chat.";
    }
}
