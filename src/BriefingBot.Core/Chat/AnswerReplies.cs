using BriefingBot.Core.Answering;
using BriefingBot.Core.Insights;

namespace BriefingBot.Core.Chat;

/// <summary>
/// Turns an <see cref="Answer"/> into a reply: the passages with their sources (under a hedge when the answer is
/// tentative, under the speaker's heading when it is everything a person said), and a "more" button when there is more.
/// </summary>
public sealed class AnswerReplies(PendingQuestions pending)
{
    /// <param name="answerId">The id of the answer a "more" page continues; null for a new answer.</param>
    public ChatReply Build(Answer answer, ChatRequest request, int skip, string? answerId = null)
    {
        // An English question gets an English reply, whatever language the user's client is set to.
        var language = answer.InEnglish ? ChatLanguage.English : request.Language;
        var texts = ChatTexts.For(language);
        answerId ??= FeedbackVote.NewAnswerId();
        var context = AnswerContext.Of(answer);

        // Not an answer about the briefings: no feedback buttons, and not a question the gaps report should count.
        if (answer.Outcome == AnswerOutcome.IndexBuilding)
        {
            return ChatReply.Text(texts.Unanswered(answer), language, TextRole.Notice) with { Outcome = answer.Outcome };
        }

        // Asked of the bot itself («من أنت؟»، «كيفك؟»، «ممكن تساعدني …»), it says what it is and how to ask: "nothing in the
        // briefings answers this" would be true and no help.
        if (answer.Declined == DeclineReason.AboutTheBot)
        {
            return ChatReply.Text(texts.Unanswered(answer), language, TextRole.Notice) with { Outcome = answer.Outcome, AnswerId = answerId, Context = context };
        }

        if (!answer.Answered)
        {
            return ChatReply.Text(texts.Unanswered(answer), language, TextRole.Notice) with { Outcome = answer.Outcome, AnswerId = answerId, Context = context, FollowsUp = answer.FollowUp?.Question };
        }

        var blocks = new List<ReplyBlock>(answer.Passages.Count + 1);
        if (answer.Outcome == AnswerOutcome.SpeakerPassages && answer.Speaker is not null && skip == 0)
        {
            blocks.Add(new TextBlock(texts.SpeakersTitle(answer.Speakers), TextRole.Title));
            if (answer.OtherHolders.Count > 0)
            {
                blocks.Add(new TextBlock(texts.OtherHolders(answer.OtherHolders), TextRole.Notice));
            }
        }

        // The hedge goes over the first page only; "more" continues the same tentative list.
        if (answer.Outcome == AnswerOutcome.TentativePassages && skip == 0)
        {
            blocks.Add(new TextBlock(texts.Tentative, TextRole.Notice));
        }

        foreach (var p in answer.Passages)
        {
            var passage = p.Passage;
            var source = new PassageSource(passage.BriefingId, passage.BriefingTitle, passage.BriefingDate, passage.Section, passage.Speaker, texts.SourceLine(passage));
            blocks.Add(new PassageBlock(p.Rank, passage.Text, p.Highlights, source));
        }

        var buttons = new List<ReplyButton>();
        if (answer.HasMore)
        {
            var id = pending.Remember(new PendingQuestion(answer.Question, request.Message.Platform, request.Message.ChatId) { AnswerId = answerId, FollowUp = answer.FollowUp, Language = language });
            buttons.Add(new ReplyButton(texts.MoreButton, new Continuation(id, skip + answer.Passages.Count).ToAction()));
        }

        // Feedback under every answer, beside «المزيد»: one vote per member, a second press changes it.
        buttons.Add(new ReplyButton(FeedbackVote.HelpfulLabel, new FeedbackVote(answerId, Helpful: true).ToAction()));
        buttons.Add(new ReplyButton(FeedbackVote.NotHelpfulLabel, new FeedbackVote(answerId, Helpful: false).ToAction()));
        return new ChatReply(blocks, buttons) { Language = language, Outcome = answer.Outcome, AnswerId = answerId, Context = context, FollowsUp = answer.FollowUp?.Question };
    }
}
