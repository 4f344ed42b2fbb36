using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Translation;

/// <summary>
/// Turns an English question into the Arabic terms it is searched with: each content word becomes one question term
/// whose forms are its dictionary translations as analysed, plus, for a name (capitalised or not in the dictionary),
/// the index words whose consonant skeleton matches its transliteration. A word with neither stays as it is, an
/// unknown word, which is how an off-topic question is recognised. The dictionary (FreeDict English–Arabic, GPL) is
/// installed with the system, not shipped: without it <see cref="Available"/> is false and nothing else changes.
/// </summary>
public sealed partial class EnglishQuestions
{
    /// <summary>At most this many forms per English word, so a word with many senses cannot make a long query.</summary>
    private const int MaxFormsPerWord = 8;

    private static readonly string[] PresentTensePrefixes = ["ي", "ت", "ن"];

    private readonly Lazy<EnglishArabicDictionary?> _dictionary;
    /// <summary>The skeletons of the index's current words: rebuilt only when a commit changed them.</summary>
    private readonly SnapshotCache<IReadOnlyList<IndexedWord>, NameSkeletons> _names = new(vocabulary => new NameSkeletons(vocabulary));

    public EnglishQuestions(IOptions<EnglishOptions> options, ILogger<EnglishQuestions> logger)
    {
        _dictionary = new Lazy<EnglishArabicDictionary?>(() => Open(options.Value, logger));
    }

    /// <summary>With a dictionary already opened (or none): for tests and evaluation runs.</summary>
    public EnglishQuestions(EnglishArabicDictionary? dictionary)
    {
        _dictionary = new Lazy<EnglishArabicDictionary?>(dictionary);
    }

    /// <summary>Whether the English–Arabic dictionary is installed; English questions cannot be answered without it.</summary>
    public bool Available => _dictionary.Value is not null;

    /// <summary>The Arabic question to search for <paramref name="question"/>, or null without a dictionary.</summary>
    public AnalyzedQuestion? Translate(string question, PassageIndex index)
    {
        var dictionary = _dictionary.Value;
        if (dictionary is null)
        {
            return null;
        }

        var terms = new List<QueryTerm>();
        foreach (var (word, capitalized) in EnglishWords.Words(question))
        {
            if (word.Length < 2 || EnglishWords.IsStopWord(word))
            {
                continue;
            }

            var names = Names(index);
            var forms = new List<string>();
            foreach (var arabic in dictionary.Translate(word))
            {
                AddForms(forms, index.Analyze(arabic).AllForms.SelectMany(f => Inflections(f, names)));
            }

            // The word as written, when a briefing uses it (NATO); otherwise a name: capitalised, or no translation
            // the briefings use («Wood» translates to «خشب»).
            if (names.Contains(word))
            {
                AddForms(forms, [word]);
            }
            else if (!forms.Any(names.Contains) && (capitalized || forms.Count == 0 || !dictionary.Knows(word)))
            {
                var transliterated = index.Analyze(LatinTransliteration.ToArabic(word)).AllForms;
                AddForms(forms, names.Match(transliterated));
            }

            var term = forms.Count == 0 ? new QueryTerm(word, [word]) : new QueryTerm(forms[0], forms);
            if (!terms.Any(t => t.Primary == term.Primary))
            {
                terms.Add(term);
            }
        }

        // Other words as written that the briefings use (a code with digits, F-16): searched as they are.
        foreach (var written in index.Analyze(question).QueryTerms)
        {
            if (!EnglishWords.IsStopWord(written.Primary) && written.Forms.Any(Names(index).Contains) && !terms.Any(t => t.Forms.Contains(written.Primary)))
            {
                terms.Add(written);
            }
        }

        // No word pairs: English word order is not Arabic word order («North Korea», «كوريا الشمالية»).
        return new AnalyzedQuestion(question, terms, []) { Translated = true };
    }

    /// <summary>
    /// A translation as the dictionary gives it, and, when the briefings do not use that form, the present-tense
    /// forms of a verb the briefings do use: the dictionary gives «ردّ» for "respond", a briefing writes «تردّ».
    /// </summary>
    private static IEnumerable<string> Inflections(string form, NameSkeletons vocabulary)
    {
        yield return form;
        if (vocabulary.Contains(form))
        {
            yield break;
        }

        foreach (var prefix in PresentTensePrefixes)
        {
            if (vocabulary.Contains(prefix + form))
            {
                yield return prefix + form;
            }
        }

        // The dictionary's imperative or perfect with a written alef («اجتمع»): its present tense drops it («يجتمع»).
        if (form.Length > 3 && form[0] == 'ا')
        {
            foreach (var prefix in PresentTensePrefixes)
            {
                if (vocabulary.Contains(prefix + form[1..]))
                {
                    yield return prefix + form[1..];
                }
            }
        }
    }

    private static void AddForms(List<string> forms, IEnumerable<string> more)
    {
        foreach (var form in more)
        {
            if (forms.Count < MaxFormsPerWord && !forms.Contains(form))
            {
                forms.Add(form);
            }
        }
    }

    /// <summary>The skeletons of the current index's words, rebuilt only when a commit changed the index.</summary>
    private NameSkeletons Names(PassageIndex index) => _names.Of(index.TextVocabulary());

    private static EnglishArabicDictionary? Open(EnglishOptions options, ILogger logger)
    {
        try
        {
            var dictionary = EnglishArabicDictionary.TryOpen(options.DictionaryDirectory, options.DictionaryName);
            if (dictionary is null)
            {
                LogMissing(logger, options.DictionaryName, options.DictionaryDirectory);
            }
            else
            {
                LogOpened(logger, options.DictionaryName, dictionary.Count);
            }

            return dictionary;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            LogUnreadable(logger, ex, options.DictionaryName, options.DictionaryDirectory);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "English questions are off: dictionary {Name} is not in {Directory} (install the Debian package dict-freedict-eng-ara)")]
    private static partial void LogMissing(ILogger logger, string name, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "English questions on: dictionary {Name} with {Headwords} headwords")]
    private static partial void LogOpened(ILogger logger, string name, int headwords);

    [LoggerMessage(Level = LogLevel.Error, Message = "English questions are off: dictionary {Name} in {Directory} could not be read")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string name, string directory);
}
