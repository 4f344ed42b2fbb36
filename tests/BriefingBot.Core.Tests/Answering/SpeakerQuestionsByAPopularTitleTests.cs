using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A popular title asked before a name («ماذا قال الحاج إبراهيم؟»، «ما رأي العم لحسن؟»): the title of the person named
/// next, not the surname of another speaker («فاطمة أيت الحاج»، «سعيد العم»); alone or after a given name it is still
/// that surname.
/// </summary>
public sealed class SpeakerQuestionsByAPopularTitleTests
{
    private static readonly string[] Speakers = ["فاطمة أيت الحاج", "إبراهيم أوبلا", "سعيد العم", "لحسن بوعزة", "سمير الحاج", "رياض الريس", "محمد أمزال"];

    [Theory]
    [InlineData("ماذا قال الحاج إبراهيم؟", "إبراهيم أوبلا")]
    [InlineData("ماذا قال الحاج أوبلا؟", "إبراهيم أوبلا")]
    [InlineData("ما رأي العم لحسن؟", "لحسن بوعزة")]
    [InlineData("شو حكى الريس محمد أمزال؟", "محمد أمزال")]
    public void A_popular_title_before_a_name_is_the_title_of_the_person_named(string question, string speaker)
    {
        Assert.Equal(speaker, SpeakerQuestion.Match(question, Speakers));
    }

    [Theory]
    [InlineData("ماذا قال الحاج إبراهيم؟", "إبراهيم أوبلا")]
    [InlineData("ماذا قال الشيخ جابر؟", "جابر بن فرحان الفيفي")]
    [InlineData("شو قالت الشيخة مريم؟", "مريم الهاشمي")]
    public void A_given_name_after_a_title_is_the_first_name_of_the_person_asked_not_another_speakers_surname(string question, string speaker)
    {
        string[] speakers = ["سعاد إبراهيم", "إبراهيم أوبلا", "أحمد ولد الشيخ", "جابر بن فرحان الفيفي", "عادل جابر", "مريم الهاشمي", "هدى مريم"];
        Assert.Equal(speaker, SpeakerQuestion.Match(question, speakers));
    }

    [Theory]
    [InlineData("ماذا قال أحمد ولد الشيخ؟", "أحمد ولد الشيخ")]
    [InlineData("ماذا قال الشيخ؟", "أحمد ولد الشيخ")]
    public void The_sheikh_after_a_given_name_or_alone_is_still_a_surname(string question, string speaker)
    {
        string[] speakers = ["سعاد إبراهيم", "أحمد ولد الشيخ", "جابر بن فرحان الفيفي"];
        Assert.Equal(speaker, SpeakerQuestion.Match(question, speakers));
    }

    [Theory]
    [InlineData("ماذا قال سمير الحاج؟", "سمير الحاج")]
    [InlineData("ماذا قالت فاطمة أيت الحاج؟", "فاطمة أيت الحاج")]
    [InlineData("ماذا قال رياض الريس؟", "رياض الريس")]
    public void A_popular_title_after_a_given_name_is_still_a_surname(string question, string speaker)
    {
        Assert.Equal(speaker, SpeakerQuestion.Match(question, Speakers));
    }
}
