using System.Globalization;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using BriefingBot.Core.Translation;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Support;

/// <summary>Real in-memory indexes and answerers over given briefings.</summary>
internal static class Indexes
{
    public static PassageIndex Of(params Briefing[] briefings)
    {
        var index = PassageIndex.InMemory();
        index.Rebuild(briefings, "test");
        return index;
    }

    public static QuestionAnswerer Answerer(PassageIndex index, AnsweringOptions? options = null, params Briefing[] briefings) =>
        Answerer(index, options, english: null, briefings);

    public static QuestionAnswerer Answerer(PassageIndex index, AnsweringOptions? options, EnglishQuestions? english, params Briefing[] briefings)
    {
        var catalog = new BriefingCatalog();
        catalog.Replace(briefings);
        return new QuestionAnswerer(index, catalog, Options.Create(options ?? new AnsweringOptions()), english);
    }

    public static Briefing Briefing(string id, DateOnly date, params string[] paragraphs) =>
        new BriefingParser().Parse(string.Join("\n\n", paragraphs), new BriefingHeader(id, "عنوان " + id, date));

    /// <summary>
    /// A briefing whose title a spec reads as a reader would («دعم المزارعين: كيف تقدم الطلب»), dated by its id's leading
    /// date, its paragraphs parsed as a moderator's post is.
    /// </summary>
    public static Briefing TitledBriefing(string id, string title, params string[] paragraphs) =>
        new BriefingParser().Parse(string.Join("\n\n", paragraphs), new BriefingHeader(id, title, DateOnly.ParseExact(id[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
