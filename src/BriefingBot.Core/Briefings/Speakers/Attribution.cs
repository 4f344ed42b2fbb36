namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>What kind of source a paragraph names, before it is matched to the speakers already met.</summary>
internal enum AttributionKind
{
    None,
    Named,
    Surname,
    TitleOnly,
    Continuation,
    Collective,

    /// <summary>An interviewer's question («س: …»): no one in the briefing says it, and the answer after it goes on with the interviewee.</summary>
    Question,
}

/// <summary>A source as one construction of the paragraph names it: its words, role and gender as written there.</summary>
internal sealed record Attribution(AttributionKind Kind, string? Name)
{
    public static readonly Attribution None = new(AttributionKind.None, null);

    public string? Role { get; init; }

    public bool Feminine { get; init; }

    /// <summary>The verb or title shows the gender (<see cref="Feminine"/> or not): namesakes are told apart by it.</summary>
    public bool GenderShown { get; init; }

    /// <summary>The subject ended in «فإن»: what «بحسب …، فإن» needs to be an attribution.</summary>
    public bool ByFaInna { get; init; }

    /// <summary>The name is an office held by someone not named here («المتحدث باسم الوزارة»، «الأمين العام»).</summary>
    public bool Office { get; init; }

    /// <summary>
    /// The verb says the speaker goes on («وأضاف محافظ البصرة الأسبق أن»): an office no one met is then the speaker just
    /// heard under another title, not a new one.
    /// </summary>
    public bool GoesOn { get; init; }

    /// <summary>A title that points back with «نفسه / ذاته» («المتحدث نفسه»): the speaker already met, never a new one.</summary>
    public bool SelfReference { get; init; }

    /// <summary>
    /// A title with the field it names («الخبير الاقتصادي»), which may be someone new: it points back only to a speaker whose
    /// role holds every word of it.
    /// </summary>
    public bool FieldNamed { get; init; }

    /// <summary>An untitled name with nothing said after it: a speaker already met, or else no one («… ورأس لانوف»).</summary>
    public bool Unclosed { get; init; }

    /// <summary>Another name the speaker goes by, given in apposition («…، المعروف بـ«حميدتي»»): a later mention by it is the same person.</summary>
    public string? Alias { get; init; }
}
