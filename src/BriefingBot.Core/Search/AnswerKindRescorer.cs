using System.Runtime.CompilerServices;
using BriefingBot.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// A question's word says what kind of answer it wants, and news writing marks that kind with its own words: «لماذا»
/// (ليش، ليه، علاش) is answered by a cause or a purpose («بسبب»، «لأنه»، «إذ»، «نتيجة»، «جراء»، «بهدف»), «كم» by a
/// number written out («ألف»، «مليون»، «نصف»). The question word is a stop word,
/// so the word search cannot see it: among the word search's best hits, a passage holding a word of the wanted kind gains
/// <see cref="SearchTuning.AnswerKindWeight"/> of its own score, enough to pass a near tie, not a clearly better match. The
/// markers are looked up as index terms at the hits (skips in posting lists), never read from stored text. «متى» with
/// the words of a time (months, days, «الماضي»، «بحلول») was tried too: it answered an off-topic «متى» question with a
/// passage's unrelated time, so it is left out (docs/search-quality.md); a «متى» asking what is to come («متى ستتوقف …؟»)
/// is answered by the rarer verbs of expecting and intending instead.
/// </summary>
internal sealed class AnswerKindRescorer
{
    private static readonly string[] HowMuch = ["كم", "قديش", "اديش", "شحال", "قداش", "بكم", "وكم", "جم", "بجم"];

    private static readonly string[] What = ["ما", "ماهو", "ماهي", "شو", "ايش", "إيش", "شنو", "واش"];

    /// <summary>The connectives of a cause or a purpose, which a passage answering «لماذا» holds.</summary>
    private static readonly string[] Cause =
    [
        "بسبب", "بسببه", "بسببها", "لأنه", "لأنها", "لأنهم", "إذ", "نتيجة", "جراء", "بفعل", "إثر", "بفضل", "أدى", "أدت",
        "يؤدي", "تؤدي", "مما", "بهدف", "يهدف", "تهدف", "لكي", "كي", "دفع", "دفعت", "يعود", "تعود",
    ];

    private static readonly string[] When = ["متى", "امتى", "إمتى", "ايمتى", "وقتاش", "فوقاش", "إيمتا", "امتا"];

    /// <summary>A cue standing for any future verb: «سـ» on a present tense («ستتوقف»، «سيرتفع»).</summary>
    private const string FutureVerb = "*future";

    /// <summary>The verbs of expecting and intending, which a passage answering «متى سـ…؟» holds.</summary>
    private static readonly string[] Forecast =
    [
        "يتوقع", "تتوقع", "يتوقعون", "المتوقع", "متوقع", "متوقعا", "توقعات", "يرتقب", "مرتقب", "المرتقب", "المنتظر",
        "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "يخطط", "تخطط", "بحلول", "المقرر", "مقرر", "مقررا",
    ];

    /// <summary>«أين» and its dialect spellings: with «من» before it, it asks where something comes from.</summary>
    private static readonly string[] Where = ["أين", "اين", "وين", "فين"];

    /// <summary>
    /// The verbs and nouns of coming, bringing and importing, which a passage answering «من أين …؟» holds («نقلت أولى
    /// أبقارها جوًا من ألمانيا»، «مستوردة من الصين»، «جلبت من بلاد الشام»): the place after «من» is any place, and «من» a
    /// stop word, so the verb is what marks the origin. «مصدر» is left out: unvowelled it is an exporter as often as a source.
    /// </summary>
    private static readonly string[] Origin =
    [
        "مستورد", "مستوردة", "مستوردا", "يستورد", "تستورد", "يستوردون", "تستوردها", "يستوردها", "استوردت", "استورد", "استيراد",
        "تأتي", "يأتي", "جاء", "جاءت", "جاؤوا", "جاءوا", "قادم", "قادمة", "قادمين", "قدموا", "وفدوا",
        "جلب", "جلبت", "جلبها", "جلبوا", "يجلب", "تجلب", "يجلبون", "استقدم", "استقدمت", "يستقدم",
        "أصل", "أصلها", "أصله", "يستمد", "تستمد", "نقلت", "نقلها", "نقلوا",
    ];

