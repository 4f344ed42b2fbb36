using System.Runtime.CompilerServices;
using System.Text;

namespace BriefingBot.Cli;

/// <summary>
/// The questions of <c>ask -</c>: one per line, a line ending at <c>\n</c> or <c>\r\n</c>. A lone <c>\r</c> is part
/// of its line (<see cref="TextReader.ReadLineAsync()"/> would end the line there and answer two questions). A line
/// longer than <see cref="MaxLineLength"/> keeps only its beginning, so one endless line costs bounded memory; it is
/// refused as too long all the same.
/// </summary>
public static class QuestionLines
{
    /// <summary>Far above any question the answerer accepts, so a kept beginning is always refused as too long.</summary>
    public const int MaxLineLength = 16 * 1024;

    public static async IAsyncEnumerable<string> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var buffer = new char[4096];
        var line = new StringBuilder();
        var pending = false;
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            var chunk = buffer.AsMemory(0, read);
            while (!chunk.IsEmpty)
            {
                var end = chunk.Span.IndexOf('\n');
                var part = end < 0 ? chunk : chunk[..end];
                if (line.Length < MaxLineLength)
                {
                    line.Append(part.Span[..Math.Min(part.Length, MaxLineLength - line.Length)]);
                }

                pending = true;
                if (end < 0)
                {
                    break;
                }

                yield return Finish(line);
                pending = false;
                chunk = chunk[(end + 1)..];
            }
        }

        if (pending && line.Length > 0)
        {
            yield return Finish(line);
        }
    }

    /// <summary>The line without the <c>\r</c> of a <c>\r\n</c> ending.</summary>
    private static string Finish(StringBuilder line)
    {
        var text = line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();
        line.Clear();
        return text;
    }
}
