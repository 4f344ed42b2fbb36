using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Answering;

public class SpeakerQuestionTests
{
    private static readonly string[] Speakers = ["أندريه بولياكوف", "لي يونغ سوك", "جوناثان وود"];

    [Theory]
    [InlineData("ماذا قال بولياكوف؟", "أندريه بولياكوف")]
    [InlineData("ماذا قال بولياكف؟", "أندريه بولياكوف")]
    [InlineData("ماذا قال بوليكوف؟", "أندريه بولياكوف")]
    [InlineData("وش قال بولياكوف", "أندريه بولياكوف")]
    [InlineData("رأي اندريه", "أندريه بولياكوف")]
    [InlineData("ما رأي جوناثان وود؟", "جوناثان وود")]
    [InlineData("ما رأي جوناثن وود؟", "جوناثان وود")]
    [InlineData("وود", "جوناثان وود")]
    [InlineData("ماذا قال لي يونغ سوك؟", "لي يونغ سوك")]
    [InlineData("ماذا قال يونغ سوك؟", "لي يونغ سوك")]
    [InlineData("تصريحات بولياكوف", "أندريه بولياكوف")]
    [InlineData("ماذا قال الخبير الروسي بولياكوف", "أندريه بولياكوف")]
    public void Recognises_the_person_a_question_is_about(string question, string speaker)
    {
        Assert.Equal(speaker, SpeakerQuestion.Match(question, Speakers));
    }

    [Theory]
    [InlineData("ماذا قال بوتين؟")]
    [InlineData("لماذا تحتاج روسيا إلى الذخائر؟")]
    [InlineData("ماذا قال الخبير عن الذخائر الكورية؟")]
    [InlineData("من هو لي؟")]
    [InlineData("متى ستتخلى موسكو عن بيونغ يانغ")]
    public void A_question_that_is_not_about_a_quoted_person_is_not_a_speaker_question(string question)
    {
        Assert.Null(SpeakerQuestion.Match(question, Speakers));
    }

    [Fact]
    public void A_name_with_a_topic_but_no_speech_word_is_a_topical_question()
    {
        Assert.Null(SpeakerQuestion.Match("بولياكوف والنفط الكوري", Speakers));
    }

    [Theory]
    // «القضاء» (the judiciary) is one letter from the surname «القضاة»: alone, it is a section's subject.
    [InlineData("القضاء", new[] { "مراد القضاة" })]
    [InlineData("بوليكوف", new[] { "أندريه بولياكوف" })]
    public void A_name_reached_only_through_a_typo_with_no_speech_word_is_no_person_asked_about(string question, string[] speakers)
    {
        Assert.Null(SpeakerQuestion.Match(question, speakers));
    }

    [Fact]
    public void A_group_news_quotes_as_a_source_is_no_misspelt_surname()
    {
        Assert.Null(SpeakerQuestion.Match("ماذا قال التجار في سوق جميلة؟", ["هبة النجار"]));
    }

    [Theory]
    [InlineData("ماذا قال القضاه؟", "مراد القضاة")]
    [InlineData("القضاة", "مراد القضاة")]
    public void A_misspelt_name_asked_with_a_speech_word_or_a_name_written_right_is_still_the_person(string question, string speaker)
    {
        Assert.Equal(speaker, SpeakerQuestion.Match(question, ["مراد القضاة"]));
    }

    [Theory]
    [InlineData("شو قال محمد عرقاب", null)]
    [InlineData("ماذا قال محمد شياع السوداني؟", null)]
    [InlineData("ماذا قالت خديجة بنت محمد؟", "خديجة بنت محمد")]
    [InlineData("ماذا قالت بنت محمد؟", "خديجة بنت محمد")]
    public void A_fathers_given_name_after_bint_is_no_surname_another_person_of_that_name_is_asked_by(string question, string? speaker)
    {
        Assert.Equal(speaker, SpeakerQuestion.Match(question, ["خديجة بنت محمد", "مريم بنت أعمر"]));
    }

