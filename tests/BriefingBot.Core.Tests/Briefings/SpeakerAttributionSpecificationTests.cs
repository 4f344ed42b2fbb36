using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// How Arabic news introduces the people it quotes, written as new paragraphs of kinds the dev set does not hold
/// (Lebanese electricity, water, banking, municipal politics), with the speakers written down before the attributor
/// was run on them. Each case is one section: its paragraphs are separated by a newline, and the expected speakers
/// by «|», «-» standing for a paragraph attributed to no one.
/// </summary>
public class SpeakerAttributionSpecificationTests
{
    private static void AssertSpeakers(string paragraphs, string expected)
    {
        var texts = paragraphs.Split('\n');
        var speakers = new SpeakerAttributor().Attribute(texts.Select(t => ((string?)"قسم", t)).ToList());

        Assert.Equal(expected.Split('|').Select(s => s == "-" ? null : s).ToList(), speakers);
    }

    private static SpeakerAttribution Analyse(string paragraphs) =>
        new SpeakerAttributor().Analyse(paragraphs.Split('\n').Select(t => ((string?)"قسم", t)).ToList());

    [Theory]
    [InlineData("ويقول رئيس تجمع أصحاب المولدات عبد الرحمن الحاج إن ارتفاع سعر المازوت يفرض زيادة الاشتراكات.", "عبد الرحمن الحاج")]
    [InlineData("ويقول رئيس نقابة أصحاب الصهاريج في البقاع سليم أبو حمدان إن الأسعار سترتفع.", "سليم أبو حمدان")]
    [InlineData("وقال المدير التنفيذي لشركة مياه الجنوب وسيم ضاهر إن الشبكة متهالكة.", "وسيم ضاهر")]
    [InlineData("وأوضح عضو لجنة الطاقة والمياه النيابية النائب سيزار أبي خليل أن الخطة لم تنفذ.", "سيزار أبي خليل")]
    [InlineData("وترى الخبيرة في شؤون النفط والغاز لوري هايتايان أن لبنان تأخر في التنقيب.", "لوري هايتايان")]
    [InlineData("ويقول أستاذ العلوم السياسية في الجامعة اللبنانية علي فضل الله إن الانتخابات البلدية ستؤجل.", "علي فضل الله")]
    [InlineData("وقال نائب رئيس مجلس إدارة غرفة التجارة والصناعة في طرابلس توفيق دبوسي إن الصادرات تراجعت.", "توفيق دبوسي")]
    [InlineData("وتقول المديرة العامة لهيئة إدارة قطاع البترول وسام الذهبي إن المناقصة ستفتح في الربيع.", "وسام الذهبي")]
    [InlineData("قال رئيس جمعية تجار بيروت نقولا شماس إن الحركة التجارية جامدة منذ أشهر.", "نقولا شماس")]
    [InlineData("وقال رئيس مجلس الوزراء اللبناني نواف سلام إن الحكومة ستقر الخطة الأسبوع المقبل.", "نواف سلام")]
    [InlineData("وقالت عضوة المكتب السياسي لحزب الكتائب جويل بو عبود إن الحزب يرفض أي زيادة على الفواتير.", "جويل بو عبود")]
    [InlineData("يقول الباحث في معهد عصام فارس للسياسات العامة في الجامعة الأميركية في بيروت مارك أيوب إن القطاع يحتاج إلى هيئة ناظمة.", "مارك أيوب")]
    [InlineData("ويقول رئيس اتحاد نقابات العمال المستقلة في الشمال شادي السيد إن الأجور لم تعد تكفي.", "شادي السيد")]
    [InlineData("وقال القيادي في التيار الوطني الحر ناجي حايك إن الكتلة ستصوت ضد القرض.", "ناجي حايك")]
    [InlineData("ويرى الاقتصادي اللبناني جاد شعبان أن الدولار الجمركي لن يسد العجز.", "جاد شعبان")]
    public void A_role_phrase_of_any_length_before_the_name_stays_out_of_the_name(string paragraph, string speaker) =>
        AssertSpeakers(paragraph, speaker);

    [Theory]
    [InlineData("قال عبد الرحمن الحاج إن الأسعار سترتفع.", "عبد الرحمن الحاج")]
    [InlineData("وقالت الناشطة أم علي الموسوي إن المياه مقطوعة منذ أسبوع.", "أم علي الموسوي")]
    [InlineData("وقال رجل الأعمال صالح آل ثابت إن الاستثمار في الطاقة الشمسية مربح.", "صالح آل ثابت")]
    [InlineData("وقالت الطبيبة هبة بنت سالم الحارثي إن المستشفى يعمل بنصف طاقته.", "هبة بنت سالم الحارثي")]
    [InlineData("وقال المحامي نزار صاغية إن الدعوى قُدمت أمام مجلس شورى الدولة.", "نزار صاغية")]
    [InlineData("وقال الخبير المالي محمد ابن عبد الله الدوسري إن الودائع لن تعود قريبًا.", "محمد ابن عبد الله الدوسري")]
    public void Compound_and_article_names_are_read_whole(string paragraph, string speaker) =>
        AssertSpeakers(paragraph, speaker);

