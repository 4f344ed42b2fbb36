using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «Ask what X said and get all of X's passages», end to end through the real parser, index and answerer, on two
/// briefings written for it (`NewSpeakerBriefings/`: Atlantic fisheries, Iraq's gas and power) whose speakers are of the
/// kinds a post-mortem found cut short on unseen briefings: compound names with «ولد»، «بن»، «آل»، «أبو», roles with a
/// nationality adjective or a place complement, offices with no name, and paragraphs that go on with the same speaker
/// («وتابع:»، «وأوضح المسؤول»، «وبحسب المسؤولة ذاتها»، «وعن …، أوضحت»، «"…"، تضيف»); questions by full name, compound
/// surname, role (in either gender) and in dialect. Each speaker's passages were written down with the briefings.
/// </summary>
public sealed class AllOfASpeakersPassagesTests : IDisposable
{
    private readonly Briefing[] _briefings;
    private readonly PassageIndex _index;
    private readonly QuestionAnswerer _answerer;

    public AllOfASpeakersPassagesTests()
    {
        var parser = new BriefingParser();
        var folder = Path.Combine(AppContext.BaseDirectory, "Answering", "NewSpeakerBriefings");
        _briefings = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).Select(f => parser.Parse(File.ReadAllText(f))).ToArray();
        _index = Indexes.Of(_briefings);
        _answerer = Indexes.Answerer(_index, briefings: _briefings);
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ماذا قال ولد عابدين؟", "fisheries", 2, 3, 4)]
    [InlineData("ماذا قال محمد ولد عابدين ولد معييف", "fisheries", 2, 3, 4)]
    [InlineData("ماذا قال وزير الصيد؟", "fisheries", 2, 3, 4)]
    [InlineData("شو قال الوزير الموريتاني؟", "fisheries", 2, 3, 4)]
    [InlineData("ماذا قالت ممثلة الفاو؟", "fisheries", 5, 6)]
    [InlineData("شو حكت بن شقرون؟", "fisheries", 7, 8)]
    [InlineData("ما رأي خديجة بن شقرون", "fisheries", 7, 8)]
    [InlineData("إيش قال أبو بكر ولد سيدي أحمد", "fisheries", 9, 10)]
    [InlineData("وش قال ولد سيدي أحمد", "fisheries", 9, 10)]
    [InlineData("ماذا قال المتحدث باسم وزارة الكهرباء؟", "iraq", 2, 3, 4)]
    [InlineData("ماذا قال العبادي", "iraq", 2, 3, 4)]
    [InlineData("ماذا قالت وزيرة التخطيط؟", "iraq", 5, 6)]
    [InlineData("ماذا قال وزير التخطيط؟", "iraq", 5, 6)]
    [InlineData("شو حكت آل ياسين", "iraq", 5, 6)]
    [InlineData("ماذا قال أبو رغيف؟", "iraq", 7, 8)]
    [InlineData("شنو قال الخبير النفطي؟", "iraq", 7, 8)]
    [InlineData("ماذا قالت المبعوثة الأممية؟", "iraq", 9, 10)]
    public void A_question_about_a_speaker_returns_all_of_their_passages_and_no_others(string question, string briefing, params int[] ordinals)
    {
        var answer = _answerer.Answer(new AnswerRequest(question));

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.All(answer.Passages, p => Assert.Contains(briefing, p.Passage.BriefingId, StringComparison.Ordinal));
        Assert.Equal(ordinals, answer.Passages.Select(p => p.Passage.Ordinal));
    }

    [Theory]
    [InlineData("ماذا قال ولد عابدين؟", "محمد ولد عابدين ولد معييف")]
    [InlineData("شو حكت بن شقرون؟", "خديجة بن شقرون")]
    [InlineData("وش قال ولد سيدي أحمد", "أبو بكر ولد سيدي أحمد")]
    [InlineData("ماذا قال العبادي", "أحمد موسى العبادي")]
    [InlineData("شو حكت آل ياسين", "نور الهدى آل ياسين")]
    [InlineData("ماذا قال أبو رغيف؟", "عمار أبو رغيف")]
    public void A_compound_name_is_recorded_whole(string question, string speaker)
    {
        Assert.Equal(speaker, _answerer.Answer(new AnswerRequest(question)).Speaker);
    }

    [Theory]
    [InlineData("شو حكت بن شقرون؟", true)]
    [InlineData("ماذا قال وزير التخطيط؟", true)]
    [InlineData("ماذا قالت ممثلة الفاو؟", true)]
    [InlineData("ماذا قال أبو رغيف؟", false)]
    public void The_reply_knows_a_womans_words_from_a_mans(string question, bool feminine)
    {
        Assert.Equal(feminine, _answerer.Answer(new AnswerRequest(question)).SpeakerIsFeminine);
    }

    [Theory]
    [InlineData("ماذا حدث في الناصرية؟")]
    [InlineData("لماذا أغلقت السلطات الداخلة وبوجدور؟")]
    [InlineData("ماذا قال المراقبون عن الإغلاق؟")]
    public void A_place_or_a_collective_source_is_not_answered_as_a_speaker(string question)
    {
        Assert.NotEqual(AnswerOutcome.SpeakerPassages, _answerer.Answer(new AnswerRequest(question)).Outcome);
    }

    [Fact]
    public void Places_and_objects_after_a_verb_are_no_speakers()
    {
        var speakers = _briefings.SelectMany(b => b.SpeakerProfiles).Select(p => p.Name).ToList();

        Assert.DoesNotContain(speakers, s => s.Contains("بوجدور", StringComparison.Ordinal) || s.Contains("كربلاء", StringComparison.Ordinal) || s.Contains("المنصورية", StringComparison.Ordinal));
    }
}
