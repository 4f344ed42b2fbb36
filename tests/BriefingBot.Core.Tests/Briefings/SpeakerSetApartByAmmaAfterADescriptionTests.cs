using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «أما أقدم فخاريي البلدة، جريس إلياس عبود، فيقضي …»: «أما» sets apart what a person is, the name follows in apposition
/// between commas, and «فـ» goes on with what they do; the quotation later in the paragraph, bare or with a description
/// after it, is theirs. A name first and its kunya or kin after it («أما نورية العازمي، أم خالد، فعادت») is no description.
/// </summary>
public class SpeakerSetApartByAmmaAfterADescriptionTests
{
    [Theory]
    [InlineData("أما أقدم فخاريي البلدة، جريس إلياس عبود، فيقضي صباحه أمام دولاب خشبي يديره بقدمه. \"الطين هنا له رائحة لا تشبه أي طين آخر\"، يقول الرجل الذي بلغ الثمانين.", "جريس إلياس عبود")]
    [InlineData("أما آخر من يطرق النصال بيده، كميل أبي راشد، فيسخّن الشفرات في كور صغير خلف بيته. ولم يعد أبي راشد يجد الفحم الحجري في الأسواق. \"صرت أشعل الكور بالحطب وجفت الزيتون\".", "كميل أبي راشد")]
    [InlineData("أما أصغر البائعات في السوق، سلمى الرزقي، فتبيع الدمى الطينية على حصير عند باب الجامع. \"أصنع كل دمية في يوم كامل وأبيعها بخمسة دنانير\".", "سلمى الرزقي")]
    public void The_person_named_after_the_description_says_the_quote(string text, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(text));

    [Theory]
    [InlineData("أما نورية العازمي، أم خالد، فعادت مع زوجها إلى بيت أهلها في القرينية، وتقول إن الزوار يسألونها عن طعم فيلكا القديم.", "أم خالد")]
    [InlineData("أما علي الصفار، ابن أحد نواخذة تاروت، فترك البحر في العشرين. «أبوي يحلف إن البحر أحسن»، يقول الصفار الذي بلغ السادسة والعشرين.", "ابن أحد نواخذة تاروت")]
    public void A_kunya_or_kin_after_the_name_is_not_read_as_the_name(string text, string notTheName) =>
        Assert.DoesNotContain(notTheName, ParsedBriefing.Parse(text).Speakers);

    [Fact]
    public void A_verb_written_with_its_shadda_is_no_part_of_the_name_the_paragraph_before_gives()
    {
        var speakers = ParsedBriefing.SpeakersOf(
            "وفي ساحة الفرن يرصّ وليد قاسم الجرار المشوية على عربة خشبية قبل أن يحملها إلى الشاحنة.",
            "ويعمل قاسم سائقًا وموزعًا في آن واحد. \"المطاعم في بيروت صارت زبوننا الأول لا البيوت\"، يقول قاسم.");
        Assert.Equal("وليد قاسم", speakers[1]);
    }
}
