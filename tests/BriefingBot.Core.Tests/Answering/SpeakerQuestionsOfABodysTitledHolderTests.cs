using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A body's office asked by a title and its adjective («ماذا قال المدير العام للمكتب الوطني للسكك الحديدية؟») is its
/// holder, as after a title alone («المتحدثة باسم …»), not the body's own statements.
/// </summary>
public sealed class SpeakerQuestionsOfABodysTitledHolderTests() : BriefingsAnswerSpec(Rail)
{
    private const string Rail = """
        ---
        id: 2026-12-08-rail
        title: القطار الفائق السرعة
        date: 2026-12-08
        ---

        أعلن المكتب الوطني للسكك الحديدية أن الخط الجديد سيفتح في الصيف.

        وقال المدير العام للمكتب الوطني للسكك الحديدية، رشيد بن عبد الجليل، إن الأشغال بلغت ستين في المئة.

        وأضاف بن عبد الجليل أن كلفة المشروع تقدر بخمسة مليارات درهم.
        """;

    [Fact]
    public void A_title_and_its_adjective_before_a_body_asks_of_the_office_holder()
    {
        var answer = Ask("ماذا قال المدير العام للمكتب الوطني للسكك الحديدية؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(["رشيد بن عبد الجليل", "رشيد بن عبد الجليل"], answer.Passages.Select(p => p.Passage.Speaker));
    }
}
