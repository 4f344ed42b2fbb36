using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;
using static BriefingBot.Core.Answering.Checks.PricedThings;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// A price asked «now» of goods no market quotes by the hour («كم سعر كيلو الصوف الآن؟»، «كم سعر الكيلوغرام من الإسفنج
/// الخام اليوم؟») is the price the news last reported: where a passage says what the thing's price rose or fell to («إن سعر
/// الكيلوغرام من الإسفنج الخام ارتفع من نحو مئة وعشرين دينارًا إلى نحو ثلاثمئة دينار»), the end of that change is its
/// price today, though the passage never says «اليوم»; so is a price the news gives with no time (<see cref="QuotedUndated"/>). A currency, gold, oil, fuel or a share is quoted anew every hour, and
/// its price today is no briefing's (<see cref="LiveCheck"/> still asks a passage to say the day of it).
/// </summary>
internal static class ReportedPrice
{
    /// <summary>Words of the present a reader asks a price «now» by; not tomorrow's or yesterday's, which a report does not give.</summary>
    private static readonly IReadOnlySet<string> Present = FactWords.Set("اليوم", "الآن", "الان", "حاليا", "حالياً", "هلق", "هالأيام", "هاليومين");

    /// <summary>The price words a reader asks by.</summary>
    private static readonly IReadOnlySet<string> PriceWords = FactWords.Set("سعر", "أسعار");

    /// <summary>Things markets quote by the hour: what is asked of them «today» is a quote, not news.</summary>
    private static readonly IReadOnlySet<string> MarketQuoted = FactWords.Set(
        "ذهب", "فضة", "نفط", "برميل", "برنت", "بترول", "بنزين", "ديزل", "مازوت", "سولار", "سهم", "أسهم", "بورصة", "بيتكوين", "عملة", "صرف", "أونصة", "أوقية");

    /// <summary>Verbs that tell a price moved: what follows «إلى» (or «ليبلغ») is where it stands.</summary>
    private static readonly IReadOnlySet<string> ChangeVerbs = FactWords.Set(
        "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "انخفض", "انخفضت", "تراجع", "تراجعت", "هبط", "هبطت", "قفز", "قفزت", "تضاعف", "تضاعفت", "زاد", "زادت", "صعد", "صعدت");

    /// <summary>Words that open where a moved price stands: «إلى نحو ثلاثمئة دينار»، «ليبلغ ثمانية وعشرين دينارًا».</summary>
    private static readonly IReadOnlySet<string> Reaching = FactWords.Set("إلى", "الى", "ليبلغ", "لتبلغ", "ليصل", "لتصل");

    /// <summary>
    /// Whether the question asks the present price of goods no market quotes, and a passage shown reports where the price
    /// of the thing asked moved to, in a currency, in the clause that names both the price and the thing.
    /// </summary>
    public static bool Answers(JudgedAnswer answer)
    {
        var shape = answer.Shape;
        if (shape.NowWord is not { } now || !ArabicWordForms.AnyIn(now, Present)
            || shape.LiveValue is not { } value || !ArabicWordForms.AnyIn(value, PriceWords)
            || shape.Subject.Concat(shape.About).Any(w => ArabicWordForms.AnyIn(w, MarketQuoted) || Measures.IsUnit(w, FactWords.Currencies))
            || answer.TermOf(value) is not { Known: true } price
            || shape.Subject.Where(MayBeThingPriced).Select(answer.TermOf).FirstOrDefault(t => t is not null && Literal(t)) is not { } thing)
        {
            return false;
        }

        return answer.Shown.Any(passage => answer.Tokens(passage).Find(price.Variants)
            .Select(span => TimeInClauseCheck.ClauseAt(answer.Top[passage], span))
            .Any(clause => answer.Index.AnalyzePassage(clause).Find(thing.Variants).Count > 0 && (MovedTo(clause) || QuotedUndated(clause))));
    }

    /// <summary>Words of the past tense that date a price to before the news: «وكان سعر الكيلوغرام … قد بلغ».</summary>
    private static readonly IReadOnlySet<string> Past = FactWords.Set("كان", "كانت", "وكان", "وكانت");

    /// <summary>
    /// Whether the clause gives a sum in a currency with no time and no verb of the past: the price the news reports as
    /// standing («بينما يصل سعر الديرك إلى ثمانية آلاف ريال» for «كم سعر كيلو الديرك هالأيام؟»), where one given of a month
    /// or a year («بلغ … في الشهر الماضي») is that time's price, not today's.
    /// </summary>
    private static bool QuotedUndated(string clause) =>
        Measures.InUnits(FactWords.Currencies, clause) && !PassageFacts.HasTime(clause)
        && !ArabicText.FoldedWords(clause).Any(w => ArabicWordForms.AnyIn(w, Past));

    /// <summary>Whether the clause says a price moved («ارتفع»، «تضاعف») and then, after «إلى» or «ليبلغ», gives a sum in a currency.</summary>
    private static bool MovedTo(string clause)
    {
        var words = ArabicText.FoldedWords(clause).ToList();
        var moved = words.FindIndex(w => ArabicWordForms.AnyIn(w, ChangeVerbs));
        var reached = moved < 0 ? -1 : words.FindIndex(moved + 1, w => ArabicWordForms.AnyIn(w, Reaching));
        return reached >= 0 && Measures.InUnits(FactWords.Currencies, string.Join(' ', words.Skip(reached + 1)));
    }
}
