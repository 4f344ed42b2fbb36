namespace BriefingBot.Core.Search;

/// <summary>Field names of the passage index, in one place so writer and reader agree.</summary>
internal static class PassageFields
{
    public const string Id = "id";
    public const string BriefingId = "briefing";

    /// <summary>The community a passage's briefing belongs to, or <see cref="CommunityFilter.Shared"/>: filtered on, never scored.</summary>
    public const string Community = "community";
    public const string Title = "title";
    public const string Date = "date";
    public const string DateDays = "date_days";
    public const string Section = "section";
    public const string SectionText = "section_text";

    /// <summary>The briefing's title, analysed: what the briefing is about, which a question often names and a passage leaves out.</summary>
    public const string TitleText = "title_text";
    public const string Ordinal = "ordinal";
    public const string Speaker = "speaker";
    public const string SpeakerText = "speaker_text";
    public const string Text = "text";
    public const string IndexVersionKey = "briefingbot.fingerprint";
}
