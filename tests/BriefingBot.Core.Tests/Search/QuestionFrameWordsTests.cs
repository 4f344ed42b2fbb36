using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// Words that frame a question («صار»، «يوجد»، «اللي»، «دلوقتي») are not what it is about: left out of its search terms
/// when it has others, so a passage need not say them to cover the question (<see cref="QuestionFrameWords"/>).
/// </summary>
public sealed class QuestionFrameWordsTests : IDisposable
{
    private readonly PassageIndex _index = PassageIndex.InMemory();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("شو صار بمؤتمر المانحين؟", "صار")]
    [InlineData("هل يوجد لقاح للأطفال؟", "يوجد")]
    [InlineData("الدولار بكام دلوقتي في عدن؟", "دلوقتي")]
    [InlineData("شو قصة الملعب اللي بنوه؟", "اللي")]
    [InlineData("وصار الغلاء بزاف؟", "بزاف")]
    [InlineData("شكد سعر الأمبير ببغداد؟", "شكد")]
    [InlineData("شكثر ينطرون الكويتيين عشان ياخذون بيت؟", "شكثر")]
    [InlineData("الأنفار بياخدوا كام في اليوم؟", "كام")]
    [InlineData("قديش مقطرة لسا شغالة بأنجوان؟", "لسا")]
    [InlineData("شو بدهم المزارعين من الحكومة؟", "بدهم")]
    [InlineData("بدهم يرجعوا الحلبية يلي فتحوا معامل بعنتاب؟", "يلي")]
    public void Frame_words_are_left_out_of_a_question_with_other_words(string question, string frame)
    {
        var terms = _index.Analyze(question).Terms;
        var frameTerms = _index.Analyze(frame).Terms;

        Assert.NotEmpty(terms);
        Assert.DoesNotContain(frameTerms[0], terms);
    }

    [Theory]
    [InlineData("كم عدد الإصابات بالكوليرا؟")]
    [InlineData("ما عدد المرشحين؟")]
    [InlineData("وكم عدد النازحين؟")]
    [InlineData("قديش عدد العمال؟")]
    public void Count_after_how_many_only_asks_for_a_number(string question)
    {
        Assert.DoesNotContain(_index.Analyze("عدد").Terms[0], _index.Analyze(question).Terms);
    }

    [Fact]
    public void Count_elsewhere_is_a_word_of_the_question()
    {
        Assert.Contains(_index.Analyze("عدد").Terms[0], _index.Analyze("هل يكفي عدد الفنادق؟").Terms);
    }

    [Theory]
    [InlineData("في أي عام توفي نجيب محفوظ؟", "عام")]
    [InlineData("منذ أي سنة تطبق الهيئة إطار الرسوم؟", "سنة")]
    [InlineData("في أي سنة وافقت الحكومة على الباص السريع؟", "سنة")]
    public void A_year_after_which_only_asks_for_a_year(string question, string year)
    {
        Assert.DoesNotContain(_index.Analyze(year).Terms[0], _index.Analyze(question).Terms);
    }

    [Fact]
    public void A_year_elsewhere_is_a_word_of_the_question()
    {
        Assert.Contains(_index.Analyze("سنة").Terms[0], _index.Analyze("كم راكبا نقل الباص هذه السنة؟").Terms);
    }

    [Fact]
    public void A_question_of_frame_words_only_keeps_them()
    {
        Assert.NotEmpty(_index.Analyze("شو صار؟").Terms);
    }

    [Theory]
    [InlineData("وصار")]
    [InlineData("فصار")]
    [InlineData("بإمكان")]
    [InlineData("بامكان")]
    public void A_glued_conjunction_and_any_spelling_are_the_frame_word(string word)
    {
        Assert.True(QuestionFrameWords.Contains(word));
    }

    [Theory]
    [InlineData("وماذا عن المزارعين؟")]
    [InlineData("ومتى تعلن النتائج؟")]
    [InlineData("بكم يباع الدولار في عدن؟")]
    [InlineData("بكام المانجة في سوق الجملة؟")]
    [InlineData("ولماذا انسحب المرشحون؟")]
    [InlineData("فكيف يرد البنك المركزي؟")]
    public void A_question_word_with_a_glued_conjunction_or_preposition_is_no_term(string question)
    {
        var glued = question.Split(' ')[0];

        Assert.True(QuestionFrameWords.Contains(glued));
        var gluedForms = _index.Analyze(glued).AllForms;
        var terms = _index.Analyze(question).Terms;

        Assert.NotEmpty(gluedForms);
        Assert.NotEmpty(terms);
        Assert.All(terms, t => Assert.DoesNotContain(t, gluedForms));
    }

    [Fact]
    public void Content_words_are_not_frame_words()
    {
        Assert.False(QuestionFrameWords.Contains("صاروخ"));
        Assert.False(QuestionFrameWords.Contains("وزير"));
        Assert.False(QuestionFrameWords.Contains("وكيل"));
        Assert.False(QuestionFrameWords.Contains("بكاء"));
    }
}
