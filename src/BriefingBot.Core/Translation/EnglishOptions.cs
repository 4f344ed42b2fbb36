namespace BriefingBot.Core.Translation;

/// <summary>Where the English–Arabic dictionary is read from, bound from the <c>English</c> configuration section.</summary>
public sealed class EnglishOptions
{
    public const string Section = "English";

    /// <summary>The dictd folder; Debian's <c>dict-freedict-eng-ara</c> package installs into /usr/share/dictd.</summary>
    public string DictionaryDirectory { get; set; } = "/usr/share/dictd";

    /// <summary>The dictionary's file name without extension: <c>NAME.index</c> beside <c>NAME.dict.dz</c> or <c>NAME.dict</c>.</summary>
    public string DictionaryName { get; set; } = "freedict-eng-ara";
}
