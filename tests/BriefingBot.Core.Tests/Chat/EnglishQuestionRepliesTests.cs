using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Chat;

/// <summary>English questions through the whole chat core, with the dictionary configured as production reads it.</summary>
public sealed class EnglishQuestionRepliesTests
{
    private static Task<ChatTestServices> WithDictionary(string directory, string name) =>
        ChatTestServices.CreateAsync(new Dictionary<string, string?>
        {
            ["English:DictionaryDirectory"] = directory,
            ["English:DictionaryName"] = name,
        });

    [Fact]
    public async Task An_english_question_from_an_arabic_client_is_answered_with_passages_and_english_texts()
    {
        using var services = await WithDictionary(Dictionaries.FixtureDirectory, "tiny");

        var reply = await services.Engine.HandleAsync(ChatTestServices.Private("Will the sanctions on Pyongyang be tightened?", language: "ar"), CancellationToken.None);

        Assert.Equal(ChatLanguage.English, reply.Language);
        Assert.Contains(reply.Blocks.OfType<PassageBlock>(), p => p.Text.Contains("العقوبات", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_dictionary_an_english_question_gets_a_polite_english_note_and_arabic_still_works()
    {
        using var temp = new TempDirectory();
        using var services = await WithDictionary(temp.Path, "freedict-eng-ara");

        var english = await services.Engine.HandleAsync(ChatTestServices.Private("Will the sanctions be tightened?"), CancellationToken.None);
        var arabic = await services.Engine.HandleAsync(ChatTestServices.Private("ماذا قال بولياكوف؟"), CancellationToken.None);

        Assert.Equal(ChatLanguage.English, english.Language);
        Assert.Equal(ChatTexts.For(ChatLanguage.English).Outcome(AnswerOutcome.EnglishUnavailable), Assert.IsType<TextBlock>(Assert.Single(english.Blocks)).Text);
        Assert.Equal(ChatLanguage.Arabic, arabic.Language);
        Assert.NotEmpty(arabic.Blocks.OfType<PassageBlock>());
    }
}
