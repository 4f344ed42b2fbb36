using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// The tokens of one text through the word chain, analysed once and replayed as often as needed: a passage's words
/// feed both its word field and its pair field (<see cref="AdjacentPairFilter"/> over the replay), which before took
/// two runs of the whole chain. A replay gives the index what the chain gives it (term, position increment, offsets,
/// and the final offset and increment at the end), so the index is the same either way.
/// </summary>
public sealed class RecordedTokens
{
    private char[] _chars = new char[256];
    private int _charCount;
    private Entry[] _entries = new Entry[64];
    private int _count;
    private int _finalOffset;
    private int _finalIncrement;

    private RecordedTokens()
    {
    }

    public int Count => _count;

    /// <summary>Runs <paramref name="text"/> through <paramref name="analyzer"/> once and keeps every token.</summary>
    public static RecordedTokens Record(Analyzer analyzer, string field, string text)
    {
        var recorded = new RecordedTokens();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            recorded.Add(term.Buffer, term.Length, increment.PositionIncrement, offset.StartOffset, offset.EndOffset);
        }

        stream.End();
        recorded._finalOffset = offset.EndOffset;
        recorded._finalIncrement = increment.PositionIncrement;
        return recorded;
    }

    /// <summary>A new stream over the recorded tokens, for one field of one document.</summary>
    public TokenStream Replay() => new ReplayStream(this);

    private void Add(char[] term, int length, int increment, int start, int end)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        if (_charCount + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
        }

        Array.Copy(term, 0, _chars, _charCount, length);
        _entries[_count++] = new Entry(_charCount, length, increment, start, end);
        _charCount += length;
    }

    private readonly record struct Entry(int CharStart, int Length, int Increment, int StartOffset, int EndOffset);

    private sealed class ReplayStream : TokenStream
    {
        private readonly RecordedTokens _tokens;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private int _next;

        public ReplayStream(RecordedTokens tokens)
        {
            _tokens = tokens;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _tokens._count)
            {
                return false;
            }

            ClearAttributes();
            var entry = _tokens._entries[_next++];
            _term.CopyBuffer(_tokens._chars, entry.CharStart, entry.Length);
            _offset.SetOffset(entry.StartOffset, entry.EndOffset);
            _increment.PositionIncrement = entry.Increment;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_tokens._finalOffset, _tokens._finalOffset);
            _increment.PositionIncrement = _tokens._finalIncrement;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
