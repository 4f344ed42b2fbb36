using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Configuration;

/// <summary>What an operator is told when settings do not validate: every failing key, one per line.</summary>
public static class InvalidConfiguration
{
    public const string Heading = "The configuration is not valid; nothing was started. Fix these settings (appsettings.json, or the environment as Section__Key):";

    /// <summary>
    /// Runs the start-up checks now (as <c>StartAsync</c> would), so a command that never starts the host fails the same
    /// way; returns the message for the operator, or null when every setting is valid.
    /// </summary>
    public static string? Check(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            (services.GetService(typeof(IStartupValidator)) as IStartupValidator)?.Validate();
            return null;
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            return message;
        }
    }

    /// <summary>The message for a settings failure (one, or several at once), or null for any other exception.</summary>
    public static string? Describe(Exception exception)
    {
        var failures = exception switch
        {
            OptionsValidationException one => one.Failures,
            AggregateException many when many.InnerExceptions.All(e => e is OptionsValidationException) =>
                many.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures),
            _ => null,
        };
        return failures is null ? null : Heading + Environment.NewLine + string.Join(Environment.NewLine, failures.Select(f => "  - " + f));
    }
}
