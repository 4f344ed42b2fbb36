using BriefingBot.Core.Search.Analysis;
using BriefingBot.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search;

/// <summary>
/// Turns a question into the terms a search looks for, with the chain that analyses passages, so both sides meet:
/// one term per word position (with every form the chain gave it), and the pairs of neighbouring words the
/// <c>pairs</c> field holds. Words that only frame the question (<see cref="QuestionFrameWords"/>: «صار»، «يوجد»، «اللي»)
/// are left out when it has other words. Raw text never reaches a query parser.
/// </summary>
internal sealed class QuestionAnalyzer(Analyzer wordAnalyzer)
{
    public AnalyzedQuestion Analyze(string question)
    {
        var positions = WithoutFrameWords(Positions(question));
        return new AnalyzedQuestion(question, Terms(positions), Pairs(positions.Select(p => p.Forms).ToList()));
    }

    /// <summary>
    /// The positions of content words, or every position when the question has nothing but frame words. A name asked
    /// («ما اسم …») is searched for only when the question has no other word to search.
    /// </summary>
    private static List<(List<string> Forms, bool Definite, string Typed, bool CoverageOnly)> WithoutFrameWords(List<(List<string> Forms, bool Frame, bool Definite, string Typed, bool NameAsked)> positions)
    {
        var kept = positions.All(p => p.Frame) ? positions : positions.Where(p => !p.Frame).ToList();
        var searched = kept.Any(p => !p.NameAsked);
        return kept.Select(p => (p.Forms, p.Definite, p.Typed, p.NameAsked && searched)).ToList();
    }

    /// <summary>The word as typed before <paramref name="start"/> (stop words included: the analyser drops «كم»), or nothing.</summary>
    private static ReadOnlySpan<char> PreviousWord(string question, int start)
    {
        var begin = PreviousWordStart(question, start, out var end);
        return question.AsSpan(begin, end - begin);
    }

    /// <summary>Where the word before <paramref name="start"/> begins (<paramref name="end"/>: where it ends).</summary>
    private static int PreviousWordStart(string question, int start, out int end)
    {
        end = start;
        while (end > 0 && !IsWordChar(question[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && IsWordChar(question[begin - 1]))
        {
            begin--;
        }

        return begin;
    }

    /// <summary>Whether the word at <paramref name="start"/> is «اسم» asked after «ما» or «ما هو» (<see cref="NameAskedWord"/>).</summary>
    private static bool IsNameAsked(string question, ReadOnlySpan<char> word, int start)
    {
        var previousStart = PreviousWordStart(question, start, out var previousEnd);
        return NameAskedWord.Is(word, question.AsSpan(previousStart, previousEnd - previousStart), PreviousWord(question, previousStart));
    }

    /// <summary>Letters, digits, and the diacritics and tatweel written inside Arabic words.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == 'ـ' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// The forms at each word position, the main form first, whether the word as typed frames the question, whether it
    /// was typed with the article, and whether it is a name asked («ما اسم …»).
    /// </summary>
    private List<(List<string> Forms, bool Frame, bool Definite, string Typed, bool NameAsked)> Positions(string question)
    {
        var positions = new List<(List<string> Forms, bool Frame, bool Definite, string Typed, bool NameAsked)>();
        using var stream = wordAnalyzer.GetTokenStream(PassageFields.Text, question);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var t = term.ToString();
            if (t.Length == 0)
            {
                continue;
            }

            if (increment.PositionIncrement > 0 || positions.Count == 0)
            {
                var word = question.AsSpan(offset.StartOffset, offset.EndOffset - offset.StartOffset);
                if (IsStrayArticle(question, word, offset.EndOffset))
                {
                    break;
                }

                positions.Add(([t], QuestionFrameWords.Contains(word) || QuestionFrameWords.FramesAfter(PreviousWord(question, offset.StartOffset), word), HasArticle(word), word.ToString(), IsNameAsked(question, word, offset.StartOffset)));
            }
            else if (!positions[^1].Forms.Contains(t))
            {
                positions[^1].Forms.Add(t);
            }
        }

        stream.End();
        return positions;
    }

    /// <summary>
    /// A bare «ال» (or «آل») as the question's last word is the article of a word never typed («متى يتزوج؟ ال»): the
    /// article only ever comes glued to its noun, and «آل» (the house of) always stands before the name it governs, so at
    /// the end it is no word. Kept as a term it met every «آل سعود» and «آل مكتوم» of the index.
    /// </summary>
    private static bool IsStrayArticle(string question, ReadOnlySpan<char> word, int end)
    {
        if (word.Length > 4 || ArabicText.Fold(word) != "ال")
        {
            return false;
        }

        for (var i = end; i < question.Length; i++)
        {
            if (IsWordChar(question[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One term per distinct main form, in question order.</summary>
    private static List<QueryTerm> Terms(List<(List<string> Forms, bool Definite, string Typed, bool CoverageOnly)> positions)
    {
        var terms = new List<QueryTerm>();
        foreach (var (forms, definite, typed, coverageOnly) in positions)
        {
            if (!terms.Any(t => t.Primary == forms[0]))
            {
                terms.Add(new QueryTerm(forms[0], forms) { Definite = definite, Typed = typed, CoverageOnly = coverageOnly });
            }
        }

        return terms;
    }

    /// <summary>«النواب»، «والنواب»، «بالنواب»، «للنواب»: the article, after a conjunction or a preposition.</summary>
    private static bool HasArticle(ReadOnlySpan<char> word)
    {
        var w = word.TrimStart("وفبك");
        return w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 4 || word.StartsWith("لل", StringComparison.Ordinal) && word.Length > 4;
    }

    /// <summary>The main forms of neighbouring positions (<see cref="WordPairs"/>), which rescore the hits.</summary>
    private static List<string> Pairs(List<List<string>> positions)
    {
        var pairs = new List<string>();
        for (var i = 1; i < positions.Count; i++)
        {
            var pair = WordPairs.Pair(positions[i - 1][0], positions[i][0]);
            if (!pairs.Contains(pair))
            {
                pairs.Add(pair);
            }
        }

        return pairs;
    }
}
