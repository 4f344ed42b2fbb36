using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Finds the sections whose heading a question (nearly) repeats: «ما هي أوراق الضغط الروسية؟» under a heading
/// «أوراق الضغط الروسية». The heading names what its passages are about, often in words the passages themselves do not
/// use, so such a question is answered from that section first. A heading matches when it holds at least
/// <see cref="SearchTuning.HeadingQuestionShare"/> of the question's weight (term rarity, as coverage counts it) and
/// the question holds at least <see cref="SearchTuning.HeadingShare"/> of the heading's words. Only short questions are
/// checked, with one query on the heading field that needs most of the question's words, so its cost is a few short
/// posting lists.
/// </summary>
internal sealed class SectionHeadingMatcher(Analyzer wordAnalyzer, SearchTuning tuning)
{
    /// <summary>How many passages of headings that contain the question's words are read to find the matching sections.</summary>
    private const int MaxPassagesRead = 24;

    private static readonly HashSet<string> FieldsRead = [PassageFields.BriefingId, PassageFields.Section];

    /// <summary>The passages (doc ids, in document order within a section) of the sections whose heading the question repeats; null when none does.</summary>
    public HeadingMatch? Find(IndexSearcher searcher, TermStatisticsLookup lookup, Filter? filter, IReadOnlyList<QueryTerm> terms, IReadOnlyList<ExpandedTerm> expanded)
    {
        if (tuning.HeadingQuestionShare > 1 || terms.Count == 0 || terms.Count > tuning.MaxHeadingQuestionTerms)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            var forms = new BooleanQuery(disableCoord: true);
            foreach (var form in term.Forms)
            {
                var states = lookup.Find(PassageFields.SectionText, form);
                if (states.DocFreq > 0)
                {
                    forms.Add(new TermQuery(new Term(PassageFields.SectionText, form), states), Occur.SHOULD);
                }
            }

            if (forms.Clauses.Count > 0)
            {
                query.Add(forms, Occur.SHOULD);
            }
        }

        // The heading must hold most of the question: a question word it lacks may weigh no more than the share allows.
        var needed = Math.Max(1, (int)Math.Ceiling(terms.Count * tuning.HeadingQuestionShare) - 1);
        if (query.Clauses.Count < needed)
        {
            return null;
        }

        query.MinimumNumberShouldMatch = needed;
        var top = searcher.Search(query, filter, MaxPassagesRead);
        if (top.TotalHits == 0)
        {
            return null;
        }

        var weights = expanded.Select(e => (double)e.Weight).ToList();
        var total = weights.Sum();
        var sections = new Dictionary<(string Briefing, string Heading), Section>();
        foreach (var hit in top.ScoreDocs)
        {
            var doc = searcher.Doc(hit.Doc, FieldsRead);
            var heading = doc.Get(PassageFields.Section);
            if (heading is null)
            {
                continue;
            }

            var key = (doc.Get(PassageFields.BriefingId), heading);
            if (!sections.TryGetValue(key, out var section))
            {
                section = Measure(heading, terms, weights, total);
                sections[key] = section;
            }

            if (section.Matches)
            {
                section.Docs.Add(hit.Doc);
            }
        }

        var matched = sections.Values.Where(s => s.Matches).OrderByDescending(s => s.Strength).ToList();
        if (matched.Count == 0)
        {
            return null;
        }

        return new HeadingMatch(matched.SelectMany(s => s.Docs.Order()).ToList());
    }

    /// <summary>How well one heading and the question cover each other.</summary>
    private Section Measure(string heading, IReadOnlyList<QueryTerm> terms, List<double> weights, double total)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        var words = 0;
        var wordsInQuestion = 0;
        var wordMatched = false;
        using (var stream = wordAnalyzer.GetTokenStream(PassageFields.Text, heading))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (increment.PositionIncrement > 0 || words == 0)
                {
                    words++;
                    wordMatched = false;
                }

                var form = term.ToString();
                forms.Add(form);
                if (!wordMatched && terms.Any(t => t.Forms.Contains(form)))
                {
                    wordMatched = true;
                    wordsInQuestion++;
                }
            }

            stream.End();
        }

        var inHeading = 0.0;
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].Forms.Any(forms.Contains))
            {
                inHeading += weights[i];
            }
        }

        var questionShare = total == 0 ? 0 : inHeading / total;
        var headingShare = words == 0 ? 0 : wordsInQuestion / (double)words;
        var matches = questionShare >= tuning.HeadingQuestionShare && headingShare >= tuning.HeadingShare;
        return new Section(matches, questionShare + headingShare);
    }

    private sealed record Section(bool Matches, double Strength)
    {
        public List<int> Docs { get; } = [];
    }
}

/// <summary>The passages of the sections whose heading a question repeats (doc ids, the best-matching section first).</summary>
internal sealed record HeadingMatch(IReadOnlyList<int> Docs);
