namespace BriefingBot.Core.Search;

/// <summary>
/// The searchable terms of a question, in order, without duplicates. Each term may have several forms
/// (a word with and without a prefix that may or may not be one); a passage matching any form matches the term.
/// </summary>
public sealed record AnalyzedQuestion(string Text, IReadOnlyList<QueryTerm> QueryTerms, IReadOnlyList<string> Pairs)
{
    public AnalyzedQuestion(string text, IReadOnlyList<string> terms)
        : this(text, terms.Select(t => new QueryTerm(t, [t])).ToList(), [])
    {
    }

    /// <summary>The main form of each term.</summary>
    public IReadOnlyList<string> Terms => QueryTerms.Select(t => t.Primary).ToList();

    /// <summary>Every form of every term.</summary>
    public IReadOnlyList<string> AllForms => QueryTerms.SelectMany(t => t.Forms).Distinct(StringComparer.Ordinal).ToList();

    public bool IsEmpty => QueryTerms.Count == 0;

    /// <summary>The terms are dictionary translations (an English question), not the asker's words: they repeat no heading.</summary>
    public bool Translated { get; init; }
}

/// <summary>One question word as analysed: its main form and every form it may take in a passage.</summary>
public sealed record QueryTerm(string Primary, IReadOnlyList<string> Forms)
{
    /// <summary>The asker wrote it with the article («النواب»): a noun, not a verb, when its family is looked for.</summary>
    public bool Definite { get; init; }

    /// <summary>The word as the asker typed it, which the analysis may have cut («أولكاريا» read as «اولكار»); null when not known.</summary>
    public string? Typed { get; init; }

    /// <summary>
    /// Counted in the question's coverage but not searched for (<see cref="NameAskedWord"/>: «اسم» in «ما اسم …؟»): the
    /// word frames the question, yet the answer checks read an unnamed thing's missing name from it.
    /// </summary>
    public bool CoverageOnly { get; init; }
}
