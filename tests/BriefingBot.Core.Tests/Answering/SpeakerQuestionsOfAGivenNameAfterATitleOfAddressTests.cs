using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A title of address asked before a name («ماذا قال الأستاذ علي؟»، «المعلم محمود»، «العمدة عثمان»): people call the one
/// they mean by the title and the given name, so a speaker whose first name it is beats one whose surname it is. An
/// office («الرئيس»، «الوزير») is put before a surname, and stays so.
/// </summary>
public sealed class SpeakerQuestionsOfAGivenNameAfterATitleOfAddressTests
{
    [Theory]
    [InlineData("ماذا قال الأستاذ علي؟", "علي أحمد الضبيبي")]
    [InlineData("ماذا قال المعلم محمود", "محمود الشامي")]
    [InlineData("العمدة عثمان قال شنو", "عثمان أبو فاطمة")]
    [InlineData("ايش قال الأسطى حسين؟", "حسين يحيى الحيمي")]
    [InlineData("شو قالت الدكتورة هالة؟", "هالة فلاتة")]
    public void A_given_name_after_a_title_of_address_is_the_first_name_of_the_person_asked(string question, string speaker)
    {
        string[] speakers = ["الحسين أيت علي", "علي أحمد الضبيبي", "الحسن ولد محمد محمود", "محمود الشامي", "أحمد علمي عثمان", "عثمان أبو فاطمة",
            "محمد حسين", "حسين يحيى الحيمي", "سعاد هالة", "هالة فلاتة"];
        Assert.Equal(speaker, SpeakerQuestion.Match(question, speakers));
    }

    [Theory]
    [InlineData("ماذا قال الرئيس عباس؟", "محمود عباس")]
    [InlineData("ماذا قال الوزير علي؟", "الحسين أيت علي")]
    public void A_name_after_an_office_may_still_be_a_surname(string question, string speaker)
    {
        string[] speakers = ["محمود عباس", "عباس فاضل", "الحسين أيت علي", "علي أحمد الضبيبي"];
        Assert.Equal(speaker, SpeakerQuestion.Match(question, speakers));
    }

    [Fact]
    public void A_title_of_address_after_a_given_name_is_no_given_name_of_its_own()
    {
        string[] speakers = ["علي أحمد الضبيبي", "الحسين أيت علي"];
        Assert.Equal("علي أحمد الضبيبي", SpeakerQuestion.Match("ماذا قال علي الضبيبي الأستاذ؟", speakers));
    }
}
