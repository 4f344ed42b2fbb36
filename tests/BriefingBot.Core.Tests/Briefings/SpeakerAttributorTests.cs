using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

public class SpeakerAttributorTests
{
    private static int[] OrdinalsOf(Briefing briefing, string surname) =>
        briefing.Passages.Where(p => p.Speaker?.Contains(surname, StringComparison.Ordinal) == true).Select(p => p.Ordinal).ToArray();

    [Fact]
    public void Polyakov_is_the_speaker_of_his_four_passages_including_the_unnamed_continuation()
    {
        var briefing = Seed.Parse();

        Assert.Equal(Seed.Polyakov, OrdinalsOf(briefing, "بولياكوف"));
        Assert.StartsWith("ويضيف أن", briefing.Passages[11].Text, StringComparison.Ordinal);
        Assert.Equal("أندريه بولياكوف", briefing.Passages[11].Speaker);
    }

    [Fact]
    public void Lee_Yong_suk_and_Jonathan_Wood_are_each_the_speaker_of_two_passages()
    {
        var briefing = Seed.Parse();

        Assert.Equal(Seed.LeeYongSuk, OrdinalsOf(briefing, "سوك"));
        Assert.Equal("لي يونغ سوك", briefing.Passages[15].Speaker);
        Assert.Equal(Seed.JonathanWood, OrdinalsOf(briefing, "وود"));
        Assert.Equal("جوناثان وود", briefing.Passages[21].Speaker);
    }

    [Fact]
    public void Seed_names_exactly_three_speakers()
    {
        Assert.Equal(["أندريه بولياكوف", "لي يونغ سوك", "جوناثان وود"], Seed.Parse().Speakers);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(15)]
    [InlineData(26)]
    public void Collective_sources_are_attributed_to_nobody(int ordinal)
    {
        Assert.Null(Seed.Parse().Passages[ordinal - 1].Speaker);
    }

    [Fact]
    public void Narration_paragraphs_have_no_speaker()
    {
        var quoted = Seed.Polyakov.Concat(Seed.LeeYongSuk).Concat(Seed.JonathanWood).ToHashSet();

        Assert.All(Seed.Parse().Passages.Where(p => !quoted.Contains(p.Ordinal)), p => Assert.Null(p.Speaker));
    }

    private static IReadOnlyList<string?> Attribute(params string[] paragraphs) =>
        new SpeakerAttributor().Attribute(paragraphs.Select(p => ((string?)"قسم", p)).ToList());

    [Fact]
    public void A_reporting_verb_followed_by_title_and_name_names_the_speaker()
    {
        var speakers = Attribute("قال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تتراجع.");

        Assert.Equal("سيرغي لافروف", speakers[0]);
    }

    [Fact]
    public void A_feminine_reporting_verb_names_the_speaker_too()
    {
        var speakers = Attribute("وتقول الباحثة في معهد كارنيغي ماريا زاخاروفا إن الوضع معقد.");

        Assert.Equal("ماريا زاخاروفا", speakers[0]);
    }

    [Theory]
    [InlineData("ويضيف أن العقوبات لم تنجح.")]
    [InlineData("وأضاف أن العقوبات لم تنجح.")]
    [InlineData("ويشير إلى أن العقوبات لم تنجح.")]
    [InlineData("ويرى أن العقوبات لم تنجح.")]
    [InlineData("وأكد أن العقوبات لم تنجح.")]
    public void A_paragraph_opening_with_a_bare_reporting_verb_continues_the_previous_speaker(string continuation)
    {
        var speakers = Attribute("يقول المحلل السياسي كريم حداد إن الاتفاق هش.", continuation);

        Assert.Equal(["كريم حداد", "كريم حداد"], speakers);
    }

    [Fact]
    public void A_later_mention_by_surname_is_the_same_speaker_as_the_full_name()
    {
        var speakers = Attribute("يقول المحلل السياسي كريم حداد إن الاتفاق هش.", "ويرى حداد أن الطرفين بحاجة إلى وقت.");

        Assert.Equal(["كريم حداد", "كريم حداد"], speakers);
    }

