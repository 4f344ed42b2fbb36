using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// Turns the main form of each analysed word into pairs of neighbours («كوري_شمالي»), ignoring the stop words
/// between them. A passage holding a question's two words side by side is about the same thing far more often
/// than one holding them apart, and a term lookup on a pair costs no more than on a word. A pair carries the
/// offsets of its second word. The previous word is kept in a reused buffer and the pair is written into the term
/// buffer in place: a passage has ~100 words, and a string for each would be garbage.
/// </summary>
public sealed class AdjacentPairFilter : TokenFilter
{
    public const char Joiner = '_';

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private char[] _previous = new char[16];

    /// <summary>The length of the previous word; -1 before the first word.</summary>
    private int _previousLength = -1;

    public AdjacentPairFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The pair term of two words, as this filter writes it.</summary>
    public static string Pair(string first, string second) => first + Joiner + second;

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (_position.PositionIncrement == 0)
            {
                continue;
            }

            var length = _term.Length;
            if (_previousLength < 0)
            {
                Remember(_term.Buffer, 0, length);
                continue;
            }

            // previous + joiner + current: the current word moves right, the previous one goes in front of it.
            var start = _previousLength + 1;
            var buffer = _term.ResizeBuffer(start + length);
            Array.Copy(buffer, 0, buffer, start, length);
            Array.Copy(_previous, 0, buffer, 0, _previousLength);
            buffer[_previousLength] = Joiner;
            _term.Length = start + length;
            Remember(buffer, start, length);
            _position.PositionIncrement = 1;
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previousLength = -1;
    }

    private void Remember(char[] source, int start, int length)
    {
        if (_previous.Length < length)
        {
            _previous = new char[Math.Max(length, _previous.Length * 2)];
        }

        Array.Copy(source, start, _previous, 0, length);
        _previousLength = length;
    }
}
