using System.Text;
using BriefingBot.Core.Briefings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Core.Library;

/// <summary>
/// Reads the briefings shipped in the corpus folder (<c>*.md</c>, <c>*.txt</c>), in name order. A file that is no
/// briefing (not UTF-8, no paragraphs, a bad header) is skipped with the reason logged: it must not stop the others.
/// </summary>
public static partial class CorpusDirectory
{
    public static Task<IReadOnlyList<Briefing>> LoadAsync(string path, BriefingParser parser, CancellationToken cancellationToken) =>
        LoadAsync(path, parser, NullLogger.Instance, cancellationToken);

    public static async Task<IReadOnlyList<Briefing>> LoadAsync(string path, BriefingParser parser, ILogger logger, CancellationToken cancellationToken)
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
            try
            {
                var text = await File.ReadAllTextAsync(file, new UTF8Encoding(false, throwOnInvalidBytes: true), cancellationToken).ConfigureAwait(false);
                briefings.Add(parser.Parse(text));
            }
            catch (Exception e) when (e is BriefingFormatException or DecoderFallbackException or IOException or UnauthorizedAccessException)
            {
                LogSkipped(logger, file, e.Message);
            }
        }

        return briefings;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Skipped shipped briefing {Path}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string path, string reason);
}