    [Fact]
    public void Narration_breaks_a_speakers_run()
    {
        var speakers = Attribute("يقول المحلل السياسي كريم حداد إن الاتفاق هش.", "وصلت الوفود إلى العاصمة صباح اليوم.", "ويضيف أن الطرفين بحاجة إلى وقت.");

        Assert.Equal(["كريم حداد", null, null], speakers);
    }

    [Fact]
    public void A_continuation_does_not_cross_into_another_section()
    {
        var speakers = new SpeakerAttributor().Attribute([("أ", "يقول المحلل السياسي كريم حداد إن الاتفاق هش."), ("ب", "ويضيف أن الطرفين بحاجة إلى وقت.")]);

        Assert.Equal(["كريم حداد", null], speakers);
    }

    [Theory]
    [InlineData("يرى مراقبون أن الاتفاق هش.")]
    [InlineData("ويقول محللون إن الاتفاق هش.")]
    [InlineData("تؤكد مصادر دبلوماسية أن الاتفاق هش.")]
    [InlineData("ويعتقد خبراء أن الاتفاق هش.")]
    [InlineData("ويقول أولياء أمور في المدينة إن الاتفاق هش.")]
    [InlineData("ويشكو عمال الميناء من أن الاتفاق هش.")]
    [InlineData("ويقول أهل المنطقة إن الاتفاق هش.")]
    [InlineData("ويروي أهل شنقيط أن الاتفاق هش.")]
    [InlineData("وبحسب سجلات المكتب، فإن الاتفاق هش.")]
    [InlineData("وبحسب حصر أجرته الغرفة، فإن الاتفاق هش.")]
    public void A_collective_source_is_nobody_and_ends_the_previous_speakers_run(string collective)
    {
        var speakers = Attribute("يقول المحلل السياسي كريم حداد إن الاتفاق هش.", collective, "ويضيف أن الطرفين بحاجة إلى وقت.");

        Assert.Equal(["كريم حداد", null, null], speakers);
    }

    [Fact]
    public void An_institution_after_the_verb_is_not_taken_for_the_speaker()
    {
        var speakers = Attribute("يرى الباحث في مركز ستراتفور جوناثان وود أن التحالف مؤقت.");

        Assert.Equal("جوناثان وود", speakers[0]);
    }

    private static SpeakerAttribution Analyse(params string[] paragraphs) =>
        new SpeakerAttributor().Analyse(paragraphs.Select(p => ((string?)"قسم", p)).ToList());