    /// <summary>Relative pronouns between «ما» and the word that says what is asked («ما الذي دفع …»).</summary>
    private static readonly HashSet<string> Relatives = ["الذي", "التي", "اللي", "يلي"];

    /// <summary>
    /// Kinds of answer, the most particular first: a «كم» question naming what it measures (a length, a price, a time)
    /// is answered by a number with that measure's unit («بطول ألف ومئتي كيلومتر»، «بخمسة عشر دولارًا»، «خلال ثلاثين
    /// شهرًا»), which a passage naming the subject with another number («ستة آلاف وظيفة») lacks. The cues are read
    /// without the article, a glued «و / ب / ل» or the future «س»; a cue marked «+» counts only right after the question
    /// word («كم ساعة»، «كم كيلومترًا»: «في السنة الأولى» asks no time), one marked «-» only right before it («من أين»);
    /// a kind with no cues is asked by its question word alone.
    /// </summary>
    private static readonly (string[] QuestionWords, string[] Cues, string[] Markers)[] Kinds =
    [
        (["لماذا", "ليش", "ليه", "علاش", "لمه"], [], Cause),
        (HowMuch, ["طول", "مسافة", "مساحة", "عمق", "يبعد", "تبعد", "يمتد", "تمتد", "+كيلومتر", "+كيلومترا", "+متر", "+مترا"],
         ["كيلومتر", "كيلومترًا", "كيلومترات", "كلم", "متر", "مترًا", "أمتار", "ميل", "أميال", "هكتار", "هكتارًا", "فدان", "دونم"]),
        (HowMuch, ["كلفة", "تكلفة", "يكلف", "تكلف", "كلف", "سعر", "أسعار", "ثمن", "قيمة", "ميزانية", "موازنة", "رسوم", "يدفع", "تدفع", "راتب", "أجر", "+دولار", "+دولارا"],
         ["دولار", "دولارًا", "دولارات", "ريال", "ريالًا", "ريالات", "جنيه", "جنيهًا", "جنيهات", "دينار", "دينارًا", "دنانير",
          "درهم", "دراهم", "يورو", "ليرة", "ليرات", "أوقية", "روبية"]),
        (HowMuch, ["مدة", "يستغرق", "تستغرق", "يدوم", "تدوم", "+ساعة", "+دقيقة", "+يوما", "+يوم", "+أسبوعا", "+شهرا", "+شهر", "+سنة", "+سنوات", "+عاما", "+عام"],
         ["دقيقة", "دقائق", "ساعة", "ساعات", "ساعتين", "يوم", "يومًا", "أيام", "يومين", "أسبوع", "أسابيع", "أسبوعين", "شهر",
          "شهرًا", "أشهر", "شهور", "شهرين", "سنة", "سنوات", "سنتين", "عام", "عامًا", "أعوام", "عامين"]),
        (HowMuch, [],
         ["ألف", "آلاف", "ألفين", "ألفا", "مليون", "ملايين", "مليونا", "مليار", "مليارات", "مئة", "مائة", "مئات", "عشرات",
          "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "نصف", "ثلث", "ربع", "أضعاف"]),

        // «ما سبب / ما الهدف من / ما الذي دفع …؟» asks «لماذا» with a noun or a verb of causing: the reason or the
        // purpose is the question's first word after «ما» (or after «ما الذي»), not any «سبب» further on («ما خسائر
        // الاقتصاد بسبب الازدحام؟» asks for losses), and «بماذا / كيف تفسر …؟» asks for the explanation.
        (What, ["+سبب", "+أسباب", "+هدف", "+أهداف", "+غاية", "+غرض", "+دافع", "+دوافع", "+داعي", "+دفع", "+يدفع", "+تدفع", "+جعل", "+يجعل", "+تجعل", "+أدى", "+يؤدي"], Cause),
        (["بماذا", "بم", "كيف"], ["تفسر", "يفسر", "يفسرون", "تبرر", "يبرر", "يبررون", "يعلل", "تعلل"], Cause),

        // «متى ستتوقف …؟»، «ما المتوقع …؟» asks for what is expected or planned, which news writing reports with its
        // verbs of expecting and intending («يتوقع»، «من المنتظر»، «تعتزم … بحلول»), where a passage sharing the
        // subject's words may only report what is done now. A future verb («سـ» on a present tense, the dialects'
        // «رح / راح / غادي») makes «متى» ask it; a time alone was tried and answered off-topic «متى» questions.
        (When, [FutureVerb, "رح", "راح", "غادي", "غادية"], Forecast),
        ([.. What, "ماذا", "متى", "هل", "كيف"], ["يتوقع", "تتوقع", "متوقع", "منتظر", "سيحدث", "سيصير", "مستقبل"], Forecast),

        // «من أين جاءت أول الأبقار؟»، «منين بيجيبوا …؟» asks where from, which a passage sharing the subject's words may
        // not tell («تضم المزرعة اليوم أربعة وعشرين ألف بقرة»): the one telling it holds a verb of coming or bringing.
        // «أين» alone asks where a thing is, which no verb marks.
        (Where, ["-من", "-ومن"], Origin),
        (["منين", "ومنين"], [], Origin),
    ];

    private readonly SearchTuning _tuning;
    private readonly List<(HashSet<string> QuestionWords, HashSet<string> Cues, HashSet<string> NextCues, HashSet<string> PreviousCues, AnswerKind Kind)> _kinds = [];

    /// <summary>
    /// Per segment (its core, which deletions leave alone) and kind, the passages holding any of the kind's markers:
    /// read once from the markers' postings, where looking up and advancing some 26 postings at the hits of every
    /// «كم» question cost 0.4 ms. A passage deleted since is never a hit, so the set may keep it.
    /// </summary>
    private readonly ConditionalWeakTable<object, FixedBitSet?[]> _marked = [];

    /// <summary>What a segment without any of a kind's markers keeps.</summary>
    private static readonly FixedBitSet NoMarker = new(1);

    public AnswerKindRescorer(Analyzer analyzer, SearchTuning tuning)
    {
        _tuning = tuning;
        foreach (var (questionWords, cues, markers) in Kinds)
        {
            _kinds.Add((
                questionWords.Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal),
                cues.Where(w => w[0] is not '+' and not '-').Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal),
                cues.Where(w => w[0] == '+').Select(w => ArabicText.Fold(w.AsSpan(1))).ToHashSet(StringComparer.Ordinal),
                cues.Where(w => w[0] == '-').Select(w => ArabicText.Fold(w.AsSpan(1))).ToHashSet(StringComparer.Ordinal),
                new AnswerKind(_kinds.Count, AnalyzedTerms.Of(analyzer, markers, wordsAsWritten: true))));
        }
    }

