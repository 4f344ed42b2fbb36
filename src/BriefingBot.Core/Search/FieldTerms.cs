using Lucene.Net.Index;

namespace BriefingBot.Core.Search;

/// <summary>
/// A list read from one field's term dictionary, kept with the reader it was read from: the same list instance until a
/// commit brings a new reader. What the speakers' list and the text's vocabulary are read by.
/// </summary>
/// <param name="field">The field whose terms are listed.</param>
/// <param name="entry">What each term is listed as, from the enumerator standing on it.</param>
internal sealed class FieldTerms<T>(string field, Func<TermsEnum, T> entry)
{
    private volatile Cached? _cached;

    /// <summary>Every term of the field in <paramref name="reader"/>, in the dictionary's order, read once per reader.</summary>
    public IReadOnlyList<T> Of(IndexReader reader)
    {
        var cached = _cached;
        if (cached is not null && ReferenceEquals(cached.Reader, reader))
        {
            return cached.Entries;
        }

        var entries = new List<T>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is not null)
        {
            var e = terms.GetEnumerator();
            while (e.MoveNext())
            {
                entries.Add(entry(e));
            }
        }

        _cached = new Cached(reader, entries);
        return entries;
    }

    private sealed record Cached(IndexReader Reader, IReadOnlyList<T> Entries);
}
