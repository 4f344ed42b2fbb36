using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search.Analysis;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// The speakers' names as a question's words are compared with them: each name folded and glued («أبو خليل» →
/// «ابوخليل»), the aliases the briefings give («حميدتي»), and what a name is made of: its given name, surname and kunya
/// («أبو خليل» is made of «خليل»). Held by the <see cref="SpeakerRoster"/>, filled as it reads the briefings' profiles.
/// </summary>
internal sealed class SpeakerNames
{
    /// <summary>«أبو» folded, glued to the child's name in a kunya («ابوخليل», CompoundNames).</summary>
    internal const string FatherKunya = "ابو";

    /// <summary>«أم» folded, written apart from the child's name in a kunya («ام وسيم»).</summary>
    internal const string MotherKunya = "ام";

    /// <summary>
    /// Each speaker's name folded and glued as a question's words are («ابوخليل»), read once with the roster: the family
    /// rules (<see cref="Quotations.SameFamily"/>, the kunya's parents) compare given names, surnames and kunyas for
    /// every question.
    /// </summary>
    private readonly Dictionary<string, IReadOnlyList<string>> _nameWords = new(StringComparer.Ordinal);

    /// <summary>Each alias the briefings give a speaker, glued as the question's words are («أبو كرامة» as one word).</summary>
    private readonly List<(string Name, IReadOnlyList<string> Words)> _aliases = [];

    /// <summary>Holds the name of <paramref name="profile"/> (once for a name quoted again) and each of its aliases.</summary>
    public void Add(SpeakerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!_nameWords.ContainsKey(profile.Name))
        {
            _nameWords[profile.Name] = Glued(profile.Name);
        }

