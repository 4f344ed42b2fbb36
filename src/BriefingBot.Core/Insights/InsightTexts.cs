using BriefingBot.Core.Chat;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Insights;

/// <summary>What the bot says about votes and gaps, in each language it speaks.</summary>
public abstract class InsightTexts
{
    private static readonly InsightTexts ArabicTexts = new Arabic();
    private static readonly InsightTexts EnglishTexts = new English();

    public static InsightTexts For(ChatLanguage language) => language == ChatLanguage.English ? EnglishTexts : ArabicTexts;

    public abstract string VoteThanks { get; }

    public abstract string VoteExpired { get; }

    public abstract string RecordingOff { get; }

    public abstract string BadDays(int max);

    public abstract string GapsTitle(int days, bool allCommunities);

    public abstract string NoGaps(int days);

    public abstract string GapLine(int rank, QuestionGap gap);

    public abstract string MoreGaps(int count);

    public abstract string OutcomeName(string outcome);

    private sealed class Arabic : InsightTexts
    {
        /// <summary>After «آخر» (genitive): آخر يوم، آخر يومين، آخر ٧ أيام، آخر ٣٠ يومًا.</summary>
        private static readonly ArabicCount Days = new("يوم", "يومين", "أيام", "يومًا", "يوم");

        /// <summary>After «سُئل» (accusative): مرة واحدة، مرتين، ٣ مرات، ١١ مرة.</summary>
        private static readonly ArabicCount Times = new("مرة واحدة", "مرتين", "مرات", "مرة", "مرة");

        public override string VoteThanks => "شكرًا، سُجّل رأيك.";

        public override string VoteExpired => "انتهت مدة التصويت على هذا الجواب.";

        public override string RecordingOff => "تسجيل الأسئلة متوقف في إعدادات البوت، فلا يوجد تقرير.";

        public override string BadDays(int max) => $"عدد الأيام غير صالح. اكتب مثلًا: /gaps --days 7 (من 1 إلى {max}).";

        public override string GapsTitle(int days, bool allCommunities) =>
            $"أسئلة لم يجد لها الأعضاء جوابًا في آخر {Days.Of(days)}" + (allCommunities ? " (كل المجتمعات)" : string.Empty) + ":";

        public override string NoGaps(int days) => $"لا توجد أسئلة بلا جواب في آخر {Days.Of(days)}.";

        public override string GapLine(int rank, QuestionGap gap) =>
            $"{rank}. «{gap.Question}» — سُئل {Times.Of(gap.Count)}؛ آخر نتيجة: {OutcomeName(gap.LastOutcome)}" + (gap.NotHelpfulVotes > 0 ? $"؛ 👎 {gap.NotHelpfulVotes}" : string.Empty);

        public override string MoreGaps(int count) => $"ومجموعات أخرى عددها {count}.";

        public override string OutcomeName(string outcome) => outcome switch
        {
            "nothing_relevant" => "لم يُعثر على جواب",
            "no_searchable_words" => "بلا كلمات يُبحث عنها",
            "no_briefings" => "لا موجز بعد",
            "passages" or "speaker_passages" => "أُجيب وصوّت الأعضاء ضده",
            _ when outcome.Contains("tentative", StringComparison.Ordinal) => "جواب غير مؤكد",
            _ => outcome,
        };
    }

    private sealed class English : InsightTexts
    {
        public override string VoteThanks => "Thanks, your vote is recorded.";

        public override string VoteExpired => "Voting on this answer has closed.";

        public override string RecordingOff => "Question recording is off in the bot's settings, so there is no report.";

        public override string BadDays(int max) => $"That number of days is not valid. Try: /gaps --days 7 (1 to {max}).";

        public override string GapsTitle(int days, bool allCommunities) =>
            $"Questions members could not get answered in the last {Days(days)}" + (allCommunities ? " (all communities)" : string.Empty) + ":";

        public override string NoGaps(int days) => $"No unanswered questions in the last {Days(days)}.";

        public override string GapLine(int rank, QuestionGap gap) =>
            $"{rank}. “{gap.Question}” — asked {gap.Count}×; last outcome: {OutcomeName(gap.LastOutcome)}" + (gap.NotHelpfulVotes > 0 ? $"; 👎 {gap.NotHelpfulVotes}" : string.Empty);

        public override string MoreGaps(int count) => $"and {count} more.";

        public override string OutcomeName(string outcome) => outcome switch
        {
            "nothing_relevant" => "nothing found",
            "no_searchable_words" => "no searchable words",
            "no_briefings" => "no briefing yet",
            "passages" or "speaker_passages" => "answered, voted down",
            _ when outcome.Contains("tentative", StringComparison.Ordinal) => "tentative answer",
            _ => outcome,
        };

        private static string Days(int days) => days == 1 ? "day" : $"{days} days";
    }
}
