using System.Globalization;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// The document schema: how a passage is written as a Lucene document and read back. Stored fields give the
/// passage back; doc values sort and break ties (date, ordinal, briefing); the analysed fields are what a question
/// matches (text, pairs of neighbouring words, section heading, speaker).
/// </summary>
internal static class PassageDocument
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// The pair field is only ever matched term by term (its frequency and length norm score, never a position), so it
    /// keeps no positions: a passage's pairs are nearly all distinct terms, and their positions were half the field's size.
    /// </summary>
    private static readonly FieldType PairsType = NewPairsType();

    private static FieldType NewPairsType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }

    /// <param name="briefingDate">The date of the briefing the passage is indexed with: what newer-first ordering sorts on.</param>
    /// <param name="community">The briefing's community (null: shared), which searches filter on.</param>
    /// <param name="words">The word chain: the text is run through it once, and its tokens feed both the text and the pair field.</param>
    public static Document Create(Passage passage, DateOnly briefingDate, string? community, Analyzer words)
    {
        var tokens = RecordedTokens.Record(words, PassageFields.Text, passage.Text);
        var doc = new Document
        {
            new StringField(PassageFields.Id, passage.Id, Field.Store.YES),
            new StringField(PassageFields.BriefingId, passage.BriefingId, Field.Store.YES),
            new StringField(PassageFields.Community, CommunityFilter.ValueOf(community), Field.Store.NO),
            new StoredField(PassageFields.Title, passage.BriefingTitle),
            new StoredField(PassageFields.Date, passage.BriefingDate.ToString(DateFormat, CultureInfo.InvariantCulture)),
            new NumericDocValuesField(PassageFields.DateDays, briefingDate.DayNumber),
            new StoredField(PassageFields.Ordinal, passage.Ordinal),
            new NumericDocValuesField(PassageFields.Ordinal, passage.Ordinal),
            new SortedDocValuesField(PassageFields.BriefingId, new BytesRef(passage.BriefingId)),
            new StoredField(PassageFields.Text, passage.Text),
            new Field(PassageFields.Text, tokens.Replay(), TextField.TYPE_NOT_STORED),
            new Field(PassageFields.Pairs, new AdjacentPairFilter(tokens.Replay()), PairsType),
        };
        if (passage.Section is not null)
        {
            doc.Add(new StoredField(PassageFields.Section, passage.Section));
            doc.Add(new TextField(PassageFields.SectionText, passage.Section, Field.Store.NO));
        }

        if (passage.Speaker is not null)
        {
            doc.Add(new StringField(PassageFields.Speaker, passage.Speaker, Field.Store.YES));
            doc.Add(new TextField(PassageFields.SpeakerText, passage.Speaker, Field.Store.NO));
        }

        return doc;
    }

    public static Passage Read(Document doc) => new(
        doc.Get(PassageFields.Id),
        doc.Get(PassageFields.BriefingId),
        doc.Get(PassageFields.Title),
        DateOnly.ParseExact(doc.Get(PassageFields.Date), DateFormat, CultureInfo.InvariantCulture),
        doc.Get(PassageFields.Section),
        doc.GetField(PassageFields.Ordinal).GetInt32Value() ?? 0,
        doc.Get(PassageFields.Text),
        doc.Get(PassageFields.Speaker));
}
