using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Rule «the parent of the one just heard»: «ويشتري أبو حيدر الحطب …، ويقول إن …» then «ابنه حيدر كاظم الساعدي، …، ويقول
/// حيدر إن …» then «لكن والده لا يقتنع بالفكرة، إذ يرى أن»: the kin word before the child's name («ابنه»، «ابنتها») says
/// whose child they are — the person heard before them, whose gender the pronoun shows, even across a heading — so «والده /
/// أبوه / والدته / أمه» as the subject while the child is being heard is that person. Only what the text states joins them:
/// a child met without such a kin word before their name has no parent here, and a parent's word is read only while the
/// child is the one being heard.
/// </summary>
internal sealed class ParentOfTheOneHeard
{
    private readonly Dictionary<int, int> _parentOf = [];

    /// <summary>
    /// Records <paramref name="parent"/> (the person heard before the paragraph) as the parent of <paramref name="child"/>,
    /// first met in this paragraph, when the paragraph writes a kin word of the parent's gender right before the child's
    /// given name («ابنه حيدر»، «أما ابنته الصغرى، زينب»); otherwise nothing.
    /// </summary>
    public void Learn(Paragraph paragraph, KnownSpeakers known, int child, int? parent)
    {
        if (parent is not { } p || p == child || _parentOf.ContainsKey(child) || SpeakerNames.Words(known[child].Name) is not { Count: > 0 } name)
        {
            return;
        }

        var words = paragraph.Words;
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (KinWordOfAParent(words[k].Surface) is not { } parentFeminine || parentFeminine != known[p].Feminine)
            {
                continue;
            }

            // «ابنه حيدر»، or one adjective and a comma between («ابنته الصغرى، زينب،»).
            for (var j = k + 1; j < words.Count && j <= k + 2; j++)
            {
                if (words[j].Folded == name[0])
                {
                    _parentOf[child] = p;
                    return;
                }

                if (words[j].OpensQuote || words[j].EndsSentence)
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The parent of <paramref name="current"/> when <paramref name="found"/> is a parent's word with the pronoun («والده»،
    /// «أمها») of the gender the parent has; null otherwise.
    /// </summary>
    public int? Of(Attribution found, Paragraph paragraph, KnownSpeakers known, int? current)
    {
        if (current is not { } child || !_parentOf.TryGetValue(child, out var parent)
            || (found is { Kind: AttributionKind.TitleOnly or AttributionKind.Surname, Name: { } word } && ArabicText.FoldedWords(word) is [var named] ? named
                : found.Kind == AttributionKind.None ? SubjectAtTheHead(paragraph.Words) : null) is not { } only)
        {
            return null;
        }

        // «ووالده»، «فأمه»: the conjunction is no part of the word; «والده» itself begins with «و».
        var feminine = ParentsWord(only) ?? (only.Length > 3 && only[0] is 'و' or 'ف' ? ParentsWord(only[1..]) : null);
        return feminine is { } f && known[parent].Feminine == f ? parent : null;
    }

    /// <summary>
    /// «لكن والده لا يرى في الحساسات حلًا لكل شيء، إذ يرى أن»: a parent's word heading the paragraph (after «لكن / أما / و»)
    /// as the subject of a sentence that goes on to say something, where no rule read a speaker; the word, folded, or null.
    /// </summary>
    private static string? SubjectAtTheHead(List<Word> words)
    {
        var h = words.Count > 1 && words[0].Folded is "لكن" or "ولكن" or "اما" or "واما" && !words[0].EndsClause ? 1 : 0;
        return words.Count > h + 2 && !words[h].EndsClause && SaysLaterInTheSentence.JoinedVerb(words, h) is not null ? words[h].Folded : null;
    }

    /// <summary>«والده»، «أبوها» (false) or «والدته»، «أمه» (true), folded; null for another word.</summary>
    private static bool? ParentsWord(string folded) => folded switch
    {
        "والده" or "ابوه" or "والدها" or "ابوها" => false,
        "والدته" or "امه" or "والدتها" or "امها" => true,
        _ => null,
    };

    /// <summary>
    /// «ابنه»، «ابنتها»: a child's kin word with the pronoun of the parent, as written (the folded «ابنه» is also «ابنة», a
    /// daughter «of» what follows, which says nothing of whose); whether the parent is a woman, or null for another word.
    /// </summary>
    private static bool? KinWordOfAParent(string surface)
    {
        var bare = new string(surface.Where(c => c is < '\u064B' or > '\u0652').ToArray()).TrimEnd('،', ',');
        bare = bare.Length > 4 && bare[0] is 'و' or 'ف' ? bare[1..] : bare;
        return bare switch
        {
            "ابنه" or "ابنته" => false,
            "ابنها" or "ابنتها" => true,
            _ => null,
        };
    }
}
