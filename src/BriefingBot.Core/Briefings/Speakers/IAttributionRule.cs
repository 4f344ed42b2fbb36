namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// One construction of Arabic news that names who speaks («قال فلان إن»، «بحسب فلان، فإن»، «نقلت … عن فلان»), read at
/// the word where it stands. The attributor asks its rules in order, and the first that recognises its construction at a
/// word decides it: a construction that names no one there still keeps a later rule from misreading its words.
/// </summary>
internal interface IAttributionRule
{
    /// <summary>Whether the construction stands at word <paramref name="v"/>; if so, <paramref name="found"/> is whom it names, null for no one.</summary>
    /// <param name="first">No attribution was found earlier in the paragraph: this one would be the paragraph's speaker.</param>
    bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found);
}