    [Theory]
    [InlineData("وقالت الخبيرة في شؤون الطاقة منى سكرية إن الخطة غائبة.\nوتضيف سكرية أن الدولة تأخرت عقدين.", "منى سكرية|منى سكرية")]
    [InlineData("ويقول رئيس تجمع أصحاب المولدات عبد الرحمن الحاج إن المازوت ارتفع.\nويضيف الحاج أن البلديات لم تلتزم بالتسعيرة.", "عبد الرحمن الحاج|عبد الرحمن الحاج")]
    [InlineData("وقالت الخبيرة في شؤون الطاقة ريما أبو شقرا إن المشكلة في غياب الخطة.\nوتضيف أبو شقرا أن الدولة تدفع ثمن التأجيل.", "ريما أبو شقرا|ريما أبو شقرا")]
    [InlineData("قال المحلل الاقتصادي غسان العياش إن المصارف لن تعيد الودائع.\nويرى غسان أن الحل يبدأ بالتدقيق الجنائي.", "غسان العياش|غسان العياش")]
    [InlineData("قال وزير الاقتصاد عامر البساط إن الأسعار ستستقر.\nوأوضح البساط أن الرقابة ستشدد على المحتكرين.", "عامر البساط|عامر البساط")]
    [InlineData("بحسب وزير المالية ياسين جابر، فإن المفاوضات بلغت مرحلتها الأخيرة.\nوقالت الخبيرة ريما أبو شقرا إن القرض لا يكفي.\nويرى جابر أن القرض مشروط بتعيين هيئة ناظمة.", "ياسين جابر|ريما أبو شقرا|ياسين جابر")]
    [InlineData("قال وزير المالية ياسين جابر إن العجز تراجع.\nوقالت الخبيرة ريما أبو شقرا إن الأرقام غير دقيقة.\nويؤكد الوزير أن الموازنة ستقر في موعدها.", "ياسين جابر|ريما أبو شقرا|ياسين جابر")]
    [InlineData("قال المحلل الاقتصادي غسان العياش إن المصارف لن تعيد الودائع.\nكما أشار إلى أن مصرف لبنان استنزف احتياطه.", "غسان العياش|غسان العياش")]
    [InlineData("قال المحلل الاقتصادي غسان العياش إن المصارف لن تعيد الودائع.\nومن جهتها، قالت النائبة بولا يعقوبيان إن المجلس سيحاسب المصارف.", "غسان العياش|بولا يعقوبيان")]
    public void A_later_paragraph_continues_a_speaker_by_any_part_of_the_name_or_the_title(string paragraphs, string speakers) =>
        AssertSpeakers(paragraphs, speakers);

    [Theory]
    [InlineData("ويضيف أن الشبكة لن تتحمل الضغط.")]
    [InlineData("وتابع أن الشبكة لن تتحمل الضغط.")]
    [InlineData("وأوضح أن الشبكة لن تتحمل الضغط.")]
    [InlineData("وأشار إلى أن الشبكة لن تتحمل الضغط.")]
    [InlineData("ولفت إلى أن الشبكة لن تتحمل الضغط.")]
    [InlineData("وأكد أن الشبكة لن تتحمل الضغط.")]
    [InlineData("واعتبر أن الشبكة لن تتحمل الضغط.")]
    [InlineData("ورأى أن الشبكة لن تتحمل الضغط.")]
    [InlineData("وأردف أن الشبكة لن تتحمل الضغط.")]
    [InlineData("واستدرك بأن الشبكة لن تتحمل الضغط.")]
    [InlineData("وختم بأن الشبكة لن تتحمل الضغط.")]
    [InlineData("وشدد على أن الشبكة لن تتحمل الضغط.")]
    public void A_bare_verb_opening_the_next_paragraph_continues_the_speaker(string continuation) =>
        AssertSpeakers("قال رئيس تجمع أصحاب المولدات عبد الرحمن الحاج إن المازوت ارتفع.\n" + continuation, "عبد الرحمن الحاج|عبد الرحمن الحاج");

