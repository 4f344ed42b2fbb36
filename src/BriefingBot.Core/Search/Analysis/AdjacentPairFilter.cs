using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// Turns the main form of each analysed word into pairs of neighbours («كوري_شمالي»), ignoring the stop words
/// between them. A passage holding a question's two words side by side is about the same thing far more often
/// than one holding them apart, and a term lookup on a pair costs no more than on a word.
/// </summary>
public sealed class AdjacentPairFilter : TokenFilter
{
    public const char Joiner = '_';

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private string? _previous;

    public AdjacentPairFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public static string Pair(string first, string second) => first + Joiner + second;

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (_position.PositionIncrement == 0)
            {
                continue;
            }

            var current = _term.ToString();
            var previous = _previous;
            _previous = current;
            if (previous is null)
            {
                continue;
            }

            _term.SetEmpty().Append(Pair(previous, current));
            _position.PositionIncrement = 1;
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previous = null;
    }
}
