using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Core.Platforms;

/// <summary>
/// A chat platform as the host registers it: whether configuration asks for it, what it adds to the host, and how
/// an operator turns it on. Its translator, renderer and hosted service are its own; the core answers for all of them.
/// Adding a platform is one implementation of this and one line in <c>BotHost.Platforms</c> (docs/platforms.md).
/// </summary>
public interface IChatPlatform
{
    /// <summary>The platform's name in logs and messages, e.g. <c>Telegram</c>.</summary>
    string Name { get; }

    /// <summary>
    /// One line for an operator who configured no platform: what to set, e.g.
    /// <c>Telegram: set Telegram__Token (a token from @BotFather)</c>. Names settings, never values.
    /// </summary>
    string HowToConfigure { get; }

    /// <summary>True when configuration asks for this platform to run (typically: its token is set).</summary>
    bool IsConfigured(IConfiguration configuration);

    /// <summary>Adds the platform's services and its hosted service. The chat core is registered already.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);
}