    [Fact]
    public void With_no_speakers_nothing_matches()
    {
        Assert.Null(SpeakerQuestion.Match("ماذا قال بولياكوف؟", []));
    }

    private static readonly Lazy<(SpeakerDirectory Directory, SpeakerRoster Roster)> DevSpeakers = new(() =>
    {
        var briefings = DevSet.DevSet.Load().Briefings;
        return (new SpeakerDirectory(briefings.SelectMany(b => b.Speakers).ToList()), new SpeakerRoster(briefings));
    });

    private static string? MatchInDevSet(string question) => SpeakerQuestion.Match(question, DevSpeakers.Value.Directory, DevSpeakers.Value.Roster);

    [Theory]
    [InlineData("ما رأي الحسيني؟", "هاني الحسيني")]
    [InlineData("شو بيقول الحسينى عن سعر الصرف", "هاني الحسيني")]
    [InlineData("ماذا قالت سلمى الخطيب؟", "سلمى الخطيب")]
    [InlineData("ماذا قال عبد الستار الماجري؟", "عبد الستار الماجري")]
    [InlineData("ماذا قال بن علي", "محمد الطاهر بن علي")]
    [InlineData("رأي العبيدي", "عبد الله بن صالح العبيدي")]
    [InlineData("ما رأي المصري؟", "ريم المصري")]
    [InlineData("ماذا قالت سعاد عبد الرحيم؟", "سعاد عبد الرحيم")]
    [InlineData("ما رأي غامدي؟", "عبد الله بن سعد الغامدي")]
    [InlineData("ما موقف بن سالم من الأسعار؟", "محمد الهادي بن سالم")]
    public void Article_surnames_and_compound_names_are_recognised(string question, string speaker)
    {
        Assert.Equal(speaker, MatchInDevSet(question));
    }

    [Theory]
    [InlineData("ماذا كتب الحسيني؟", "هاني الحسيني")]
    [InlineData("بماذا غردت سلمى الخطيب؟", "سلمى الخطيب")]
    [InlineData("ماذا انتقد عبد الستار الماجري؟", "عبد الستار الماجري")]
    [InlineData("إلى ماذا دعت ريم المصري؟", "ريم المصري")]
    [InlineData("ماذا نفى بن علي", "محمد الطاهر بن علي")]
    public void Verbs_of_writing_criticising_calling_and_denying_ask_what_a_person_said(string question, string speaker)
    {
        Assert.Equal(speaker, MatchInDevSet(question));
    }

    [Theory]
    [InlineData("ماذا قال وزير الموارد المائية؟", "حسن عبد الأمير الساعدي")]
    [InlineData("ما رأي وزير المالية المصري؟", "أحمد عبد الرحمن الشافعي")]
    [InlineData("ماذا قالت أستاذة الاقتصاد في جامعة القاهرة؟", "سلمى الخطيب")]
    [InlineData("ماذا قال رئيس هيئة الانتخابات؟", "محمد الطاهر بن علي")]
    [InlineData("ماذا قال المتحدث باسم وزارة الصحة؟", "المتحدث باسم وزارة الصحة")]
    // Iraq's spokesman is «المتحدث باسم الوزارة» in his report; Egypt's (the Alexandria briefing) is named with the whole
    // «وزارة الموارد المائية والري», so the title written in full is his (Hit's unnamed spokesman, briefings37, holds the
    // title without «والري»).
    [InlineData("ماذا قال المتحدث باسم وزارة الموارد المائية والري؟", "محمد غانم")]
    [InlineData("ماذا قال المتحدث باسم الرئاسة", "المتحدث باسم الرئاسة")]
    public void A_role_finds_the_person_who_holds_it(string question, string speaker)
    {
        Assert.Equal(speaker, MatchInDevSet(question));
    }

