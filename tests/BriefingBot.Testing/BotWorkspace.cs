namespace BriefingBot.Testing;

/// <summary>
/// A temporary directory holding a copy of the shipped corpus (plus any test briefings) and a data directory. It
/// outlives one host, so restarts over the same data can be tested; deleted when disposed.
/// </summary>
public sealed class BotWorkspace : IDisposable
{
    public BotWorkspace(string prefix = "briefingbot-tests-")
    {
        Root = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(CorpusDirectory);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.md"))
        {
            File.Copy(file, Path.Combine(CorpusDirectory, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string CorpusDirectory => Path.Combine(Root, "corpus");

    public string DataDirectory => Path.Combine(Root, "data");

    public void AddBriefing(string fileName, string text) => File.WriteAllText(Path.Combine(CorpusDirectory, fileName), text);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a stopping process (Lucene); the temp directory is cleaned eventually anyway.
        }
    }
}
