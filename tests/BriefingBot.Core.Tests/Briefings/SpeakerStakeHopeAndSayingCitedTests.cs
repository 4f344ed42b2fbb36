using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ويراهن رئيس القسم … على مهرجان»، «وتأمل العزيزات أن»، «ويستشهد العمدة … بمثل يقول إن»: a stake, a hope and a saying
/// cited are the view of whoever holds them; a collective or a body so named is no one's.
/// </summary>
public class SpeakerStakeHopeAndSayingCitedTests
{
    [Fact]
    public void A_stake_on_something_is_its_holders_view() =>
        AttributionCases.AssertQuoted(
            "ويراهن عبد الحكيم الصوالحة، رئيس قسم السياحة في بلدية مادبا الكبرى، على مهرجان للفسيفساء تنوي البلدية إطلاقه في أيار المقبل.\nوأشار إلى أن البلدية تدرس فكرة الختم.",
            "عبد الحكيم الصوالحة|عبد الحكيم الصوالحة");

    [Fact]
    public void A_hope_by_surname_goes_on_with_the_speaker_met() =>
        AttributionCases.AssertQuoted(
            "قالت الدكتورة ميسون العزيزات إن المعهد يقبل كل عام عشرين طالبًا.\nوتأمل العزيزات أن يتحول برنامج المعهد إلى درجة بكالوريوس خلال عامين.",
            "ميسون العزيزات|ميسون العزيزات");

    [Fact]
    public void A_saying_cited_is_the_citers_statement() =>
        AttributionCases.AssertQuoted(
            "ويستشهد العمدة عثمان أبو فاطمة، أحد أعيان سواكن، بمثل محلي يقول إن \"البيت الذي لا يُسكن يموت\"، داعيًا إلى السماح لبعض الأسر بالعودة.",
            "عثمان أبو فاطمة");

    [Fact]
    public void A_state_staking_is_no_speaker() =>
        AttributionCases.AssertQuoted("وفي المقابل، تراهن موسكو على أن إشعال جبهة القلق في الشرق سيشتت الانتباه الأميركي.", "-");

    [Fact]
    public void A_collective_stake_names_no_one() =>
        AttributionCases.AssertQuoted("ويراهن المستثمرون على ارتفاع الأسعار في الربع المقبل.", "-");
}
