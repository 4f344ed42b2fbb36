using System.Text;
using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Library;

/// <summary>Reads the briefings shipped in the corpus folder (<c>*.md</c>, <c>*.txt</c>), in name order.</summary>
public static class CorpusDirectory
{
    public static async Task<IReadOnlyList<Briefing>> LoadAsync(string path, BriefingParser parser, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(path))
        {
            return [];
        }

        var briefings = new List<Briefing>();
        var files = Directory.EnumerateFiles(path)
            .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file, new UTF8Encoding(false, throwOnInvalidBytes: true), cancellationToken).ConfigureAwait(false);
            briefings.Add(parser.Parse(text));
        }

        return briefings;
    }
}