        foreach (var alias in profile.Aliases)
        {
            _aliases.Add((profile.Name, Glued(alias)));
        }
    }

    /// <summary>
    /// The name's words folded and glued as a question's are («أبو خليل» → «ابوخليل»): held for every speaker the roster
    /// quotes, read afresh for another name.
    /// </summary>
    public IReadOnlyList<string> NameWords(string speaker) => _nameWords.TryGetValue(speaker, out var words) ? words : Glued(speaker);

    private static IReadOnlyList<string> Glued(string name) => CompoundNames.Glued(ArabicText.FoldedWords(name));

    /// <summary>
    /// The speaker the briefings say is known by a name the question holds whole («ماذا قال حميدتي؟» of «محمد حمدان دقلو،
    /// المعروف بـ«حميدتي»»), and which of the question's words are that name; null for none. Few speakers have an alias,
    /// so they are scanned.
    /// </summary>
    public (string Speaker, IReadOnlySet<int> Used)? ByAlias(IReadOnlyList<string> foldedQuestionWords)
    {
        ArgumentNullException.ThrowIfNull(foldedQuestionWords);
        foreach (var (name, words) in _aliases)
        {
            var used = new HashSet<int>();
            foreach (var word in words)
            {
                var at = IndexOf(foldedQuestionWords, word);
                if (at < 0)
                {
                    break;
                }

                used.Add(at);
            }

            if (words.Count > 0 && used.Count == words.Count)
            {
                return (name, used);
            }
        }

        return null;
    }

    /// <summary>
    /// The speakers the briefings say are called by <paramref name="speaker"/>'s whole name, other than them: «أم ناصر»
    /// quoted under that name in one report is what another report calls «سعاد مخول» («كما يناديها الجيران»). Empty for none.
    /// </summary>
    public IEnumerable<string> OthersCalledAs(string speaker)
    {
        var name = NameWords(speaker);
        return _aliases.Where(a => a.Name != speaker && a.Words.SequenceEqual(name, StringComparer.Ordinal)).Select(a => a.Name).Distinct(StringComparer.Ordinal);
    }

    /// <summary>Where the question holds the word, as written or after a conjunction or preposition («وحميدتي»); -1 for nowhere.</summary>
    private static int IndexOf(IReadOnlyList<string> questionWords, string word)
    {
        for (var i = 0; i < questionWords.Count; i++)
        {
            var w = questionWords[i];
            if (w == word || w.Length > 3 && w[0] is 'و' or 'ل' or 'ب' or 'ف' && w[1..] == word)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The words the asked people are called by, folded: their names (glued and without the article too) and aliases.</summary>
    public HashSet<string> WordsCalling(IReadOnlyCollection<string> asked)
    {
        ArgumentNullException.ThrowIfNull(asked);
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in asked)
        {
            var words = ArabicText.FoldedWords(name);
            own.UnionWith(words);
            own.UnionWith(CompoundNames.Glued(words));
            own.UnionWith(words.Where(SpeakerLexicon.HasArticle).Select(w => w[2..]));
        }

        foreach (var (name, words) in _aliases)
        {
            if (asked.Contains(name, StringComparer.Ordinal))
            {
                own.UnionWith(words);
            }
        }

        return own;
    }

    /// <summary>
    /// The folded given name of a speaker recorded by a title of address and that name («عمو قاسم»، «عمي مبارك»، «الحاج
    /// إدريس») or the given name alone («عبدالله»); null for a name of two name words or more, a kunya, a title or a body.
    /// </summary>
    public static string? GivenNameCalledBy(string name)
    {
        const int MinGivenName = 3;
        var words = Glued(name);
        var titled = words.Count == 2 && (SpeakerLexicon.IsPopularTitle(words[0]) || ChatTitles.IsBeforeAGivenName(words[0]));
        var given = titled ? words[1] : words.Count == 1 ? words[0] : null;
        // Alone, the word must be a given name: a surname recorded alone («كيروز») is no given name of another.
        return given is { Length: >= MinGivenName } && (titled || SpeakerLexicon.IsGivenName(given)) && KunyaChild(words) is null
            && !SpeakerLexicon.IsTitle(given) && !SpeakerLexicon.IsOrganisation(given) ? given : null;
    }

    /// <summary>
    /// The folded name of the child a kunya is made of («أبو خليل» → «خليل»، «أم وسيم» → «وسيم»), from the name or an alias the
    /// briefings give; null for a speaker called by no kunya.
    /// </summary>
    public string? ChildOfKunya(string speaker) =>
        _aliases.Where(a => a.Name == speaker).Select(a => a.Words).Prepend(NameWords(speaker))
            .Select(KunyaChild).FirstOrDefault(c => c is not null);

    /// <summary>
    /// The child's name a name that is a kunya alone is made of, glued («ابوخليل») or apart («ام وسيم»); else null. A kunya
    /// before a surname («أبو بكر منصور») is a given name, no kunya.
    /// </summary>
    public static string? KunyaChild(IReadOnlyList<string> glued)
    {
        ArgumentNullException.ThrowIfNull(glued);
        const int MinChildName = 3;
        if (glued.Count == 2 && glued[0] == MotherKunya && glued[1].Length >= MinChildName)
        {
            return glued[1];
        }

        // Only «أبو» is glued to the name after it (CompoundNames): a word opening with «ام» is a name of its own («أماني»).
        return glued.Count == 1 && glued[0].Length >= FatherKunya.Length + MinChildName && glued[0].StartsWith(FatherKunya, StringComparison.Ordinal)
            ? glued[0][FatherKunya.Length..]
            : null;
    }

    /// <summary>
    /// The folded last word of a person's name of two words or more («السيوفي»), from the name's <see cref="NameWords"/>;
    /// null for a kunya, a body or one word.
    /// </summary>
    public string? Surname(string speaker)
    {
        const int MinSurname = 3;
        var words = NameWords(speaker);
        return words.Count >= 2 && words[^1].Length >= MinSurname && KunyaChild(words) is null && !SpeakerLexicon.IsOrganisation(words[0])
            && !SpeakerLexicon.IsTitle(words[0]) ? words[^1] : null;
    }

    /// <summary>The folded first word of a person's name («خليل» of «خليل السيوفي»), from its <see cref="NameWords"/>; null for a kunya.</summary>
    public string? GivenName(string speaker)
    {
        var words = NameWords(speaker);
        return words.Count > 0 && KunyaChild(words) is null ? words[0] : null;
    }
}
