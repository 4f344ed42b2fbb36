using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// Passage lengths as Lucene's <c>BM25Similarity</c> sees them, for the rescorers that add BM25-like scores of their
/// own at the best hits (<see cref="PairRescorer"/>, <see cref="WordFamilyRescorer"/>, <see cref="PlaceRescorer"/>): the same normalisation as the
/// word search, or their additions would weigh long and short passages differently from it.
/// </summary>
internal static class Bm25Lengths
{
    /// <summary>The text field's mean length in words over <c>MaxDoc</c>, as BM25 in Lucene 4.8 computes it (1 when empty).</summary>
    public static float Average(IndexSearcher searcher)
    {
        var statistics = searcher.CollectionStatistics(PassageFields.Text);
        return statistics.SumTotalTermFreq > 0 && statistics.MaxDoc > 0 ? (float)(statistics.SumTotalTermFreq / (double)statistics.MaxDoc) : 1f;
    }

    /// <summary>A passage's length in words as BM25 encodes it in the norm (one byte, so approximate, as the search sees it).</summary>
    public static float Of(long norm)
    {
        var inverseRoot = SmallSingle.Byte315ToSingle((byte)norm);
        return inverseRoot > 0 ? 1 / (inverseRoot * inverseRoot) : 1f;
    }

    /// <summary>
    /// BM25's length term for a passage, k1 × (1 − b + b × length / average): a frequency f scores f × (k1 + 1) / (f + this),
    /// as the word search scores it. Without norms every passage is taken to be of the average length.
    /// </summary>
    public static float Saturation(SearchTuning tuning, NumericDocValues? norms, int doc, float averageLength)
    {
        var length = norms is null ? averageLength : Of(norms.Get(doc));
        return tuning.K1 * (1 - tuning.B + (tuning.B * length / averageLength));
    }
}
