using BriefingBot.Core.Chat;

namespace BriefingBot.Core.Tests.Chat;

/// <summary>Which commands an adapter may answer in its immediate response is the core's decision, not a platform's list.</summary>
public sealed class AnswersAtOnceTests
{
    [Theory]
    [InlineData("/help", true)]
    [InlineData("/start", true)]
    [InlineData("/briefings", true)]
    [InlineData("/today", true)]
    [InlineData("/ask ماذا قال بولياكوف؟", false)]
    [InlineData("ماذا قال بولياكوف؟", false)]
    [InlineData("/brief", false)]
    [InlineData("/unbrief 2026-11-23-moscow-pyongyang", false)]
    [InlineData("/nonsense", false)]
    public void Only_commands_answered_from_memory_answer_at_once(string text, bool atOnce)
    {
        using var services = ChatTestServices.CreateWithoutBriefings();

        Assert.Equal(atOnce, services.Engine.AnswersAtOnce(ChatTestServices.Private(text)));
    }
}
