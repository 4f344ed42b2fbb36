using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A title alone held by more speakers than an answer gives the words of («ماذا قالت الوزيرة؟» with seven women ministers
/// quoted): the one quoted most recently is answered, and the reply names the others so the asker can ask by name.
/// </summary>
public sealed class SpeakerQuestionsOfATitleHeldByManyTests() : BriefingsAnswerSpec([.. Ministers.Select(m => BriefingMarkdown.OneSection(m.Id, m.Paragraph))])
{
    private static readonly (string Id, string Paragraph)[] Ministers =
    [
        ("2026-11-01-egypt", "قالت وزيرة التخطيط المصرية هالة السعيد إن النمو سيتسارع."),
        ("2026-11-05-libya", "وقالت وزيرة السياحة الليبية نجلاء الورفلي إن الفنادق امتلأت."),
        ("2026-11-10-kuwait", "وقالت وزيرة المالية الكويتية هند العتيبي إن السندات ستصدر قريبًا."),
        ("2026-11-15-cyprus", "قالت وزيرة الداخلية القبرصية إليني كونستانتينو إن الاتفاق لا يغلق الباب."),
        ("2026-11-20-morocco", "قالت وزيرة السياحة المغربية لمياء بنكيران إن التعاونيات صامدة."),
        ("2026-11-25-jordan", "قالت وزيرة التربية الأردنية سلمى الخطيب إن المدارس ستفتح."),
        ("2026-12-01-alexandria", "قالت وزيرة البيئة منى الشاذلي إن الحكومة لن تترك الإسكندرية للبحر."),
    ];

    [Fact]
    public void The_holder_quoted_most_recently_is_answered_and_the_others_are_named()
    {
        var answer = Ask("ماذا قالت الوزيرة؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(["2026-12-01-alexandria"], answer.Passages.Select(p => p.Passage.BriefingId).Distinct());
        Assert.Equal(["سلمى الخطيب", "لمياء بنكيران", "إليني كونستانتينو", "هند العتيبي", "نجلاء الورفلي", "هالة السعيد"], answer.OtherHolders.Select(o => o.Name));
    }

    [Fact]
    public void A_holder_asked_by_name_is_answered_without_the_others()
    {
        var answer = Ask("ماذا قالت هالة السعيد؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Empty(answer.OtherHolders);
    }

    [Fact]
    public void A_community_whose_own_briefing_quotes_one_holder_is_answered_with_her_and_never_named_the_others()
    {
        // The oldest minister's briefing is community a's; the six newer ones are community b's.
        var parser = new BriefingParser();
        var briefings = Ministers.Select((m, i) => parser.Parse(BriefingMarkdown.OneSection(m.Id, m.Paragraph)) with { Community = i == 0 ? "a" : "b" }).ToArray();
        using var index = Indexes.Of(briefings);
        var answerer = Indexes.Answerer(index, briefings: briefings);

        var inA = answerer.Answer(new AnswerRequest("ماذا قالت الوزيرة؟") { Scope = new SearchScope("a") });
        var inB = answerer.Answer(new AnswerRequest("ماذا قالت الوزيرة؟") { Scope = new SearchScope("b") });

        Assert.Equal(AnswerOutcome.SpeakerPassages, inA.Outcome);
        Assert.Equal("هالة السعيد", inA.Speaker);
        Assert.Empty(inA.OtherHolders);
        Assert.Equal(["2026-12-01-alexandria"], inB.Passages.Select(p => p.Passage.BriefingId).Distinct());
        Assert.DoesNotContain("هالة السعيد", inB.OtherHolders.Select(o => o.Name));
    }

    [Fact]
    public void The_reply_names_the_others_to_ask_by()
    {
        var line = ChatTexts.For(ChatLanguage.Arabic).OtherHolders([new AnswerSpeaker("سلمى الخطيب", true), new AnswerSpeaker("هالة السعيد", true)]);

        Assert.Equal("وفي الموجزات أيضًا: سلمى الخطيب، هالة السعيد. لترى ما قاله أحدهم اسأل باسمه.", line);
    }
}
