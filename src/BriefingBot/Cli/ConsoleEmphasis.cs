namespace BriefingBot.Cli;

/// <summary>How matched words are marked in the terminal: bold and underlined on a terminal, not at all in a pipe or file.</summary>
public static class ConsoleEmphasis
{
    public const string Open = "\u001b[1;4m";
    public const string Close = "\u001b[0m";

    /// <summary>Whether standard output is a terminal (not redirected to a pipe or a file).</summary>
    public static bool Terminal => !Console.IsOutputRedirected;

    public static (string Open, string Close) Markers(bool ansi) => ansi ? (Open, Close) : (string.Empty, string.Empty);
}