    [Theory]
    [InlineData("ماذا قالت وزارة الصحة عن اللقاحات؟")]
    [InlineData("ما خطة وزارة الموارد المائية؟")]
    [InlineData("من هو وزير المالية؟")]
    [InlineData("ماذا قال محللون عن الجنيه؟")]
    public void A_ministry_or_a_role_without_a_speech_word_is_not_a_speaker_question(string question)
    {
        Assert.Null(MatchInDevSet(question));
    }

    private static readonly Lazy<(SpeakerDirectory Directory, SpeakerRoster Roster)> RegionSpeakers = new(() =>
    {
        var briefing = new BriefingParser().Parse(
            """
            # قسم

            قال الناشط رامي أبو حيدر إن السجون مكتظة.

            وقالت المزارعة منى أبو حمدان إن المحصول تلف.

            وقالت الباحثة خديجة بن شقرون إن السدود فارغة.

            وقال وزير الاقتصاد الموريتاني محمد الأمين ولد الشيخ إن النمو سيتسارع.

            وقالت وزيرة التربية الأردنية هيفاء النجار إن المدارس ستفتح.

            وقال وزير الطاقة اللبناني إن الشحنة تأخرت.

            وقال المدير الإقليمي لمنظمة الصحة العالمية أحمد المنظري إن الوضع كارثي.

            وقال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم الحل السياسي.

            وقالت الخبيرة سلمى الخطيب إن التضخم سيتراجع.

            وقال وزير الفلاحة والصيد البحري محمد صديقي إن الموسم سيتأخر في المغرب.

            وقال الناطق باسم الجيش السوداني نبيل عبد الله إن القوات تقدمت.

            وقال رئيس الوزراء الأردني جعفر حسان إن الحكومة ستخفض الضرائب.

            وقال النائب الكويتي مهلهل المضف إن الحكومة لم تحضر الجلسة.

            وأعلن وزير المالية الكويتي أنور المضف أن العجز سيتراجع.
            """);
        return (new SpeakerDirectory(briefing.Speakers), new SpeakerRoster([briefing]));
    });

    private static string? MatchInRegion(string question) => SpeakerQuestion.Match(question, RegionSpeakers.Value.Directory, RegionSpeakers.Value.Roster);

    [Theory]
    [InlineData("ماذا قال أبو حيدر؟", "رامي أبو حيدر")]
    [InlineData("ماذا قالت أبو حمدان؟", "منى أبو حمدان")]
    [InlineData("شو حكت بن شقرون؟", "خديجة بن شقرون")]
    [InlineData("شو حكى ولد الشيخ", "محمد الأمين ولد الشيخ")]
    [InlineData("إيش قال رامي أبو حيدر", "رامي أبو حيدر")]
    [InlineData("وش قالت هيفاء النجار", "هيفاء النجار")]
    [InlineData("شنو قال المنظري", "أحمد المنظري")]
    [InlineData("واش قال ولد الشيخ؟", "محمد الأمين ولد الشيخ")]
    [InlineData("النجار قالت إيه؟", "هيفاء النجار")]
    [InlineData("ماذا قال الأمير فيصل؟", "فيصل بن فرحان")]
    [InlineData("ماذا قالت سلمى؟", "سلمى الخطيب")]
    [InlineData("شو قال رامي؟", "رامي أبو حيدر")]
    public void Compound_surnames_and_dialect_questions_find_their_speaker(string question, string speaker)
    {
        Assert.Equal(speaker, MatchInRegion(question));
    }