    [Theory]
    [InlineData("وتابعت أن الشبكة لن تتحمل الضغط.")]
    [InlineData("وأوضحت أن الشبكة لن تتحمل الضغط.")]
    [InlineData("وترى أن الشبكة لن تتحمل الضغط.")]
    public void A_feminine_bare_verb_continues_a_woman(string continuation) =>
        AssertSpeakers("وقالت الخبيرة في شؤون الطاقة ريما أبو شقرا إن المشكلة في غياب الخطة.\n" + continuation, "ريما أبو شقرا|ريما أبو شقرا");

    [Theory]
    [InlineData("ويقول رئيس تجمع أصحاب المولدات عبد الرحمن الحاج إن المازوت ارتفع.\n\"لا نستطيع أن نبيع بخسارة\"، كما يقول الحاج، مضيفًا أن البلديات لم تلتزم بالتسعيرة الرسمية.", "عبد الرحمن الحاج|عبد الرحمن الحاج")]
    [InlineData("\"الشبكة انهارت\"، تقول الخبيرة في شؤون الطاقة ريما أبو شقرا.", "ريما أبو شقرا")]
    [InlineData("\"لن نرفع التعرفة هذا الشتاء\"، قال وزير الطاقة جو صدي لوكالة رويترز.", "جو صدي")]
    [InlineData("قال المحلل فادي الحسيني إن الاتفاق هش.\n\"الوقت ينفد\"، يضيف الحسيني.", "فادي الحسيني|فادي الحسيني")]
    [InlineData("قال المحلل فادي الحسيني إن الاتفاق هش.\n\"لا حل قريبًا\"، يضيف.", "فادي الحسيني|فادي الحسيني")]
    [InlineData("\"المصارف تتحمل المسؤولية الأولى\"، كما تقول المحامية ديالا شحادة، التي رفعت دعاوى باسم المودعين.", "ديالا شحادة")]
    public void A_quote_before_the_verb_is_attributed_to_who_follows_the_verb(string paragraphs, string speakers) =>
        AssertSpeakers(paragraphs, speakers);

    [Theory]
    [InlineData("وبحسب الخبير الاقتصادي منير يونس، فإن الدين العام تجاوز مئة مليار دولار.", "منير يونس")]
    [InlineData("ووفقًا لرئيسة الهيئة الناظمة ماري خوري، لن ترتفع التعرفة هذا العام.", "ماري خوري")]
    [InlineData("الأزمة ستطول، على حد تعبير الباحث في مركز الدراسات الاستراتيجية كريم نمور.", "كريم نمور")]
    [InlineData("لم يبق في الأرض ما يُزرع، على حد قول المزارع حسين زعيتر.", "حسين زعيتر")]
    [InlineData("ونقلت الوكالة الوطنية للإعلام عن وزير الزراعة نزار هاني قوله إن الموسم تضرر بنسبة النصف.", "نزار هاني")]
    [InlineData("وصرح وزير الطاقة جو صدي لوكالة فرانس برس بأن المعامل ستعود إلى العمل.", "جو صدي")]
    [InlineData("حسب ما قاله مدير المستشفى الحكومي في صور وسيم عباس، فإن الأدوية نفدت.", "وسيم عباس")]
    public void Bihasab_wafqan_ala_hadd_tabir_and_naqalat_an_name_the_speaker(string paragraph, string speaker) =>
        AssertSpeakers(paragraph, speaker);

    [Theory]
    [InlineData("ونقلت صحيفة النهار عن مصادر وزارية أن الجلسة تأجلت.")]
    [InlineData("وبحسب أرقام وزارة الطاقة، فإن الإنتاج تراجع إلى النصف.")]
    [InlineData("ووفقًا لتقرير البنك الدولي، فإن الاقتصاد انكمش بنحو الثلث.")]
    [InlineData("ويرى خبراء اقتصاديون أن الانهيار لم يبلغ قعره بعد.")]
    [InlineData("وتقول مصادر مطلعة إن الاتفاق سيوقع قبل نهاية الشهر.")]
    [InlineData("ويعتقد محللون سياسيون أن الحكومة لن تصمد.")]
    [InlineData("وقال مسؤول لبناني رفيع إن الاتفاق سيوقع قبل نهاية الشهر.")]
    [InlineData("وقال دبلوماسي غربي إن الضغوط على بيروت ستزداد.")]
    [InlineData("ويقول سكان في الضاحية الجنوبية إن الكهرباء لا تأتي إلا ساعتين.")]
    [InlineData("وأكد نواب في البرلمان أن القانون سيعدل.")]
    [InlineData("وأفادت تقارير إعلامية بأن الشحنة تأخرت.")]
    public void A_collective_or_anonymous_source_is_no_one_and_ends_the_run(string collective) =>
        AssertSpeakers("قال المحلل فادي الحسيني إن الاتفاق هش.\n" + collective + "\nويضيف أن الطرفين بحاجة إلى وقت.", "فادي الحسيني|-|-");

