using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// The analysis chain for briefings and questions: tokenise (UAX#29), fold spelling, drop stop words
/// (after folding, so every spelling of a stop word goes), strip prefixes (keeping both forms of an
/// ambiguous one), drop stop words again (a stripped «وهذا» is «هذا»), strip light suffixes, read a broken plural of two patterns also as its singular.
/// </summary>
public sealed class BriefingAnalyzer : Analyzer
{
    /// <summary>Changes whenever the chain changes, so an index built by an older chain is rebuilt.</summary>
    public const string Version = "briefing-analyzer-24";

    public static readonly LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    private readonly CharArraySet _stopWords = ArabicStopWords.Create(Lucene);
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Lucene, reader);
        TokenStream stream = new ArabicFoldingFilter(source);
        stream = new StopFilter(Lucene, stream, _stopWords);
        stream = new ArabicPrefixFilter(stream);
        stream = new StopFilter(Lucene, stream, _stopWords);
        stream = new ArabicSuffixFilter(stream);
        stream = new BrokenPluralFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
