using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Chat;

/// <summary>Every sentence the bot says, in each language it speaks. Adapters never word a reply themselves.</summary>
public abstract class ChatTexts
{
    private static readonly ChatTexts ArabicTexts = new Arabic();
    private static readonly ChatTexts EnglishTexts = new English();

    public static ChatTexts For(ChatLanguage language) => language == ChatLanguage.English ? EnglishTexts : ArabicTexts;

    public abstract string Outcome(AnswerOutcome outcome);

    private sealed class Arabic : ChatTexts
    {
        public override string Outcome(AnswerOutcome outcome) => outcome switch
        {
            AnswerOutcome.NothingRelevant => "لم أجد في الموجزات ما يجيب عن هذا السؤال. جرّب صياغة أخرى أو اسأل عن موضوع ورد في الموجز.",
            AnswerOutcome.EmptyQuestion => "السؤال فارغ. اكتب سؤالك بعد الأمر، مثلًا: ماذا قال بولياكوف؟",
            AnswerOutcome.QuestionTooLong => "السؤال طويل جدًا. اختصره في جملة واحدة من فضلك.",
            AnswerOutcome.NoSearchableWords => "لم أجد في السؤال كلمات يمكن البحث عنها. اذكر اسمًا أو موضوعًا من الموجز.",
            AnswerOutcome.NoBriefings => "لا يوجد موجز بعد. سيُتاح البحث بعد أن ينشر المشرفون أول موجز.",
            _ => string.Empty,
        };
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
            _ => string.Empty,
        };
    }
}
