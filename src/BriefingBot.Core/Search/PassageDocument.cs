using System.Globalization;
using BriefingBot.Core.Briefings;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// The document schema: how a passage is written as a Lucene document and read back. Stored fields give the
/// passage back; doc values sort and break ties (date, ordinal, briefing); the analysed fields are what a question
/// matches (text, section heading, speaker). Neighbouring words are matched by their positions in the text
/// (<see cref="WordPairs"/>), not as terms of their own: a field of word pairs made the build six times slower than
/// plain Lucene, each pair being a term of its own.
/// </summary>
internal static class PassageDocument
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <param name="briefingDate">The date of the briefing the passage is indexed with: what newer-first ordering sorts on.</param>
    /// <param name="community">The briefing's community (null: shared), which searches filter on.</param>
    public static Document Create(Passage passage, DateOnly briefingDate, string? community)
    {
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
            new TextField(PassageFields.Text, passage.Text, Field.Store.YES),
            new TextField(PassageFields.TitleText, passage.BriefingTitle, Field.Store.NO),
        };
        if (passage.Section is not null)
        {
            doc.Add(new StoredField(PassageFields.Section, passage.Section));
            doc.Add(new TextField(PassageFields.SectionText, passage.Section, Field.Store.NO));
        }

        // Every person the passage quotes, its own speaker first: a speaker question about any of them finds it.
        foreach (var speaker in passage.AllSpeakers)
        {
            doc.Add(new StringField(PassageFields.Speaker, speaker, Field.Store.YES));
            doc.Add(new TextField(PassageFields.SpeakerText, speaker, Field.Store.NO));
        }

        return doc;
    }

    public static Passage Read(Document doc)
    {
        var speakers = doc.GetValues(PassageFields.Speaker);
        return new Passage(
            doc.Get(PassageFields.Id),
            doc.Get(PassageFields.BriefingId),
            doc.Get(PassageFields.Title),
            DateOnly.ParseExact(doc.Get(PassageFields.Date), DateFormat, CultureInfo.InvariantCulture),
            doc.Get(PassageFields.Section),
            doc.GetField(PassageFields.Ordinal).GetInt32Value() ?? 0,
            doc.Get(PassageFields.Text),
            speakers.Length > 0 ? speakers[0] : null)
        {
            OtherSpeakers = speakers.Length > 1 ? speakers[1..] : [],
        };
    }
}
