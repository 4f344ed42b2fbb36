using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A fifth round of attribution specifications, in styles the earlier rounds did not cover: agencies relaying an
/// official («نقلت وكالة رويترز عن … قوله»، «ونُقل عن»), where and to whom it was said first («في تصريح لـ…، أوضح»),
/// «على حد تعبيره», posts on social networks («كتب … على منصة إكس»), interviews laid out as questions and answers or
/// as a name and a colon, «يرى / أشار إلى», anonymous sources, nicknames and «المعروف بـ», «بن / ابن / آل», a role
/// written after the name before the verb, and a woman going on by her surname. Written before the attributor ran on
/// them. Each case is one section: paragraphs separated by a newline, the speakers of each by «|», several in one
/// paragraph joined by «+», «-» for none.
/// </summary>
public class SpeakerAttributionInAgencyAndInterviewStylesTests
{
    [Theory]
    [InlineData("ونقلت وكالة رويترز عن وزير النفط العراقي حيان عبد الغني قوله إن الصادرات عبر ميناء جيهان ستستأنف الأسبوع المقبل.\nوأضاف أن بغداد وأربيل اتفقتا على آلية لتقاسم العائدات.", "حيان عبد الغني|حيان عبد الغني")]
    [InlineData("ونقلت وكالة رويترز عن مسؤول في وزارة الخارجية، طلب عدم الكشف عن اسمه، قوله إن المفاوضات تعثرت.", "-")]
    [InlineData("ونقلت صحيفة الشرق الأوسط عن مصادر مطلعة أن الاجتماع أرجئ إلى موعد لم يحدد.", "-")]
    [InlineData("ونُقل عن المتحدث باسم الجيش السوداني نبيل عبد الله قوله إن القوات استعادت السيطرة على المدينة.", "نبيل عبد الله")]
    [InlineData("ونقلت قناة العربية عن رئيسة الوزراء الإيطالية جورجيا ميلوني قولها إن روما لن ترسل قوات.", "جورجيا ميلوني")]
    public void An_agency_relaying_an_official_names_the_official_and_an_unnamed_one_is_no_one(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وفي تصريح لقناة الجزيرة، أوضح وزير الخارجية الأردني أيمن الصفدي أن بلاده ترفض أي تهجير للفلسطينيين.", "أيمن الصفدي")]
    [InlineData("وفي حديث إلى وكالة الأنباء الفرنسية، قالت المديرة الإقليمية لمنظمة اليونيسف أديل خضر إن الأطفال يدفعون الثمن الأكبر.", "أديل خضر")]
    [InlineData("وقال الخبير النفطي ماجد المنيف في تصريح لـ«العربية» إن الأسعار ستبقى قرب سبعين دولارًا.", "ماجد المنيف")]
    [InlineData("وأوضح وزير الصحة اللبناني ركان ناصر الدين خلال مؤتمر صحفي عقده في بيروت أن الوضع تحت السيطرة.", "ركان ناصر الدين")]
    [InlineData("ولدى سؤاله عن موعد الانتخابات، أجاب رئيس الهيئة العليا المستقلة للانتخابات فاروق بوعسكر بأن الموعد لم يحدد بعد.", "فاروق بوعسكر")]
    public void Where_and_to_whom_it_was_said_may_stand_before_or_after_the_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("قال المحلل السياسي فادي الحسيني إن الاتفاق هش.\nوتبدو الأزمة، على حد تعبيره، أعمق مما تعترف به الحكومة.", "فادي الحسيني|فادي الحسيني")]
    [InlineData("قالت الباحثة في الشؤون الخليجية رنا الخطيب إن الوساطة مستمرة.\nفالمنطقة تعيش «لحظة إعادة تموضع»، على حد تعبيرها.", "رنا الخطيب|رنا الخطيب")]
    [InlineData("وحذّر وزير المالية ياسين جابر من أن العجز سيتفاقم.\nوالخطة الحالية «ولدت ميتة» على حد قوله.", "ياسين جابر|ياسين جابر")]
    public void As_he_put_it_goes_on_with_the_speaker_already_met(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وكتب وزير الخارجية الإيراني عباس عراقجي على منصة إكس أن طهران لن تتفاوض تحت الضغط.", "عباس عراقجي")]
    [InlineData("وكتبت النائبة اللبنانية حليمة القعقور في تدوينة على فيسبوك: «لا إصلاح من دون محاسبة».", "حليمة القعقور")]
    [InlineData("وغرّد الرئيس الأميركي دونالد ترامب على منصته تروث سوشيال قائلًا إن الاتفاق «أعظم صفقة في التاريخ».", "دونالد ترامب")]
    [InlineData("ووزعت الجمعية كتب مدرسية على ألف تلميذ في المخيم.", "-")]
    public void A_post_on_a_social_network_names_who_wrote_it(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وفي مقابلة مع «النهار»، قال وزير الاقتصاد اللبناني عامر البساط إن خطة التعافي جاهزة.\nس: هل ستُعاد الودائع كاملة؟\nج: لا يمكن ذلك قبل إقرار قانون الفجوة المالية.", "عامر البساط|-|عامر البساط")]
    [InlineData("وفي حوار مع الصحيفة، تحدثت وزيرة البيئة ياسمين فؤاد عن خطة المناخ.\nسؤال: متى تبدأ المرحلة الثانية؟\nجواب: مع بداية العام المقبل.", "ياسمين فؤاد|-|ياسمين فؤاد")]
    [InlineData("قال المحلل السياسي فادي الحسيني إن الاتفاق هش.\nالحسيني: لا أحد يريد الحرب، لكن لا أحد يملك خطة للسلام.", "فادي الحسيني|فادي الحسيني")]
    [InlineData("وجمعت الندوة الباحثة منى الشريف والاقتصادي كريم بدر.\nمنى الشريف: الدعم يذهب إلى غير مستحقيه.\nكريم بدر: المشكلة في التحصيل الضريبي لا في الدعم.", "-|منى الشريف|كريم بدر")]
    [InlineData("وتضمن التقرير ثلاث توصيات.\nالخلاصة: على الحكومة أن تسرّع الإصلاحات.", "-|-")]
    public void An_interview_laid_out_as_questions_and_answers_or_names_and_colons_is_attributed(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("ويرى الباحث في مركز كارنيغي للشرق الأوسط يزيد صايغ أن الجيش لن يتخلى عن امتيازاته.", "يزيد صايغ")]
    [InlineData("وترى أستاذة العلوم السياسية في جامعة القاهرة نهى بكر أن الحوار الوطني لم يحقق أهدافه.", "نهى بكر")]
    [InlineData("وأشار رئيس الوزراء العراقي محمد شياع السوداني إلى ضرورة حصر السلاح بيد الدولة.", "محمد شياع السوداني")]
    [InlineData("وأشارت المتحدثة باسم المفوضية السامية لشؤون اللاجئين أولغا سارادو إلى أن آلاف العائلات عادت.", "أولغا سارادو")]
    public void Sees_and_pointed_to_name_their_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وأكد مصدر حكومي مطلع، فضّل عدم ذكر اسمه، أن القرار نهائي.", "-")]
    [InlineData("وقال مسؤول أميركي رفيع للصحفيين إن واشنطن تدرس كل الخيارات.", "-")]
    [InlineData("وقال دبلوماسي غربي في بيروت إن الضغوط ستتزايد.", "-")]
    [InlineData("قال المحلل السياسي فادي الحسيني إن الاتفاق هش.\nوأكد مصدر مقرب من الحكومة أن المفاوضات مستمرة.\nويضيف الحسيني أن الوقت ينفد.", "فادي الحسيني|-|فادي الحسيني")]
    public void An_anonymous_source_is_no_one_and_breaks_no_named_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وقال قائد قوات الدعم السريع محمد حمدان دقلو، المعروف بـ«حميدتي»، إن قواته لن تنسحب.", "محمد حمدان دقلو")]
    [InlineData("وقال الرئيس السوري أحمد الشرع، المعروف سابقًا بأبي محمد الجولاني، إن المرحلة الانتقالية ستستمر خمس سنوات.", "أحمد الشرع")]
    [InlineData("وقال وزير الخارجية السعودي الأمير فيصل بن فرحان آل سعود إن المملكة تدعم الحل السياسي.", "فيصل بن فرحان آل سعود")]
    [InlineData("وقال رئيس الحكومة المغربية الأسبق عبد الإله ابن كيران إن حزبه سيخوض الانتخابات.\nويضيف ابن كيران أن التحالفات لم تحسم.", "عبد الإله ابن كيران|عبد الإله ابن كيران")]
    public void Nicknames_known_as_and_names_with_bin_ibn_or_al_are_read_whole(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وقال قائد قوات الدعم السريع محمد حمدان دقلو، المعروف بـ«حميدتي»، إن قواته لن تنسحب.\nوأضاف حميدتي أن المفاوضات متوقفة.", "محمد حمدان دقلو|محمد حمدان دقلو")]
    [InlineData("وقال الرئيس السوري أحمد الشرع، المعروف سابقًا بأبي محمد الجولاني، إن المرحلة الانتقالية ستستمر.\nويضيف الجولاني أن الانتخابات ستجري لاحقًا.", "أحمد الشرع|أحمد الشرع")]
    [InlineData("وقال الخبير المعروف هاني توفيق إن الأسعار سترتفع.\nويضيف توفيق أن الدعم لن يكفي.", "هاني توفيق|هاني توفيق")]
    public void A_speaker_named_again_by_the_alias_given_in_apposition_is_the_same_person(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("عبد الله بن طوق المري، وزير الاقتصاد الإماراتي، قال إن التجارة غير النفطية بلغت مستوى قياسيًا.", "عبد الله بن طوق المري")]
    [InlineData("وسلمى الخطيب، أستاذة الاقتصاد في جامعة عين شمس، ترى أن التضخم بلغ ذروته.", "سلمى الخطيب")]
    [InlineData("أما رنا الحسيني، الباحثة في معهد الدراسات الفلسطينية، فتقول إن الحصار يشتد.\nوتضيف الحسيني أن المساعدات لا تكفي.", "رنا الحسيني|رنا الحسيني")]
    [InlineData("قالت الباحثة في معهد الدراسات الفلسطينية رنا الحسيني إن الحصار يشتد.\nوتتابع الحسيني: «لا أحد يسمع».", "رنا الحسيني|رنا الحسيني")]
    public void A_role_after_the_name_and_a_woman_going_on_by_her_surname_keep_the_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("قال الطالب الجامعي يوسف الحمدان إن السكن الجامعي لا يكفي نصف المقبولين.\nويضيف الحمدان أن الإيجارات تضاعفت.", "يوسف الحمدان|يوسف الحمدان")]
    [InlineData("وقالت الطالبة لميس عبد الرحيم النجار، التي تدرس الطب في بوخارست، إن الغربة مكلفة.", "لميس عبد الرحيم النجار")]
    [InlineData("قالت الناشطة الحقوقية لجين الهذلول إن القانون الجديد خطوة ناقصة.", "لجين الهذلول")]
    [InlineData("يقول خبير الطاقة النرويجي لارس هانسن إن الطلب على الغاز سيبلغ ذروته قبل 2030.", "لارس هانسن")]
    [InlineData("قال خبير اقتصادي إن التضخم سيتراجع.", "-")]
    [InlineData("قالت الباحثة رنا الحسيني إن التمويل تراجع.\nوتدعو الحسيني الدول المانحة إلى الوفاء بتعهداتها.", "رنا الحسيني|رنا الحسيني")]
    [InlineData("وطالب نواب بخفض الرسوم، فيما تقول إدارات المستشفيات إن أي خفض يحتاج تعويضًا من الخزينة.", "-")]
    public void Students_names_opening_with_lam_a_field_after_an_expert_a_surname_with_an_object_and_bodies_in_the_plural(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);
}
