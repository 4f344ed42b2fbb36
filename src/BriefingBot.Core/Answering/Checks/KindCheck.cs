using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question of a thing of a kind the passages shown give it not (<see cref="DeclineReason.OtherKind"/>).</summary>
internal sealed class KindCheck : IAnswerCheck
{
    // A thing asked of by its kind («ديون الصومال الداخلية») is not the one the passages speak of as the opposite kind:
    // «ديونه الخارجية» is the foreign debt, «الصوامع الحكومية» no private silos. Judged only where a passage shown gives the
    // thing the opposite kind and none gives it the kind asked; a passage that names it with no kind may still answer.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        foreach (var (nouns, kind) in answer.Shape.Kinds)
        {
            var opposed = FactWords.OpposedKinds[kind];
            foreach (var noun in nouns)
            {
                if (answer.TermOf(noun) is not { Known: true } term || term.Fuzzy)
                {
                    continue;
                }

                var given = answer.Shown.SelectMany(passage => answer.Tokens(passage).Find(term.Variants).Select(span => KindsAfter(answer.Top[passage], span))).ToList();
                if (given.Any(k => k.Overlaps(opposed)) && !given.Any(k => k.Contains(kind)))
                {
                    return DeclineReason.OtherKind;
                }
            }
        }

        return null;
    }

    /// <summary>The kinds the few words right after the noun give it, in its clause: «ديونه الخارجية»، «صوامع القطاع الخاص».</summary>
    private static HashSet<string> KindsAfter(string text, TextSpan at)
    {
        var end = at.Start + at.Length;
        var rest = text[end..Math.Min(text.Length, end + KindAfter)];
        var stop = rest.IndexOfAny(['،', ',', '.', '؛']);
        return ArabicText.FoldedWords(stop < 0 ? rest : rest[..stop]).Take(KindWords).Select(QuestionShape.KindOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>How many words after the noun may still give its kind: the noun's own adjective, or its construct's.</summary>
    private const int KindWords = 3;

    /// <summary>How far after the noun its kind is read (characters).</summary>
    private const int KindAfter = 40;
}
