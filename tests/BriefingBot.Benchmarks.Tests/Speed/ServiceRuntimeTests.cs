using BriefingBot.Benchmarks.Speed;

namespace BriefingBot.Benchmarks.Tests.Speed;

public sealed class ServiceRuntimeTests
{
    [Fact]
    public void Measuring_processes_run_with_the_runtime_settings_the_dockerfile_ships()
    {
        var dockerfile = File.ReadAllText(Path.Combine(BenchmarkSettings.FindRepositoryRoot(AppContext.BaseDirectory), "Dockerfile"));

        Assert.All(ServiceRuntime.Environment, setting => Assert.Contains($"{setting.Key}={setting.Value}", dockerfile, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_measuring_child_process_is_started_with_them()
    {
        using var child = ChildProcess.Start(["--help"]);
        await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();

        Assert.Equal(ServiceRuntime.Gen0Budget, child.StartInfo.Environment[ServiceRuntime.Gen0BudgetVariable]);
    }
}
