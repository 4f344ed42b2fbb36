using System.Text.Json;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// Writes, for every tune question not about a person, what the answer checks see: the answer given (and why it was
/// declined), the question's shape (what it expects, counts, dates, asks the cause of) and the three passages the word
/// search puts first, one JSON line each. Skipped unless <c>TUNE_SHAPE_DUMP</c> names the file to write: a new check can
/// then be tried on the tune part's passages in seconds, before a build and a full run (round 22: off-topic declines).
/// Only the tune part is written, so the held-out questions' misses stay unseen.
/// </summary>
public sealed class TuneShapeDump
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [SkippableFact]
    public void Tune_questions_shapes_answers_and_first_passages()
    {
        var path = Environment.GetEnvironmentVariable("TUNE_SHAPE_DUMP");
        Skip.If(string.IsNullOrEmpty(path), "set TUNE_SHAPE_DUMP to the file to write");
        var set = DevSet.Load();
        using var index = Indexes.Of([.. set.Briefings]);
        var answerer = Indexes.Answerer(index, null, [.. set.Briefings]);
        using var writer = new StreamWriter(path);
        foreach (var q in set.Part("tune").Where(q => !q.AboutSpeaker))
        {
            var answer = answerer.Answer(new AnswerRequest(q.Question));
            var question = QuestionText.Clean(q.Question);
            var shape = QuestionShape.Of(question);
            var found = index.Search(new PassageSearch(index.Analyze(question), AnswerCheck.Depth) { Read = AnswerCheck.Depth });
            writer.WriteLine(JsonSerializer.Serialize(
                new
                {
                    q.Id,
                    q.Decline,
                    q.Question,
                    q.Expected,
                    Outcome = answer.Outcome.ToString(),
                    Declined = answer.Declined?.ToString(),
                    Shown = answer.Passages.Select(p => p.Passage.Id).ToList(),
                    Exp = shape.Expected.ToString(),
                    shape.Asked,
                    shape.Caused,
                    shape.Event,
                    shape.About,
                    shape.Subject,
                    shape.Counted,
                    shape.Begun,
                    shape.Attribute,
                    shape.Places,
                    shape.Years,
                    shape.Dated,
                    Top = found.Hits.Select(h => new { h.Passage.Id, h.Passage.BriefingId, h.Passage.Text }).ToList(),
                },
                Json));
        }
    }
}
