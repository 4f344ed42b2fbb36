using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «a speaker met, narrated with their words» (`MetSpeakerNarrated`): a paragraph no construction attributes, whose
/// narration names a speaker met before (full name, surname, kunya, nickname) and carries words said — a quotation, a
/// reporting participle or verb with «أن», «على حد قوله» — is that speaker's; a second person named, a verb of the other
/// gender, or nothing said leaves it no one's.
/// </summary>
public class SpeakerMetAndNarratedWithTheirWordsTests
{
    private const string Amin =
        "«الماء عندنا لا يُشترى ولا يُباع، يُقسم بالشبر والساعة كما قسمه الأجداد»، هكذا يلخص الحاج إبراهيم بوعروة، أمين السيل في واحة بني يزقن منذ اثنين وعشرين عامًا، القاعدة التي يقوم عليها النظام كله.";

    private const string Narration = "وفي ليلة الجريان الأولى، اصطف عشرات الشبان على حواف الساقية حاملين المصابيح والمعاول لإزالة الأغصان.";

    [Fact]
    public void A_surname_met_before_with_a_quotation_is_that_speaker()
    {
        var briefing = ParsedBriefing.Parse(Amin, Narration, "وما يقلق بوعروة هذا الموسم ليس قلة الماء بل قلة الرجال، فـ\"الأمناء الذين يعرفون مواضع الفتحات في الظلام صاروا أربعة\".");
        Assert.Equal("إبراهيم بوعروة", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void A_narrating_verb_then_a_participle_with_an_is_the_surnames_speaker()
    {
        var briefing = ParsedBriefing.Parse(
            "وعلّق رئيس اللجنة، عبد الإله بن الطيب، على تراجع أيام التصوير بأن \"السينما تسير بمواسم مثل الفلاحة\".",
            "وأفاد مصدر في المركز السينمائي المغربي بأن ملف إنشاء مدرسة لمهن السينما \"في مراحله الأخيرة\".",
            "ويعوّل بن الطيب على الإنتاجات الثلاثة المنتظرة لرفع أيام التصوير إلى أكثر من مئتين، قائلًا إن أحدها وحده سيحتاج إلى ثلاثة آلاف كومبارس.");
        Assert.Equal("عبد الإله بن الطيب", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void A_kunya_met_before_with_a_quotation_is_that_speaker()
    {
        var briefing = ParsedBriefing.Parse(
            "ويروي أبو هاشم، كما يناديه العمال، أن والده كان ينزل إلى الشعاب في أيام انحسار الماء بالفأس والحبل.",
            Narration,
            "ولا يبدو أبو هاشم متفائلًا بمستقبل الحرفة نفسها، فقد درّب أربعة شبان على تشذيب الحجر، \"لكن اثنين منهم سافرا إلى الخليج\".");
        Assert.Equal("أبو هاشم", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void A_feminine_participle_goes_with_the_woman_named()
    {
        var briefing = ParsedBriefing.Parse(
            "فاطمة الزهراء بوتزكيت، وهي مصممة حلي تخرجت من معهد الفنون التطبيقية، قالت إن الحل ليس في خفض السعر بل في \"تصميم لا تستطيع آلة أن تنسخه\".",
            "وتعمل بوتزكيت مع ست نساء من القرى المجاورة على قطع تجمع بين الفضة والمينا، مشيرة إلى أن النساء كنّ يلبسن الفضة ولا يصنعنها.");
        Assert.Equal("فاطمة الزهراء بوتزكيت", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_verb_of_the_other_gender_is_someone_else()
    {
        var briefing = ParsedBriefing.Parse(
            "ويقول الحاج يوسف الحشيبري، وهو صبّاغ في السبعين، إن النيلة \"تدخل الجلد ولا تخرج منه\".",
            Narration,
            "في بيت قديم قريب من باب الشبارق، تدير امرأة نولًا خشبيًا ورثته عن أمها، وتنسج عليه معاوز تبيعها للحاج الحشيبري، وتقول إنها تعلمت النسج صغيرة.");
        Assert.NotEqual("يوسف الحشيبري", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void A_given_name_no_speaker_has_brings_in_someone_else()
    {
        var briefing = ParsedBriefing.Parse(Amin, Narration, "بين جذوع النخل في واحة العطف، يقلّب يحيى حاج سعيد تراب بستانه قرب ساقية بوعروة، \"ولو تأخرنا دقيقة لجاءنا الأمين يعاتبنا\".");
        Assert.Null(briefing.Passages[2].Speaker);
    }

    [Fact]
    public void Narration_that_carries_no_words_said_stays_no_ones()
    {
        var briefing = ParsedBriefing.Parse(Amin, Narration, "ويملك بوعروة بستانًا صغيرًا عند سد التحويل يسقيه من \"الساقية\" الكبرى.");
        Assert.Null(briefing.Passages[2].Speaker);
    }

    [Fact]
    public void Two_speakers_named_are_no_one()
    {
        var briefing = ParsedBriefing.Parse(
            Amin,
            "نوال حمو أوجانة، وهي مهندسة في الوكالة الوطنية للموارد المائية، ترى أن السيل \"نعمة لا تُنقذ الواحة وحدها\".",
            Narration,
            "ويجمع بوعروة وأوجانة على أن الساقية \"صُممت لواحة فيها بضعة آلاف من البشر\".");
        Assert.Null(briefing.Passages[3].Speaker);
    }

    [Fact]
    public void Words_said_with_no_subject_go_with_the_nickname_named_before_them_not_the_one_just_heard()
    {
        var briefing = ParsedBriefing.Parse(
            "«لعبت دور جندي روماني وراهب ومحارب مغولي، ومت في الأفلام أكثر من خمسين مرة»، يقول الحاج لحسن آيت بها وهو يعدّل عمامته.",
            "ويسميه زملاؤه «با لحسن»، ويحكي أن الأجر في بداياته كان خمسين درهمًا ووجبة.",
            "وعلّق رئيس اللجنة، عبد الإله بن الطيب، على تراجع أيام التصوير بأن \"السينما تسير بمواسم مثل الفلاحة\".",
            "أما با لحسن، فقد سجل اسمه مع حفيده في قوائم الكاستينغ، ولا يريد أن يعتزل، على حد قوله، قبل أن \"يموت مرة أخرى في فيلم كبير\".");
        Assert.Equal("لحسن آيت بها", briefing.Passages[3].Speaker);
    }

    [Fact]
    public void A_speaker_named_inside_what_is_said_leaves_the_one_going_on()
    {
        var briefing = ParsedBriefing.Parse(
            "نوال حمو أوجانة، وهي مهندسة في الوكالة الوطنية للموارد المائية، ترى أن السيل \"نعمة لا تُنقذ الواحة وحدها\".",
            Amin,
            "وأضاف أن أوجانة \"تعرف الآبار أكثر منا جميعًا\".");
        Assert.Equal("إبراهيم بوعروة", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void A_verb_joined_by_wa_with_a_quotation_and_no_one_named_goes_on_with_the_one_just_heard()
    {
        var briefing = ParsedBriefing.Parse(
            "يدفع المعلم محمود الشامي دواسة ماكينته بقدمه اليمنى، ولا يرفع رأسه إلا ليقول إن هذه الماكينة \"أكبر مني بعشر سنوات\".",
            "ويضحك وهو يشير إلى الدواسة: \"قلت له: خذ الماكينة معك إذن، وأنا آتي\".");
        Assert.Equal("محمود الشامي", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_complaint_with_min_an_and_no_one_named_goes_on_with_the_one_just_heard()
    {
        var briefing = ParsedBriefing.Parse(Amin, "وشكا من أن عدد المتعلمين لم يعد يتجاوز خمسة عشر في المدينة كلها، لأن \"الشباب يريدون الراتب آخر الشهر\".");
        Assert.Equal("إبراهيم بوعروة", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_scene_opened_by_a_time_brings_in_someone_else()
    {
        var briefing = ParsedBriefing.Parse(Amin, "وقبل أن نغادر السوق، كانت معلمة جاءت من كلميم تقلّب خلخالين بين يديها، وتساءلت: \"كيف أعرف أن هذا من هنا وليس من الصين؟\"");
        Assert.Null(briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_masculine_participle_after_a_woman_is_heard_does_not_go_on_with_her()
    {
        var briefing = ParsedBriefing.Parse(
            "فاطمة الزهراء بوتزكيت، وهي مصممة حلي تخرجت من معهد الفنون التطبيقية، قالت إن الحل ليس في خفض السعر بل في \"تصميم لا تستطيع آلة أن تنسخه\".",
            "ويعود إلى دكانه قبل المغيب، مؤكدًا أن السوق \"لم تعد كما كانت قبل عشرين سنة\".");
        Assert.Null(briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_passive_reporting_verb_right_before_an_is_no_ones()
    {
        var briefing = ParsedBriefing.Parse("قال الشيخ حسن يوسف إن المسجد بني قبل قرنين.", "ورُوي أن السلطان صلى فيه مرة واحدة، \"ولم يعد إليه بعد ذلك أبدًا\".");
        Assert.Null(briefing.Passages[1].Speaker);
    }
}
