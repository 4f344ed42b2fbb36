using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Configuration;

public static class OptionsBuilderExtensions
{
    /// <summary>
    /// Checks these settings when the host starts (and on first use elsewhere) with <see cref="ConfigurationKeyValidator{TOptions}"/>:
    /// a bad value stops the start with a message naming its key, instead of being corrected silently where it is used.
    /// </summary>
    /// <param name="section">The configuration section the settings are bound from, e.g. <c>Answering</c>.</param>
    public static OptionsBuilder<TOptions> ValidateKeysOnStart<TOptions>(this OptionsBuilder<TOptions> builder, string section)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new ConfigurationKeyValidator<TOptions>(section)));
        return builder.ValidateOnStart();
    }
}
