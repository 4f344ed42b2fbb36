using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The speakers' names as the roster holds them: folded and glued as a question's words are, with their aliases, and read
/// for the given name, the surname and the child a kunya is made of.
/// </summary>
public sealed class SpeakerNamesTests
{
    private static SpeakerNames With(params SpeakerProfile[] profiles)
    {
        var names = new SpeakerNames();
        foreach (var profile in profiles)
        {
            names.Add(profile);
        }

        return names;
    }

    private static string Fold(string word) => ArabicText.Fold(word);

    [Fact]
    public void A_name_is_held_glued_as_a_question_s_words_are_and_another_is_read_afresh()
    {
        var names = With(new SpeakerProfile("أبو خليل", null, Feminine: false));

        Assert.Equal([Fold("ابوخليل")], names.NameWords("أبو خليل"));
        Assert.Equal([Fold("خليل"), Fold("السيوفي")], names.NameWords("خليل السيوفي"));
    }

    [Fact]
    public void A_person_named_in_full_has_a_given_name_and_a_surname_and_a_kunya_has_a_child()
    {
        var names = With(new SpeakerProfile("خليل السيوفي", null, Feminine: false), new SpeakerProfile("أم وسيم", null, Feminine: true));

        Assert.Equal(Fold("خليل"), names.GivenName("خليل السيوفي"));
        Assert.Equal(Fold("السيوفي"), names.Surname("خليل السيوفي"));
        Assert.Null(names.ChildOfKunya("خليل السيوفي"));
        Assert.Equal(Fold("وسيم"), names.ChildOfKunya("أم وسيم"));
        Assert.Null(names.GivenName("أم وسيم"));
        Assert.Null(names.Surname("أم وسيم"));
    }

    [Fact]
    public void A_kunya_given_as_an_alias_is_the_speaker_s_kunya()
    {
        var names = With(new SpeakerProfile("محمود ديب السيوفي", null, Feminine: false) { Aliases = ["أبو خليل"] });

        Assert.Equal(Fold("خليل"), names.ChildOfKunya("محمود ديب السيوفي"));
    }

    [Fact]
    public void A_question_holding_an_alias_whole_names_its_speaker_even_after_a_conjunction()
    {
        var names = With(new SpeakerProfile("محمد حمدان دقلو", null, Feminine: false) { Aliases = ["حميدتي"] });

        var found = names.ByAlias(ArabicText.FoldedWords("ماذا قال وحميدتي؟"));

        Assert.Equal("محمد حمدان دقلو", found?.Speaker);
        Assert.Equal([2], found?.Used);
        Assert.Contains(Fold("حميدتي"), names.WordsCalling(["محمد حمدان دقلو"]));
    }

    [Theory]
    [InlineData("عمو قاسم", "قاسم")]
    [InlineData("قاسم محمد الصحاف", null)]
    [InlineData("أبو خليل", null)]
    public void A_person_called_by_a_title_and_the_given_name_is_called_by_that_name(string name, string? given) =>
        Assert.Equal(given is null ? null : Fold(given), SpeakerNames.GivenNameCalledBy(name));
}