    /// <summary>The kind of answer the question, as typed, asks for (and the index terms marking it); null when it asks none.</summary>
    public AnswerKind? Markers(string question)
    {
        if (_tuning.AnswerKindWeight <= 0)
        {
            return null;
        }

        var words = question.Split([' ', '\t', '\n', '؟', '?', '،', ',', '.', '!'], StringSplitOptions.RemoveEmptyEntries).Select(w => ArabicText.Fold(w)).ToList();
        foreach (var (questionWords, cues, nextCues, previousCues, kind) in _kinds)
        {
            var asked = words.FindIndex(w => questionWords.Contains(w) || ArabicWordForms.WithoutConjunction(w, 3) is { } bare && questionWords.Contains(bare));
            if (asked >= 0
                && (cues.Count + nextCues.Count + previousCues.Count == 0
                    || words.Any(w => Readings(w).Any(cues.Contains) || cues.Contains(FutureVerb) && IsFutureVerb(w))
                    || Next(words, asked) is { } next && Readings(next).Any(nextCues.Contains)
                    || asked > 0 && previousCues.Contains(words[asked - 1])))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>A folded word read as a present tense with the future «سـ»: «ستتوقف»، «سيرتفع»، «سنبني».</summary>
    private static bool IsFutureVerb(string word) => word.Length >= 5 && word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن';

    /// <summary>The word after the question word, past a relative pronoun («ما الذي جعل …»); null at the end.</summary>
    private static string? Next(List<string> words, int asked)
    {
        var next = asked + 1;
        if (next < words.Count && Relatives.Contains(words[next]))
        {
            next++;
        }

        return next < words.Count ? words[next] : null;
    }

    /// <summary>A folded question word as written, and without the article, a glued «و / ب / ل» or the future «س».</summary>
    private static IEnumerable<string> Readings(string word)
    {
        yield return word;
        var bare = word.Length > 3 && word[0] == 'و' ? word[1..] : word;
        if (bare.Length > 4 && bare.StartsWith("ال", StringComparison.Ordinal))
        {
            yield return bare[2..];
        }
        else if (bare.Length > 5 && bare[0] is 'ب' or 'ل' && bare[1..].StartsWith("ال", StringComparison.Ordinal))
        {
            yield return bare[3..];
        }
        else if (bare.Length > 3 && bare[0] is 'ب' or 'ل' or 'س')
        {
            yield return bare[1..];
        }

        yield return bare;
    }

    /// <summary>The hits, those holding a marker raised by the weight × their score, best first.</summary>
    public ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] hits, AnswerKind kind, TieOrder ties)
    {
        var leaves = searcher.IndexReader.Leaves;
        var marked = new FixedBitSet?[leaves.Count];
        var any = false;
        for (var i = 0; i < leaves.Count; i++)
        {
            marked[i] = Marked(leaves[i], kind.Id);
            any |= marked[i] is not null;
        }

        // As the postings' walk: no marker in the index (deleted passages' included, as a term's document frequency
        // counts them), or fewer than two hits, leaves the hits as they came.
        if (!any || hits.Length < 2)
        {
            return hits;
        }

        return SegmentRescoringWalk.Rescore(searcher, hits, (segment, inSegment) =>
        {
            if (marked[segment.Ord] is not { } bits)
            {
                return;
            }

            foreach (var hit in inSegment)
            {
                if (bits.Get(hit.Doc - segment.DocBase))
                {
                    hit.Score *= 1 + _tuning.AnswerKindWeight;
                }
            }
        }, ties);
    }

