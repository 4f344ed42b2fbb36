using System.ComponentModel.DataAnnotations;

using BriefingBot.Core.Search;

namespace BriefingBot.Core;

/// <summary>Where the bot keeps its data, bound from the <c>BriefingBot</c> configuration section.</summary>
public sealed class BriefingBotOptions
{
    public const string Section = "BriefingBot";

    /// <summary>Root of everything the bot writes: the briefing store and the index. Relative paths are taken from the working directory.</summary>
    [Required(ErrorMessage = "{0} must name a directory.")]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Briefings shipped with the bot (read-only), loaded before the store. Defaults to <c>corpus/</c> beside the binary.</summary>
    [Required(ErrorMessage = "{0} must name a directory.")]
    public string CorpusDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "corpus");

    /// <summary>
    /// How the index files are read: <c>Auto</c> (small files mapped, large ones read: fast on a small index, bounded
    /// resident memory on a large one), <c>Mapped</c> (all mapped) or <c>Read</c> (smallest resident memory).
    /// </summary>
    [EnumDataType(typeof(IndexFileAccess), ErrorMessage = "{0} must be Auto, Mapped or Read.")]
    public IndexFileAccess IndexFiles { get; set; } = IndexFileAccess.Auto;

    public string IndexDirectory => Path.Combine(Path.GetFullPath(DataDirectory), "index");

    public string StoreDirectory => Path.Combine(Path.GetFullPath(DataDirectory), "briefings");
}
