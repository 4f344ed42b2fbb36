using System.CommandLine;
using System.Text;
using BriefingBot;
using BriefingBot.Cli;
using Microsoft.Extensions.Hosting;

Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;

var root = new RootCommand("BriefingBot: answers questions about news briefings with passages quoted from them.")
{
    AskCommand.Create(),
    IndexCommand.Create(),
    EvalCommand.Create(),
    BriefCommand.Create(),
    UnbriefCommand.Create(),
    BriefingsCommand.Create(),
    IngestCommand.Create(),
};
root.SetAction(async (_, cancellationToken) =>
{
    using var host = BotHost.CreateBuilder(quiet: false).Build();
    await host.RunAsync(cancellationToken).ConfigureAwait(false);
    return 0;
});

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
