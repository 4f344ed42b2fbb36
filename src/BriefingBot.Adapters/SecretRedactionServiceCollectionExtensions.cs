using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Adapters;

public static class SecretRedactionServiceCollectionExtensions
{
    /// <summary>
    /// Keeps a secret (read from configuration once the container is built) out of every log line: registers it
    /// with the one <see cref="SecretRedactor"/> and makes the host's logger factory a <see cref="RedactingLoggerFactory"/>.
    /// Each adapter calls this for its token; calling it several times wraps the factory once.
    /// </summary>
    public static IServiceCollection AddLogSecret(this IServiceCollection services, Func<IServiceProvider, string?> secret)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(secret);
        services.AddSingleton(new LogSecret(secret));
        services.TryAddSingleton(sp => new SecretRedactor(sp.GetServices<LogSecret>().Select(s => s.Read(sp))));
        if (services.Any(d => d.ServiceType == typeof(ILoggerFactory) && d.ImplementationFactory?.Target is RedactingFactoryMarker))
        {
            return services;
        }

        services.AddLogging();
        var original = services.Last(d => d.ServiceType == typeof(ILoggerFactory));
        services.Remove(original);
        var marker = new RedactingFactoryMarker(original);
        services.AddSingleton<ILoggerFactory>(marker.Create);
        return services;
    }

    /// <summary>One adapter's secret, read from the built container (options are bound by then).</summary>
    public sealed class LogSecret(Func<IServiceProvider, string?> read)
    {
        public string? Read(IServiceProvider services) => read(services);
    }

    /// <summary>Creates the host's own factory as it was registered, wrapped; also marks that the wrapping is done.</summary>
    private sealed class RedactingFactoryMarker(ServiceDescriptor original)
    {
        public ILoggerFactory Create(IServiceProvider services)
        {
            var inner = original.ImplementationInstance as ILoggerFactory
                ?? original.ImplementationFactory?.Invoke(services) as ILoggerFactory
                ?? (ILoggerFactory)ActivatorUtilities.CreateInstance(services, original.ImplementationType!);
            return new RedactingLoggerFactory(inner, services.GetRequiredService<SecretRedactor>());
        }
    }
}
