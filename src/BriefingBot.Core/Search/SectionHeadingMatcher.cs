using BriefingBot.Core.Text;
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
    public HeadingMatch? Find(IndexSearcher searcher, TermStatisticsLookup lookup, Filter? filter, AnalyzedQuestion question, IReadOnlyList<ExpandedTerm> expanded, TieOrder ties)
    {
        var terms = question.QueryTerms;
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
        // Every passage of a section has the same heading, so a section's passages tie, and a cut among them must not
        // depend on document numbers: the sections read, and their order, are then the same after a rebuild.
        var hits = ties.Rank(TiedAtTheCut.Fetch(n => searcher.Search(query, filter, n), MaxPassagesRead).ScoreDocs)
            .Take(MaxPassagesRead).ToArray();
        if (hits.Length == 0)
        {
            return null;
        }

        var weights = expanded.Select(e => (double)e.Weight).ToList();
        var total = weights.Sum();
        var shares = QuestionShares(searcher.IndexReader.Leaves, lookup, hits, terms, weights, total);
        var sections = new Dictionary<(string Briefing, string Heading), Section>();
        IReadOnlyList<string>? asked = null;
        for (var i = 0; i < hits.Length; i++)
        {
            // A heading holding too little of the question cannot match, whatever its other words: its passage is not
            // read (a stored passage is decompressed with its neighbours, the costliest step here).
            if (shares[i] < tuning.HeadingQuestionShare)
            {
                continue;
            }

            var hit = hits[i];
            var doc = searcher.Doc(hit.Doc, FieldsRead);
            var heading = doc.Get(PassageFields.Section);
            if (heading is null)
            {
                continue;
            }

            var key = (doc.Get(PassageFields.BriefingId), heading);
            if (!sections.TryGetValue(key, out var section))
            {
                asked ??= ArabicText.FoldedWords(question.Text);
                section = Measure(heading, terms, weights, total) with { Whole = WordsHeldInARow(asked, ArabicText.FoldedWords(heading)) };
                sections[key] = section;
            }

            if (section.Matches)
            {
                section.Docs.Add(hit.Doc);
            }
        }

        var matched = sections.Values.Where(s => s.Matches).OrderByDescending(s => s.Strength).ThenByDescending(s => s.Whole).ThenByDescending(s => s.InOrder).ToList();
        if (matched.Count == 0)
        {
            return null;
        }

        // A heading the question repeats whole («الصندوق يراقب») comes before one holding a word more («صندوق النقد يراقب»):
        // sections of the same strength stay together, for the word search to order, the heading in the question's word
        // order («أسعار التذاكر») before the same words turned round («التذاكر والأسعار»). Within a strength, a heading
        // the question holds word for word, the words search leaves out among them, comes first: «ماذا يقول الشارع؟»
        // asked as it is repeats that heading, not «في الشارع», though both weigh only «الشارع»; and of two held word for
        // word, the longer: «ما بعد الترميم» asked as it is is that heading, not another briefing's «الترميم».
        // A section's passages in their briefing's order, read as its ordinals: not by document number, which follows
        // that order only while one writer adds a briefing's passages together.
        return new HeadingMatch(matched.GroupBy(s => (Math.Round(s.Strength, 9), s.Whole, s.InOrder)).Select(g => (IReadOnlyList<int>)g.SelectMany(s => s.Docs.OrderBy(ties.OrdinalOf)).ToList()).ToList());
    }

    /// <summary>
    /// The share of the question's weight each hit's heading holds, as <see cref="Measure"/> counts it from the heading's
    /// words, here read from the heading field's postings (the heading is indexed by the same analyser): a question word
    /// is in the heading when one of its forms is.
    /// </summary>
    private static double[] QuestionShares(IList<AtomicReaderContext> leaves, TermStatisticsLookup lookup, ScoreDoc[] hits, IReadOnlyList<QueryTerm> terms, List<double> weights, double total)
    {
        var inHeading = new bool[hits.Length, terms.Count];
        var byDoc = Enumerable.Range(0, hits.Length).OrderBy(i => hits[i].Doc).ToArray();
        for (var t = 0; t < terms.Count; t++)
        {
            foreach (var form in terms[t].Forms)
            {
                if (lookup.Find(PassageFields.SectionText, form).DocFreq == 0)
                {
                    continue;
                }

                var at = 0;
                foreach (var leaf in leaves)
                {
                    var end = leaf.DocBase + leaf.Reader.MaxDoc;
                    var postings = at < byDoc.Length && hits[byDoc[at]].Doc < end ? lookup.Docs(PassageFields.SectionText, form, leaf) : null;
                    for (; at < byDoc.Length && hits[byDoc[at]].Doc < end; at++)
                    {
                        var target = hits[byDoc[at]].Doc - leaf.DocBase;
                        if (postings is null)
                        {
                            continue;
                        }

                        var doc = postings.DocID < target ? postings.Advance(target) : postings.DocID;
                        if (doc == target)
                        {
                            inHeading[byDoc[at], t] = true;
                        }
                    }
                }
            }
        }

        var shares = new double[hits.Length];
        for (var h = 0; h < hits.Length; h++)
        {
            var held = 0.0;
            for (var t = 0; t < terms.Count; t++)
            {
                if (inHeading[h, t])
                {
                    held += weights[t];
                }
            }

            shares[h] = total == 0 ? 0 : held / total;
        }

        return shares;
    }

    /// <summary>How well one heading and the question cover each other.</summary>
    private Section Measure(string heading, IReadOnlyList<QueryTerm> terms, List<double> weights, double total)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        var words = 0;
        var wordsInQuestion = 0;
        var wordMatched = false;
        var lastTerm = -1;
        var inOrder = true;
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
                var matchedTerm = wordMatched ? -1 : IndexOfTermWith(terms, form);
                if (matchedTerm >= 0)
                {
                    wordMatched = true;
                    wordsInQuestion++;
                    inOrder &= matchedTerm > lastTerm;
                    lastTerm = matchedTerm;
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
        return new Section(matches, questionShare + headingShare, inOrder);
    }

    /// <summary>How many words the heading has when the question holds every one of them, folded, one after another; 0 otherwise.</summary>
    private static int WordsHeldInARow(IReadOnlyList<string> question, IReadOnlyList<string> heading)
    {
        for (var start = 0; heading.Count > 0 && start + heading.Count <= question.Count; start++)
        {
            var at = 0;
            while (at < heading.Count && question[start + at] == heading[at])
            {
                at++;
            }

            if (at == heading.Count)
            {
                return heading.Count;
            }
        }

        return 0;
    }

    private static int IndexOfTermWith(IReadOnlyList<QueryTerm> terms, string form)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].Forms.Contains(form))
            {
                return i;
            }
        }

        return -1;
    }

    /// <param name="InOrder">The heading's words the question holds come in the question's order.</param>
    /// <param name="Whole">
    /// The heading's word count when the question holds it word for word, the words the search leaves out among them; 0
    /// when it does not.
    /// </param>
    private sealed record Section(bool Matches, double Strength, bool InOrder, int Whole = 0)
    {
        public List<int> Docs { get; } = [];
    }
}

/// <summary>
/// The passages of the sections whose heading a question repeats (doc ids), in tiers of sections that match it equally
/// well, the best first.
/// </summary>
internal sealed record HeadingMatch(IReadOnlyList<IReadOnlyList<int>> Tiers)
{
    public IEnumerable<int> Docs => Tiers.SelectMany(t => t);
}
