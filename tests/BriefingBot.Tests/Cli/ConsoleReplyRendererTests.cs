using BriefingBot.Cli;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Search;

namespace BriefingBot.Tests.Cli;

public sealed class ConsoleReplyRendererTests
{
    private static readonly ChatReply Reply = new(
        [new PassageBlock(1, "قال «المسؤول» إن موسكو تقترب", [new TextSpan(17, 5)], new PassageSource("b", "t", new DateOnly(2026, 11, 23), null, null, "t · 2026-11-23"))],
        []);

    [Fact]
    public void On_a_terminal_matched_words_are_bold_and_underlined()
    {
        var text = ConsoleReplyRenderer.Render(Reply, ansi: true);

        Assert.Contains("\u001b[1;4mموسكو\u001b[0m", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Piped_output_is_unmarked_and_keeps_the_passages_own_quotation_marks()
    {
        var text = ConsoleReplyRenderer.Render(Reply, ansi: false);

        Assert.Contains("[1] قال «المسؤول» إن موسكو تقترب", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
        Assert.DoesNotContain("«موسكو»", text, StringComparison.Ordinal);
    }
}
