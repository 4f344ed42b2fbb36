using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A nickname standing for the person just heard or just narrated: «أبو خالد، كما يناديه جيرانه، يرى أن» and «ويحكي أبو
/// خالد، كما يناديه جيرانه في الخان، أنه» are that person, who goes by the nickname from then on; an alias narration gave
/// («عبد الرحيم الدريوش، المعروف في المدينة العتيقة بأبي ريشة»، «عمر قاسمي، "أبو النخلة" كما يناديه العمال») names them
/// when a later paragraph quotes them by it («ويضيف أبو ريشة أن»); and a bare verb right after narration that named one
/// person is theirs («وتخرجت هند العلمي …» then «وتساءلت: "…"»). A kunya no one was given stays a person of its own.
/// </summary>
public class SpeakerNicknameStandingForTheOneBeforeTests
{
    [Theory]
    [InlineData("ويقضي عبد السلام الخمليشي، وهو رسام في الثامنة والستين، صباحاته أمام جدار قرب باب القصبة.\nأبو خالد، كما يناديه جيرانه في حي القصبة، يرى أن \"الجدار مثل الورقة\".", "-|عبد السلام الخمليشي")]
    [InlineData("يدفع المعلم محمود الشامي دواسة ماكينته بقدمه، ويقول إن ابنه سافر إلى ألمانيا.\nويحكي أبو خالد، كما يناديه جيرانه في الخان، أنه ورث الدكان عن أبيه.", "محمود الشامي|محمود الشامي")]
    public void A_kunya_set_off_by_what_others_call_them_is_the_one_before(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void The_one_before_goes_by_the_nickname_afterwards()
    {
        var analysis = AttributionCases.Analyse(
            "يدفع المعلم محمود الشامي دواسة ماكينته بقدمه، ويقول إن ابنه سافر إلى ألمانيا.\nويحكي أبو خالد، كما يناديه جيرانه في الخان، أنه ورث الدكان عن أبيه.");
        var profile = Assert.Single(analysis.Profiles);
        Assert.Equal("محمود الشامي", profile.Name);
        Assert.Contains("أبو خالد", profile.Aliases);
    }

    [Theory]
    [InlineData("ويقود المرشد السياحي عبد الرحيم الدريوش، المعروف في المدينة العتيقة بأبي ريشة لأنه كان يرسم في شبابه، مجموعات السياح كل يوم.\nويضيف أبو ريشة أن السياح يسألون عن الجداريات الممحوة.", "-|عبد الرحيم الدريوش")]
    [InlineData("ويتسلق عمر قاسمي، \"أبو النخلة\" كما يناديه العمال، الجذوع منذ كان في الخامسة عشرة.\nويضيف أبو النخلة أن أجر الطلّاع ارتفع إلى ألفي دينار.", "-|عمر قاسمي")]
    [InlineData("في الممر المؤدي إلى الباب، يعرض لحسن أمزال، المعروف في السوق بأبي يوسف، عقودًا من الخرز. علّق أبو يوسف بأن السياح قلّوا.", "لحسن أمزال")]
    public void An_alias_narration_gave_names_the_person_quoted_by_it(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وتخرجت هند العلمي قبل عامين من المعهد الوطني للفنون الجميلة في تطوان.\nوتساءلت: \"كيف نطلب من الشباب أن يبقوا في المدينة؟\".\nوتقترح العلمي أن تفتح الجماعة ورشة دائمة.", "-|هند العلمي|هند العلمي")]
    [InlineData("ويقضي عبد السلام الخمليشي، وهو رسام في الثامنة والستين، صباحاته أمام جدار قرب باب القصبة.\nويضيف أن أغلب الجداريات رُسمت فوق طلاء قديم.", "-|عبد السلام الخمليشي")]
    public void A_bare_verb_right_after_narration_that_named_one_person_is_theirs(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وتخرجت هند العلمي قبل عامين من المعهد الوطني للفنون الجميلة في تطوان.\nويضيف أن الجماعة لا تعطي الشباب إلا جدارًا.", "-|-")]
    [InlineData("ويقود عبد الرحيم الدريوش مجموعات السياح كل يوم.\nويضيف أبو ريشة أن السياح يسألون عن الجداريات.", "-|أبو ريشة")]
    public void A_verb_of_the_other_gender_or_a_kunya_no_one_was_given_is_no_one_narrated(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);
}
