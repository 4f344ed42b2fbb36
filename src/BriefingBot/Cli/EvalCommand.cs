using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using BriefingBot.Core.Evaluation;
using BriefingBot.Core.Search;

namespace BriefingBot.Cli;

/// <summary><c>eval --passages P --questions Q</c>: indexes a benchmark and prints Recall@1/3/5 and MRR@10.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var passages = new Option<FileInfo>("--passages") { Description = "passages.jsonl", Required = true };
        var questions = new Option<FileInfo>("--questions") { Description = "questions.jsonl", Required = true };
        var split = new Option<string?>("--split") { Description = "Only questions of this split (train, test); all by default." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var title = new Option<bool>("--titles-as-sections", "--title") { Description = "Index each passage's title: as its section heading (the product), or with the text (--baseline)." };
        var conceptWeight = new Option<float?>("--concept-weight") { Description = "Tuning: weight of the concept lexicon's rescoring (0 turns it off)." };
        var familyWeight = new Option<float?>("--family-weight") { Description = "Tuning: weight of the other forms of a question word's verb standing in for it (0 turns it off)." };
        var pairBoost = new Option<float?>("--pair-boost") { Description = "Tuning: weight of a pair of neighbouring question words found side by side (0 turns it off)." };
        var sectionBoost = new Option<float?>("--section-boost") { Description = "Tuning: weight of a question word in a passage's section heading (0 turns it off)." };
        var titleBoost = new Option<float?>("--title-boost") { Description = "Tuning: weight of a question word in the title of a passage's briefing (0 turns it off)." };
        var speakerBoost = new Option<float?>("--speaker-boost") { Description = "Tuning: weight of a question word in a passage's speaker name (0 turns it off)." };
        var listMisses = new Option<int>("--list-misses") { Description = "Also print the first N questions whose gold passage is not ranked first (id, gold rank or -, question, first passage's title, gold's title)." };
        var baseline = new Option<bool>("--baseline") { Description = "Measure the reference setup (stock ArabicAnalyzer + BM25, OR of terms) instead of the product's search." };
        var command = new Command("eval", "Measure retrieval quality on a question→passage benchmark.") { passages, questions, split, json, title, baseline, conceptWeight, familyWeight, pairBoost, sectionBoost, titleBoost, speakerBoost, listMisses };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var set = await BenchmarkSet.LoadAsync(parse.GetValue(passages)!.FullName, parse.GetValue(questions)!.FullName, parse.GetValue(split), cancellationToken).ConfigureAwait(false);
            var tuning = SearchTuning.Default with
            {
                ConceptWeight = parse.GetValue(conceptWeight) ?? SearchTuning.Default.ConceptWeight,
                FamilyWeight = parse.GetValue(familyWeight) ?? SearchTuning.Default.FamilyWeight,
                PairBoost = parse.GetValue(pairBoost) ?? SearchTuning.Default.PairBoost,
                SectionBoost = parse.GetValue(sectionBoost) ?? SearchTuning.Default.SectionBoost,
                TitleBoost = parse.GetValue(titleBoost) ?? SearchTuning.Default.TitleBoost,
                SpeakerBoost = parse.GetValue(speakerBoost) ?? SearchTuning.Default.SpeakerBoost,
            };
            using IRetriever retriever = parse.GetValue(baseline) ? new BaselineRetriever() : new PassageIndexRetriever(tuning);
            retriever.Index(set.Passages, parse.GetValue(title));
            var rankings = RetrievalEvaluator.Rank(retriever, set, cancellationToken);
            var metrics = RetrievalMetrics.FromRanks(rankings.Select(r => r.GoldRank).ToList());
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(metrics));
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"n={metrics.Count}  R@1={metrics.RecallAt1:F3}  R@3={metrics.RecallAt3:F3}  R@5={metrics.RecallAt5:F3}  MRR@10={metrics.MrrAt10:F3}"));
            }

            var titles = set.Passages.ToDictionary(p => p.Id, p => p.Title ?? p.Id);
            foreach (var miss in rankings.Where(r => r.IsMissAt1).Take(parse.GetValue(listMisses)))
            {
                var first = miss.Ranked.Count > 0 ? titles.GetValueOrDefault(miss.Ranked[0], miss.Ranked[0]) : "-";
                var gold = string.Join(",", miss.Question.Gold.Select(g => titles.GetValueOrDefault(g, g)));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"miss\t{miss.Question.Id}\t{miss.GoldRank?.ToString(CultureInfo.InvariantCulture) ?? "-"}\t{miss.Question.Question}\t{first} [{(miss.Ranked.Count > 0 ? miss.Ranked[0] : "-")}]\t{gold} [{string.Join(",", miss.Question.Gold)}]"));
            }

            return 0;
        });
        return command;
    }
}
