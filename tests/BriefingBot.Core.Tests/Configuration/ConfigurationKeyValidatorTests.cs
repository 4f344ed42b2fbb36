using System.ComponentModel.DataAnnotations;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Configuration;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Configuration;

public class ConfigurationKeyValidatorTests
{
    private static IReadOnlyList<string> Failures<T>(T options, string section)
        where T : class =>
        new ConfigurationKeyValidator<T>(section).Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void The_defaults_of_every_core_setting_are_valid()
    {
        Assert.Empty(Failures(new AnsweringOptions(), AnsweringOptions.Section));
        Assert.Empty(Failures(new ChatOptions(), ChatOptions.Section));
        Assert.Empty(Failures(new BriefingIntakeOptions(), BriefingIntakeOptions.Section));
        Assert.Empty(Failures(new BriefingBotOptions(), BriefingBotOptions.Section));
    }

    [Fact]
    public void A_value_out_of_range_is_named_by_its_configuration_key_with_the_value()
    {
        var failure = Assert.Single(Failures(new AnsweringOptions { Top = 0 }, AnsweringOptions.Section));

        Assert.Equal("Answering:Top must be at least 1 (it is 0).", failure);
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once()
    {
        var failures = Failures(new ChatOptions { QuestionsPerMinute = 0, PendingQuestionLifetime = TimeSpan.Zero }, ChatOptions.Section);

        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Chat:QuestionsPerMinute must be at least 1", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Chat:PendingQuestionLifetime must be between", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_across_settings_names_the_key_to_change()
    {
        var failure = Assert.Single(Failures(new AnsweringOptions { Top = 12, MaxTop = 10 }, AnsweringOptions.Section));

        Assert.StartsWith("Answering:Top: ", failure, StringComparison.Ordinal);
        Assert.Contains("MaxTop (10)", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_settings_are_checked_under_their_own_key_and_strings_are_not_quoted()
    {
        var failures = Failures(new Outer { Inner = new Inner { Count = -1, Secret = "not a valid secret!" } }, "Outer");

        Assert.Equal(2, failures.Count);
        Assert.Contains("Outer:Inner:Count must be at least 0 (it is -1).", failures);
        Assert.Contains("Outer:Inner:Secret has a character that is not allowed.", failures);
        Assert.DoesNotContain(failures, f => f.Contains("not a valid secret", StringComparison.Ordinal));
    }

    [Fact]
    public void The_core_checks_its_settings_when_the_host_starts()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Answering:ConfidentCoverage"] = "1.5",
            ["Briefings:MaxBytes"] = "0",
        });
        builder.Services.AddBriefingCore(builder.Configuration).AddChatCore(builder.Configuration);
        using var host = builder.Build();

        var message = InvalidConfiguration.Check(host.Services);
        var failed = Assert.ThrowsAny<Exception>(() => host.StartAsync().GetAwaiter().GetResult());

        Assert.NotNull(message);
        Assert.Contains("Answering:ConfidentCoverage must be between 0 and 1 (it is 1.5).", message, StringComparison.Ordinal);
        Assert.Contains("Briefings:MaxBytes must be at least 1 (it is 0).", message, StringComparison.Ordinal);
        Assert.Equal(message, InvalidConfiguration.Describe(failed));
    }

    [Fact]
    public void Valid_settings_pass_the_start_up_check()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Answering:Top"] = "5" }).Build();
        services.AddBriefingCore(configuration).AddChatCore(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Null(InvalidConfiguration.Check(provider));
        Assert.Equal(5, provider.GetRequiredService<IOptions<AnsweringOptions>>().Value.Top);
    }

    private sealed class Outer
    {
        [ValidateObjectMembers]
        public Inner Inner { get; set; } = new();
    }

    private sealed class Inner
    {
        [Range(0, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
        public int Count { get; set; }

        [RegularExpression("^[a-z]+$", ErrorMessage = "{0} has a character that is not allowed.")]
        public string? Secret { get; set; }
    }
}