    [Theory]
    [InlineData("وقالت وزارة الطاقة في بيان إن الشحنة ستصل خلال أسبوعين.", "وزارة الطاقة")]
    [InlineData("وأعلن مصرف لبنان أن سعر الصرف سيبقى ثابتًا.", "مصرف لبنان")]
    [InlineData("وقالت منظمة الصحة العالمية إن الإصابات تضاعفت.", "منظمة الصحة العالمية")]
    [InlineData("وقالت وزارة الطاقة في بيان إن الشحنة ستصل خلال أسبوعين.\nوأضافت الوزارة أن المعامل ستعمل بطاقتها الكاملة.", "وزارة الطاقة|وزارة الطاقة")]
    public void A_named_institution_that_makes_a_statement_is_its_speaker(string paragraphs, string speakers) =>
        AssertSpeakers(paragraphs, speakers);

    [Fact]
    public void The_government_without_a_name_is_no_speaker()
    {
        AssertSpeakers("وتقول الحكومة إن المعامل ستعمل.", "-");
    }

    [Fact]
    public void A_woman_introduced_with_a_long_role_is_feminine_with_that_role()
    {
        var profile = Assert.Single(Analyse("وتقول المديرة العامة لهيئة إدارة قطاع البترول وسام الذهبي إن المناقصة ستفتح في الربيع.").Profiles);

        Assert.Equal("وسام الذهبي", profile.Name);
        Assert.True(profile.Feminine);
        Assert.StartsWith("المديرة العامة لهيئة إدارة قطاع البترول", profile.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_swallowed_in_no_name_is_kept_as_the_role()
    {
        var profile = Assert.Single(Analyse("ويقول رئيس تجمع أصحاب المولدات عبد الرحمن الحاج إن ارتفاع سعر المازوت يفرض زيادة الاشتراكات.").Profiles);

        Assert.Equal("رئيس تجمع أصحاب المولدات", profile.Role);
    }

    /// <summary>The briefing a new user posted (electricity in Lebanon), paragraph by paragraph.</summary>
    [Fact]
    public void The_lebanon_electricity_briefing_names_each_of_its_speakers_in_every_paragraph_they_speak()
    {
        var briefing = new BriefingParser().Parse(
            """
            # لبنان: أزمة الكهرباء تعود مع الشتاء

            ## ساعات التغذية تتراجع

            تراجعت ساعات التغذية الكهربائية في معظم المناطق اللبنانية إلى أقل من أربع ساعات يوميًا، بعد تأخر وصول شحنة الفيول العراقي المخصصة لمعامل الإنتاج. وقالت وزارة الطاقة في بيان إن الشحنة ستصل خلال أسبوعين.

            وقالت الخبيرة في شؤون الطاقة ريما أبو شقرا إن "المشكلة ليست في الشحنة بل في غياب خطة طويلة الأمد". وتضيف أبو شقرا أن الدولة تدفع ثمن تأجيل إصلاح القطاع منذ عقدين.

            وتضيف أبو شقرا أن الإصلاح يبدأ بالجباية.

            ## المولدات الخاصة

            يعتمد اللبنانيون على المولدات الخاصة لسد النقص، وقد ارتفعت فواتيرها بنحو ثلاثين في المئة منذ أيلول. ويقول رئيس تجمع أصحاب المولدات عبد الرحمن الحاج إن ارتفاع سعر المازوت يفرض زيادة الاشتراكات.

            "لا نستطيع أن نبيع بخسارة"، كما يقول الحاج، مضيفًا أن البلديات لم تلتزم بالتسعيرة الرسمية.

            ## البنك الدولي والقرض

            بحسب وزير المالية ياسين جابر، فإن المفاوضات مع البنك الدولي على قرض لتأهيل الشبكة بلغت مرحلتها الأخيرة.

            ويرى جابر أن القرض مشروط بتعيين هيئة ناظمة مستقلة للقطاع.

            ويرى مراقبون أن الهيئة الناظمة ستصطدم بالمحاصصة السياسية كما حدث في السابق.
            """);

        Assert.Equal(
            ["وزارة الطاقة", "ريما أبو شقرا", "ريما أبو شقرا", "عبد الرحمن الحاج", "عبد الرحمن الحاج", "ياسين جابر", "ياسين جابر", null],
            briefing.Passages.Select(p => p.Speaker));
        Assert.True(briefing.SpeakerProfiles.Single(p => p.Name == "ريما أبو شقرا").Feminine);
    }
}
