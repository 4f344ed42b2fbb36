using System.Text.RegularExpressions;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Translation;

/// <summary>
/// English word → its Arabic translations, from a FreeDict-style dictd dictionary whose entries read
/// «Headword /pronunciation/» then one translation per line, numbered when there are several
/// («1. القنبلة النووية»), sometimes several on a line separated by «،». An inflected word is looked up as its
/// base form when the form itself is absent («sanctions» is an entry, «visited» becomes «visit»).
/// </summary>
public sealed partial class EnglishArabicDictionary(DictdDictionary dictionary)
{
    /// <summary>A translation longer than this is an explanation («حرف يسبق الكلمة ويعني …»), not a word to search for.</summary>
    private const int MaxTranslationWords = 3;

    /// <summary>The first senses are the common ones; later ones mostly add noise to a search.</summary>
    private const int MaxTranslations = 4;

    public int Count => dictionary.Count;

    /// <summary>Opens <c>NAME.index</c> with <c>NAME.dict.dz</c> (or <c>NAME.dict</c>) in <paramref name="directory"/>, or returns null when they are not there.</summary>
    public static EnglishArabicDictionary? TryOpen(string directory, string name)
    {
        var index = Path.Combine(directory, name + ".index");
        var data = new[] { ".dict.dz", ".dict" }.Select(e => Path.Combine(directory, name + e)).FirstOrDefault(File.Exists);
        return File.Exists(index) && data is not null ? new EnglishArabicDictionary(DictdDictionary.Load(index, data)) : null;
    }

    /// <summary>The Arabic translations of <paramref name="word"/> (or of its base form), most common first; empty when unknown.</summary>
    public IReadOnlyList<string> Translate(string word)
    {
        foreach (var form in EnglishWords.BaseForms(word))
        {
            var entries = dictionary.Lookup(form);
            if (entries.Count > 0)
            {
                return entries.SelectMany(Translations).Distinct(StringComparer.Ordinal).Take(MaxTranslations).ToList();
            }
        }

        return [];
    }

    /// <summary>Whether <paramref name="word"/> or one of its base forms is a headword.</summary>
    public bool Knows(string word) => EnglishWords.BaseForms(word).Any(dictionary.Contains);

    private static IEnumerable<string> Translations(string entry)
    {
        // The first line is the headword and its pronunciation.
        foreach (var line in entry.Split('\n').Skip(1))
        {
            var sense = Numbering().Replace(line, string.Empty);
            foreach (var piece in sense.Split('،', ',', ';', '؛'))
            {
                var text = piece.Trim();
                if (text.Length > 0 && text.Any(ArabicText.IsArabicLetter) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTranslationWords)
                {
                    yield return text;
                }
            }
        }
    }

    [GeneratedRegex(@"^\s*\d+\.\s*")]
    private static partial Regex Numbering();
}