    [Theory]
    [InlineData("ماذا قالت وزيرة التربية؟", "هيفاء النجار")]
    [InlineData("ماذا قال وزير التربية؟", "هيفاء النجار")]
    [InlineData("شو حكت وزيرة التربية الأردنية", "هيفاء النجار")]
    [InlineData("ماذا قال وزير الطاقة؟", "وزير الطاقة اللبناني")]
    [InlineData("شو قال وزير الطاقة اللبناني", "وزير الطاقة اللبناني")]
    [InlineData("ماذا قال وزير الاقتصاد الموريتاني؟", "محمد الأمين ولد الشيخ")]
    [InlineData("ما رأي المدير الإقليمي لمنظمة الصحة؟", "أحمد المنظري")]
    [InlineData("ماذا قال وزير الفلاحة المغربي؟", "محمد صديقي")]
    [InlineData("ماذا قال المتحدث باسم الجيش؟", "نبيل عبد الله")]
    [InlineData("ماذا قال رئيس الحكومة الأردنية؟", "جعفر حسان")]
    public void A_role_with_its_adjective_is_found_by_the_role_in_either_gender(string question, string speaker)
    {
        Assert.Equal(speaker, MatchInRegion(question));
    }

    [Theory]
    [InlineData("ماذا قال وزير التربية المصري؟")]
    [InlineData("ماذا قال وزير الطاقة المصري؟")]
    public void A_role_of_another_nationality_is_not_its_holder(string question)
    {
        Assert.Null(MatchInRegion(question));
    }

    [Theory]
    [InlineData("ماذا قال وزير المالية المضف؟", "أنور المضف")]
    [InlineData("ماذا قال النائب المضف؟", "مهلهل المضف")]
    public void The_role_in_the_question_tells_two_speakers_with_one_surname_apart(string question, string speaker)
    {
        Assert.Equal(speaker, MatchInRegion(question));
    }

    [Fact]
    public void A_title_asked_alone_is_not_the_name_word_it_is_inside()
    {
        Assert.NotEqual("محمد ولد الشيخ سيديا", MatchInDevSet("ما رأي الشيخ؟"));
    }

    [Theory]
    [InlineData("شو قال محمد عرقاب")]
    [InlineData("ماذا قال محمد شياع السوداني؟")]
    public void A_given_name_written_right_is_no_typo_of_another_speakers_surname(string question)
    {
        Assert.Null(MatchInDevSet(question));
    }

    [Fact]
    public void An_office_nobody_quoted_holds_is_not_a_speaker_whose_surname_is_its_adjective()
    {
        Assert.Null(MatchInDevSet("ماذا قال وزير النقل المصري؟"));
    }

    [Fact]
    public void A_spokeswoman_for_a_body_is_the_person_who_speaks_for_it_not_the_body()
    {
        Assert.Equal("ماريان فوكس", MatchInDevSet("ماذا قالت المتحدثة باسم صندوق النقد الدولي؟"));
    }

    [Fact]
    public void A_role_with_a_country_its_holders_briefing_never_names_is_not_that_holder()
    {
        Assert.Null(MatchInDevSet("ماذا قال وزير المالية السوداني؟"));
        Assert.Equal("نزار الخوري", MatchInDevSet("ماذا قال وزير المالية اللبناني؟"));
    }

    [Fact]
    public void A_title_with_the_country_its_holders_role_leaves_to_the_briefing_names_that_holder()
    {
        var briefing = Support.Indexes.Briefing(
            "2026-12-03-oman-tax",
            new DateOnly(2026, 12, 3),
            "بدأت سلطنة عُمان تطبيق ضريبة الدخل على الرواتب المرتفعة.",
            "وقال وزير الاقتصاد سالم المعولي إن النسبة ستبقى ثابتة.");
        var directory = new SpeakerDirectory([.. briefing.Speakers]);
        var roster = new SpeakerRoster([briefing]);

        Assert.Equal("سالم المعولي", SpeakerQuestion.Match("ماذا قال الوزير العماني؟", directory, roster));
        Assert.Null(SpeakerQuestion.Match("ماذا قال الوزير السوداني؟", directory, roster));
    }