    [Theory]
    [InlineData("قال المحلل السياسي فادي الحسيني إن الاتفاق هش.", "فادي الحسيني")]
    [InlineData("تقول الدكتورة سلمى الخطيب، أستاذة الاقتصاد في جامعة القاهرة، إن الأسعار سترتفع.", "سلمى الخطيب")]
    [InlineData("يقول كبير الاقتصاديين في شركة النعيم القابضة هاني الحسيني إن سعر الصرف اقترب من السوق.", "هاني الحسيني")]
    public void A_surname_with_the_article_is_part_of_the_name(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(paragraph)[0]);
    }

    [Theory]
    [InlineData("وقال وزير المالية المصري أحمد عبد الرحمن الشافعي في مؤتمر صحفي إن الحكومة لن ترفع الأسعار.", "أحمد عبد الرحمن الشافعي")]
    [InlineData("قال المزارع أبو علي الخفاجي إن الماء صار مالحًا.", "أبو علي الخفاجي")]
    [InlineData("قال رئيس الهيئة العليا المستقلة للانتخابات محمد الطاهر بن علي في مؤتمر صحفي ليلة الاقتراع إن المشاركة ضعيفة.", "محمد الطاهر بن علي")]
    [InlineData("وترى أستاذة الصحة العامة في جامعة الخرطوم الدكتورة سعاد عبد الرحيم أن الوضع خطير.", "سعاد عبد الرحيم")]
    public void A_compound_name_is_read_whole(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(paragraph)[0]);
    }

    [Theory]
    [InlineData("وبحسب مديرة إدارة الشرق الأوسط في صندوق النقد الدولي إيلينا مارتينيز، فإن البرنامج يربط الصرف بالإصلاحات.", "إيلينا مارتينيز")]
    [InlineData("وفقًا للسفير العراقي السابق في أنقرة عبد الله بن صالح العبيدي، فإن ملف المياه يجب أن يربط بالتجارة.", "عبد الله بن صالح العبيدي")]
    [InlineData("وفقًا لـ الباحث كريم حداد، فإن الاتفاق هش.", "كريم حداد")]
    [InlineData("حسب الخبير الاقتصادي الأمريكي ستيفن هاركر، فإن مصر عالقة في حلقة مفرغة.", "ستيفن هاركر")]
    public void Bihasab_wafqan_li_and_hasab_then_fa_inna_name_the_speaker(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(paragraph)[0]);
    }

    [Theory]
    [InlineData("ارتفع التضخم إلى ثمانية وعشرين في المئة، وفق أحدث بيانات الجهاز المركزي للتعبئة العامة والإحصاء، وقفزت الأسعار.")]
    [InlineData("وبحسب تقديرات المنظمة الدولية للهجرة، فإن آلاف الأشخاص نزحوا.")]
    public void Bihasab_a_figure_or_an_organisation_names_nobody(string paragraph)
    {
        Assert.Null(Attribute(paragraph)[0]);
    }

    [Theory]
    [InlineData("\"الناس لم تعد تثق بصندوق الاقتراع\"، كما يقول أستاذ القانون الدستوري عبد الستار الماجري، الذي يرى أن المجالس بلا صلاحيات.", "عبد الستار الماجري")]
    [InlineData("\"نحن ندفع ثمن إصلاحات لم يسألنا أحد عنها\"، كما تقول سامية أبو بكر، وهي موظفة حكومية.", "سامية أبو بكر")]
    [InlineData("\"كنا نزرع القمح على ضفة النهر\"، يقول المزارع أبو علي الخفاجي من قضاء الجبايش، الذي باع جواميسه.", "أبو علي الخفاجي")]
    public void A_quote_first_attribution_names_the_speaker_after_the_quote(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(paragraph)[0]);
    }

    [Theory]
    [InlineData("ويضيف الحسيني أن الأموال الساخنة تخرج بسرعة.")]
    [InlineData("وأوضح الحسيني أن الأموال الساخنة تخرج بسرعة.")]
    [InlineData("ويشير الحسيني إلى أن الأموال الساخنة تخرج بسرعة.")]
    public void A_paragraph_opening_with_the_surname_alone_continues_that_speaker(string continuation)
    {
        var speakers = Attribute("يقول المحلل فادي الحسيني إن سعر الصرف مستقر.", continuation);

        Assert.Equal(["فادي الحسيني", "فادي الحسيني"], speakers);
    }

    [Fact]
    public void A_compound_surname_alone_continues_its_speaker_after_someone_else_spoke()
    {
        var speakers = Attribute(
            "وقال رئيس الهيئة محمد الطاهر بن علي إن المشاركة ضعيفة.",
            "وقالت ريم بن عمر، الناطقة باسم الجبهة، إن المقاطعة رسالة.",
            "وأضاف بن علي أن النتائج ستعلن بعد أسبوع.");

        Assert.Equal(["محمد الطاهر بن علي", "ريم بن عمر", "محمد الطاهر بن علي"], speakers);
    }

    [Fact]
    public void A_noun_with_the_article_after_a_verb_is_no_speaker()
    {
        var speakers = Attribute("يقول المحلل فادي الحسيني إن سعر الصرف مستقر.", "وتقول الحكومة إن المشروعات وفرت فرص عمل.", "وبين سلطة تعتبر المسار ماضيًا رغم كل شيء، يبقى السؤال معلقًا.");

        Assert.Equal(["فادي الحسيني", null, null], speakers);
    }

    [Theory]
    [InlineData("قال المتحدث باسم وزارة الصحة إن الحملة وصلت إلى مليون شخص.", "المتحدث باسم وزارة الصحة")]
    [InlineData("في المقابل، قال المتحدث باسم الرئاسة إن المقاطعين يتحملون المسؤولية.", "المتحدث باسم الرئاسة")]
    [InlineData("قال المتحدث باسم الوزارة علي راضي إن الخطة خفضت المساحات المزروعة.", "علي راضي")]
    [InlineData("قال المتحدث باسم الوزارة إن الخطة خفضت المساحات المزروعة.", "المتحدث باسم الوزارة")]
    [InlineData("وقال المتحدث باسم الوزارة، في مؤتمر صحفي، إن الخطة خفضت المساحات المزروعة.", "المتحدث باسم الوزارة")]
    [InlineData("وأوضح الناطق باسم الحكومة أن الخطة خفضت المساحات المزروعة.", "الناطق باسم الحكومة")]
    [InlineData("قالت المتحدثة باسم الوزارة إن الخطة خفضت المساحات المزروعة.", "المتحدثة باسم الوزارة")]
    [InlineData("قال المتحدث الرسمي باسم الوزارة إن الخطة خفضت المساحات المزروعة.", "المتحدث الرسمي باسم الوزارة")]
    public void The_ministrys_spokesman_is_the_speaker_not_bism(string paragraph, string speaker)
    {
        var speakers = Attribute(paragraph, "وأكد أن الوزارة افتتحت ستين مركزًا.");

        Assert.Equal([speaker, speaker], speakers);
        Assert.DoesNotContain(speakers, s => s == "باسم");
    }

    [Fact]
    public void The_role_before_or_beside_the_name_is_kept_for_questions_about_the_role()
    {
        var profiles = Analyse(
            "قال وزير الموارد المائية حسن عبد الأمير الساعدي أمام البرلمان إن الإطلاقات قليلة.",
            "تقول الدكتورة سلمى الخطيب، أستاذة الاقتصاد في جامعة القاهرة، إن الأسعار سترتفع.").Profiles;

        Assert.StartsWith("وزير الموارد المائية", profiles[0].Role, StringComparison.Ordinal);
        Assert.Contains("أستاذة الاقتصاد في جامعة القاهرة", profiles[1].Role, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("قالت ريم بن عمر إن المقاطعة رسالة.", true)]
    [InlineData("وتقول الناشطة نور الهدى الربيعي إن الأهوار تختفي.", true)]
    [InlineData("وفقًا لمديرة البرنامج كاثرين ماكنزي، فإن الأطفال جائعون.", true)]
    [InlineData("قال المحلل فادي الحسيني إن الاتفاق هش.", false)]
    [InlineData("وفقًا للسفير عبد الله العبيدي، فإن الملف أمني.", false)]
    public void The_verb_or_the_title_tells_a_womans_words_from_a_mans(string paragraph, bool feminine)
    {
        Assert.Equal(feminine, Assert.Single(Analyse(paragraph).Profiles).Feminine);
    }

    [Fact]
    public void A_quoted_name_of_an_association_is_not_taken_for_the_speaker()
    {
        var speakers = Attribute("تقول الناشطة البيئية نور الهدى الربيعي، مؤسسة جمعية \"حماة دجلة\"، إن الأهوار تختفي.");

        Assert.Equal("نور الهدى الربيعي", speakers[0]);
    }

    [Fact]
    public void The_dev_set_briefings_name_every_quoted_person_in_full()
    {
        var speakers = DevSet.DevSet.Load().FirstBriefings.SelectMany(b => b.Speakers).ToList();

        Assert.Equal(
            [
                "أندريه بولياكوف", "لي يونغ سوك", "جوناثان وود",
                "إيلينا مارتينيز", "أحمد عبد الرحمن الشافعي", "سلمى الخطيب", "سامية أبو بكر", "المتحدث باسم وزارة التخطيط", "هاني الحسيني", "ميريت عبد الفتاح", "ستيفن هاركر",
                "حسن عبد الأمير الساعدي", "مراد يلماز", "أبو علي الخفاجي", "نور الهدى الربيعي", "علي راضي", "عبد الله بن صالح العبيدي",
                "محمد الطاهر بن علي", "عبد الستار الماجري", "ريم بن عمر", "المتحدث باسم الرئاسة", "منية الزغلامي", "بيتر هولمغرين", "حمزة العياري",
                "إيمان أبو القاسم", "جان بيير موريل", "المتحدث باسم وزارة الصحة", "عثمان الطيب", "سعاد عبد الرحيم", "كاثرين ماكنزي",
            ],
            speakers);
    }
}