    /// <summary>The segment's passages holding one of the kind's markers; null when none does.</summary>
    private FixedBitSet? Marked(AtomicReaderContext segment, int kind)
    {
        var reader = segment.AtomicReader;
        var byKind = _marked.GetValue(reader.CoreCacheKey, _ => new FixedBitSet?[_kinds.Count]);
        if (Volatile.Read(ref byKind[kind]) is { } known)
        {
            return ReferenceEquals(known, NoMarker) ? null : known;
        }

        var bits = new FixedBitSet(reader.MaxDoc);
        if (reader.GetTerms(PassageFields.Text)?.GetEnumerator() is { } terms)
        {
            DocsEnum? docs = null;
            foreach (var marker in _kinds[kind].Kind.Markers)
            {
                if (!terms.SeekExact(new BytesRef(marker)))
                {
                    continue;
                }

                docs = terms.Docs(null, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    bits.Set(doc);
                }
            }
        }

        var found = bits.Cardinality == 0 ? NoMarker : bits;
        Volatile.Write(ref byKind[kind], found);
        return ReferenceEquals(found, NoMarker) ? null : found;
    }
}

/// <summary>A kind of answer a question asks for («لماذا»: a cause, «كم»: a number) and the index terms that mark it.</summary>
internal sealed record AnswerKind(int Id, IReadOnlyList<string> Markers);