    [Fact]
    public void A_title_in_the_place_its_holders_briefing_is_about_names_that_holder()
    {
        var fasher = Support.Indexes.Briefing(
            "2026-11-20-fasher-siege",
            new DateOnly(2026, 11, 20),
            "تدخل مدينة الفاشر شهرها السادس تحت الحصار، والمستشفى الوحيد يعمل بلا كهرباء.",
            "وتقول الطبيبة هالة عبد الباقي إن غرفة العمليات تعمل على ضوء الهواتف.");
        var gaza = Support.Indexes.Briefing(
            "2026-11-22-gaza-hospitals",
            new DateOnly(2026, 11, 22),
            "تعمل مستشفيات غزة بثلث طاقتها بعد نفاد الوقود.",
            "وتقول الطبيبة سمر الأغا إن الأدوية نفدت.");
        var directory = new SpeakerDirectory([.. fasher.Speakers, .. gaza.Speakers]);
        var roster = new SpeakerRoster([fasher, gaza]);

        Assert.Equal("هالة عبد الباقي", SpeakerQuestion.Match("ماذا قالت الطبيبة في الفاشر؟", directory, roster));
        Assert.Equal("سمر الأغا", SpeakerQuestion.Match("ماذا قالت الطبيبة في غزة؟", directory, roster));
        Assert.Null(SpeakerQuestion.Match("ماذا قالت الطبيبة في الخرطوم؟", directory, roster));
    }

    [Fact]
    public void A_title_with_a_country_is_the_holder_in_the_briefing_about_that_country_before_one_that_only_mentions_it()
    {
        var egypt = Support.Indexes.Briefing(
            "2026-11-21-egypt-fuel",
            new DateOnly(2026, 11, 21),
            "رفعت الحكومة المصرية أسعار الوقود للمرة الثالثة هذا العام.",
            "وقال الخبير الاقتصادي عمرو أبو العزم إن الزيادة ستدفع التضخم إلى الارتفاع.");
        var tunisia = Support.Indexes.Briefing(
            "2026-12-03-tunisia-phosphate",
            new DateOnly(2026, 12, 3),
            "ارتفع إنتاج الفسفاط في تونس إلى أعلى مستوى منذ عشر سنوات.",
            "وقال الخبير الاقتصادي عز الدين سعيدان إن الدولة تحتاج إلى استثمار عاجل.",
            "وتنافس تونس المغرب ومصر على السوق الهندية.");
        var directory = new SpeakerDirectory([.. tunisia.Speakers, .. egypt.Speakers]);
        var roster = new SpeakerRoster([tunisia, egypt]);

        Assert.Equal("عمرو أبو العزم", SpeakerQuestion.Match("ماذا قال الخبير الاقتصادي المصري؟", directory, roster));
        Assert.Equal("عز الدين سعيدان", SpeakerQuestion.Match("ماذا قال الخبير الاقتصادي التونسي؟", directory, roster));
    }

    [Theory]
    [InlineData("ماذا قالت الوزيرة؟", null)]
    [InlineData("ما رأي الوزيرة؟", null)]
    [InlineData("ماذا قال الوزير؟", "محمد بشير أبو نمو")]
    [InlineData("ماذا قال وزير المعادن؟", "محمد بشير أبو نمو")]
    public void A_question_in_the_feminine_asks_of_a_woman_not_of_the_man_holding_the_office(string question, string? speaker)
    {
        var briefing = Support.Indexes.Briefing(
            "2026-12-02-gold",
            new DateOnly(2026, 12, 2),
            "من جهته، نفى وزير المعادن السوداني محمد بشير أبو نمو أن تكون الحكومة عاجزة عن ضبط القطاع.",
            "وقالت الطبيبة سلمى عبد الماجد إن حالات التسمم بالزئبق تضاعفت.");
        var directory = new SpeakerDirectory([.. briefing.Speakers]);

        Assert.Equal(speaker, SpeakerQuestion.Match(question, directory, new SpeakerRoster([briefing])));
    }

    [Fact]
    public void A_short_given_name_right_after_a_title_names_its_speaker()
    {
        Assert.Equal("هيا السبيعي", MatchInDevSet("شو حكت الطالبة هيا"));
        Assert.Null(MatchInDevSet("ما هيا خطة إعادة الإعمار في اليمن"));
    }
}
