using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;
using static BriefingBot.Core.Answering.Checks.Measures;
using static BriefingBot.Core.Answering.Checks.PricedThings;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for an attribute («عاصمة»، «سعر»، «وزير») the passages shown do not give of the subject asked:
/// <see cref="DeclineReason.AttributeUnknown"/>, <see cref="DeclineReason.AttributeNotOfSubject"/>,
/// <see cref="DeclineReason.NoMeasure"/>, <see cref="DeclineReason.PriceNotOfThing"/>, <see cref="DeclineReason.HolderNotNamed"/>.
/// </summary>
internal sealed partial class AttributeCheck : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var shape = answer.Shape;

        // Asked who heads a body by a verb («من يرأس الأكاديمية؟»), any office of heading answers: «مديرة أكاديمية التكوين».
        // A ministry is headed by its minister alone.
        if (shape.Attribute is { } word)
        {
            var verdict = JudgeAttribute(answer, word);
            if (verdict is not null && shape.AttributeImplied && FactWords.HeadOffices.Contains(word))
            {
                foreach (var head in FactWords.HeadOffices.Where(h => h != word))
                {
                    if (JudgeAttribute(answer, head) is null)
                    {
                        verdict = null;
                        break;
                    }
                }
            }

            if (verdict is not null)
            {
                return verdict;
            }
        }

        return null;
    }

    private static DeclineReason? JudgeAttribute(JudgedAnswer answer, string word)
    {
        var (shape, index, top, shown) = (answer.Shape, answer.Index, answer.Top, answer.Shown);
        // A builder is named by whichever verb of building the news chose, whatever the question's: «من بنى السدود؟» is
        // answered by «السدود التي أقامتها تركيا», a verb the question does not use.
        if (ArabicWordForms.AnyIn(word, FactWords.BuildingDeeds) && shown.Any(passage => BuiltBeside(answer, passage)))
        {
            return null;
        }

        // So is a founder, and the founding's time: «متى تأسس مخيم قمر رم؟» is told by «مخيم «قمر رم» الذي أقامه والده عام 1998»,
        // the verb after the thing with its pronoun, so that the thing is what was founded: «أنشأت الشركة مصنعًا» tells what
        // the company built, not when it was founded. The time itself is the time checks' to find in the verb's clause.
        if (ArabicWordForms.AnyIn(word, FactWords.FoundingDeeds) && shown.Any(passage => FoundedBeside(answer, passage)))
        {
            return null;
        }

        // Where a thing lies is told by the place the passage puts it in, whatever its verb: «برك تبخير شمسي تمتد … في منطقة
        // غور الصافي» for «أين تقع برك التبخير؟», which no briefing says by «تقع».
        if (ArabicWordForms.AnyIn(word, FactWords.Lying) && shown.Any(passage => PlacedBeside(answer, passage)))
        {
            return null;
        }

        // Pay is told by the verb of drawing it as often as by «راتب»: «الطبيب المقيم يتقاضى في تونس نحو ألف وتسعمئة دينار
        // شهريًا» gives the resident's salary. The sum follows the verb in its clause, and the verb follows the one paid.
        if (ArabicWordForms.AnyIn(word, FactWords.Pay) && shown.Any(passage => PaidBeside(answer, passage)))
        {
            return null;
        }

        // A thing's age is told by how far back it dates: «رسوم صخرية يعود أقدمها إلى نحو اثني عشر ألف عام» (AgeOfThing).
        if (IsAge(word) && shown.Any(passage => AgeOfThing.Beside(answer, passage)))
        {
            return null;
        }

        // A person asked of by their full name is told of where a passage names them in full (PersonNamedInFull): an age
        // after another name that shares a word of it («حليمة الزغلامي» for «حليمة أحمد») is that other's.
        var fullName = IsAge(word) ? PersonNamedInFull.Asked(answer) : PersonNamedInFull.None;
        bool OfPersonAsked(int passage) => fullName.NamedIn(passage);

        // A person's age is told by the ordinal of their year of life: «أصغرهم في الخامسة والأربعين» (AgeByOrdinal).
        if (IsAge(word) && shown.Any(passage => OfPersonAsked(passage) && AgeByOrdinal.Beside(answer, passage)))
        {
            return null;
        }

        // Conditions are told by the verb of setting them: «وتشترط سلطة الطيران المدني منذ حادث عام 2013 أن …» (ConditionTold).
        if (ConditionTold.Asks(word) && shown.Any(passage => ConditionTold.Beside(answer, passage)))
        {
            return null;
        }

        if ((answer.TermOf(word) ?? (shape.AttributeImplied ? LookUp(index, word) : null)) is not { } attribute)
        {
            return null;
        }

        // The unit it is asked in is no subject: «ما طول نهر الفرات بالكيلومترات؟» asks of the river.
        // The price of money lent is a rate: «سعر الفائدة» is given in per cent, not in a currency.
        var units = shape.Subject is [var first, ..] && UnitsOf(word) == FactWords.Currencies && ArabicWordForms.AnyIn(first, FactWords.Interest)
            ? FactWords.Percent
            : UnitsOf(word);
        var subject = shape.Subject.Where(w => units is null || !ArabicWordForms.AnyIn(w, units))
            .Select(answer.TermOf).OfType<TermMatch>().Where(t => t.Term != attribute.Term).DistinctBy(t => t.Term).ToList();
        if (!Literal(attribute))
        {
            // A measure the briefings never name is given by its units beside what is measured: «أربعين كيلوغرامًا من
            // الأمتعة» is the weight of the luggage, though no briefing says «وزن».
            // A distance is between two places, and the passage that gives it names both: «من العقبة إلى بغداد نحو ألف
            // وأربعمئة كيلومتر» for «كم تبعد بغداد عن العقبة؟», not a road's length from Baghdad to somewhere else.
            var ends = ArabicWordForms.AnyIn(word, FactWords.DistanceVerbs) ? subject.Where(Literal).ToList() : [];
            return units is not null && subject is [{ } measuredThing, ..] && Literal(measuredThing)
                && shown.Any(passage => UnitNear(units, top[passage], answer.Tokens(passage).Find(measuredThing.Variants))
                    && ends.All(end => answer.Has(passage, end)))
                ? null
                : DeclineReason.AttributeUnknown;
        }
        if (subject.Count > 0)
        {
            // The word right after the attribute names what it is asked of («سعر الأوقية»، «راتب السائقة»): the briefings
            // cannot give the attribute of a thing they never name, whatever the question's other words match.
            var known = subject.Where(Literal).ToList();
            if (!subject[0].Known || known.Count == 0 && units is null)
            {
                return DeclineReason.AttributeUnknown;
            }

            // The attribute of another country is not the one asked: «وزير النقل السوداني» for «من هو وزير النقل السعودي؟».
            var askedPlaces = shape.Subject.SelectMany(Gazetteer.PlacesNamedBy).ToHashSet(StringComparer.Ordinal);
            // An adjective of origin that qualifies a thing the passage names with the same adjective says which of the
            // briefing's things is asked of, not another country: «كم راتب المعلم في المدارس الهندية؟» asks of «المدارس
            // الهندية» in Dubai, which a passage on Dubai gives «سبعة آلاف درهم في المدارس الهندية».
            var qualified = QualifiedByOrigin(answer, shape.Subject);
            IReadOnlySet<string> PlacesAskedIn(int passage) =>
                qualified.Where(q => NamesAlike(answer.Tokens(passage), q.Thing, q.Origin)).SelectMany(q => q.Places).ToHashSet(StringComparer.Ordinal) is { Count: > 0 } met
                    ? askedPlaces.Where(p => !met.Contains(p)).ToHashSet(StringComparer.Ordinal)
                    : askedPlaces;
            // A body or a place asked of by its kind and its name («شركة ميرسك»، «مطار النفيضة»): the kind is said of every
            // one of them («الرئيس المدير العام للشركة» of another company), so the passage must name it as well, by the
            // word right after the kind: what follows it describes («شركة النورس للملاحة»: another shipping company is
            // «للملاحة» too).
            var kind = shape.Subject is [var kindWord, ..] && (SpeakerLexicon.IsBodyNoun(kindWord) || FactWords.PlaceKinds.Contains(kindWord)) ? answer.TermOf(kindWord) : null;
            var named = kind is null ? [] : known.Where(t => t.Term != kind.Term).Take(1).ToList();
            bool SaysOf(int passage) => (known.Any(s => Near(answer.Tokens(passage), attribute, s))
                    || IsAge(word) && known.Count > 0 && (AgeAfter(top[passage], answer.Tokens(passage).Find(known[^1].Variants)) || AgeAfterSpeaker(answer, passage))
                    || known.Count > 0 && SaidBack(
                        top[passage],
                        [.. answer.Tokens(passage).Find(attribute.Variants), .. shape.AttributeImplied ? HeadingVerbsOf(top[passage], word) : []],
                        answer.Tokens(passage).Find(known[^1].Variants)))
                && (named.Count == 0 || named.Any(t => answer.HasOrTitled(passage, t)))
                && OfPersonAsked(passage)
                && (PlacesAskedIn(passage) is not { Count: > 0 } places
                    || !OfOtherPlace(top[passage], answer.Tokens(passage).Find(attribute.Variants), places, () => answer.TitlePlacesOf(passage)));

            // A measure in its units answers where the passage speaks of the subject («كم سعر التذكرة؟»: «تباع التذكرة
            // بأربعة ريالات»), not wherever a number and a unit appear.
            if (!shown.Any(SaysOf)
                && !shown.Any(passage => units is not null && InUnits(units, top[passage]) && subject.Any(s => s.Known && answer.Tokens(passage).Find(s.Variants).Count > 0)))
            {
                return DeclineReason.AttributeNotOfSubject;
            }

            // Asked how much, the measure is a number in its units beside what is measured or the attribute itself («تباع
            // التذكرة بأربعة ريالات»، «سعر الرحلة الواحدة بأربعة ريالات»): «بأسعار ارتفعت بنسبة الثلث» says the price
            // rose, and «مئة وعشرين مليون دينار» a clause away from «عبوة» is what something else cost.
            // «ما سرعة القطار؟» asks a measure as «كم سرعة …» does.
            // A length is told as a distance too: «بين جيبوتي وأديس أبابا على مسافة سبعمئة وخمسين كيلومترًا».
            var alike = ArabicWordForms.AnyIn(word, FactWords.Lengths)
                ? FactWords.Lengths.Where(w => !ArabicWordForms.Readings(word).Contains(w)).Select(w => LookUp(index, w)).OfType<TermMatch>().Where(t => t.Known).ToList()
                : [];
            if (shape.Expected is ExpectedAnswer.Number or ExpectedAnswer.Any && units is not null && subject[0].Known
                && !shown.Any(passage => UnitNear(units, top[passage], [.. answer.Tokens(passage).Find(subject[0].Variants), .. answer.Tokens(passage).Find(attribute.Variants), .. alike.SelectMany(t => answer.Tokens(passage).Find(t.Variants)), .. (answer.HasOrTitled(passage, subject[0]) ? AwayAt(word, top[passage]) : [])])))
            {
                return DeclineReason.NoMeasure;
            }

            // A price is of the thing priced, the subject's first word that is no unit it is priced by («لتر») and no
            // place: «كيس السكر … اثنين وثلاثين دولارًا» in a market is no price of a litre of milk there.
            // A ticket is priced by what it rides as well.
            // PricedInItsClause: the thing priced is named in the clause that gives the sum, not only somewhere in a passage
            // that gives one («خمسة وعشرين ألف شتلة … مجانًا، وأن كلفة البرنامج تبلغ … فرنك» prices no seedling). What a
            // ticket rides may be named a clause away from the fare («سعر الرحلة الواحدة بأربعة ريالات … بين المترو»).
            if (shape.Expected is ExpectedAnswer.Number or ExpectedAnswer.Any && units == FactWords.Currencies
                && shape.Subject.Where(MayBeThingPriced).ToList() is [var thingWord, .. var rest]
                && answer.TermOf(thingWord) is { } thing && Literal(thing) && thing.Term != attribute.Term
                && ThingsPriced([(thingWord, thing), .. answer.LiteralTerms(rest.Take(2))]) is var things
                && !shown.Any(passage => InUnits(units, top[passage])
                    && things.Any(t => t == things[0] ? SumInClauseOf(top[passage], answer.Tokens(passage).Find(t.Variants)) : answer.Has(passage, t))))
            {
                return DeclineReason.PriceNotOfThing;
            }

            // Who holds the office is told where a person is quoted or named in it («قال وزير الأشغال … رامي الخطيب»);
            // «وأعلن وزير الصحة اللبناني أن …» tells what the office said, not who holds it. Narration that quotes no
            // one («أدى وزير المالية الجديد اليمين») may name the holder in a way no rule reads, and is kept. The office
            // must be said as an office, not as the body it heads (BodyOfOffice): «أعلنت مديرية آثار دهوك» and «من مديرية
            // آثار دهوك» after a quoted engineer's name name no director.
            // Where a passage shown heads the body asked, the holder is named there: «رئيس غرفة صناعة حلب» in one passage and
            // a named «رئيس الجمعية الحرفية لصناعة الصابون في حلب» in another name no head of the chamber. Where none heads it,
            // the office of another body is OfficeOfBodyCheck's to decline.
            var headed = shape.AsksHolder && shown.Any(passage => OfficeOfBodyCheck.HeadsTheBodyAsked(answer, passage));
            if (shape.AsksHolder && !shown.Any(passage => SaysOf(passage)
                    && (shape.AttributeImplied || answer.Tokens(passage).Find(attribute.Variants).Any(s => !BodyOfOffice.Names(top[passage].Substring(s.Start, s.Length), word)))
                    && (!headed || OfficeOfBodyCheck.HeadsTheBodyAsked(answer, passage))
                    && (NamesSomeone(answer.PassageAt(passage), shape.Subject) || Narrates(answer.PassageAt(passage)))))
            {
                return DeclineReason.HolderNotNamed;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the passage names the one whose pay is asked (the subject's first word that is no place), then a verb of
    /// drawing pay (<see cref="FactWords.PayVerbs"/>) in the same clause, then a sum in a currency in the verb's clause: a
    /// number before the unit, not «يتقاضى راتبه بالدينار», which says what money it is paid in.
    /// </summary>
    private static bool PaidBeside(JudgedAnswer answer, int passage)
    {
        var text = answer.Top[passage];
        var paid = answer.Shape.Subject.Where(w => !FactWords.Prepositions.Contains(w) && !Gazetteer.PlacesNamedBy(w).Any()).Take(1)
            .Select(answer.TermOf).OfType<TermMatch>().Where(Literal)
            .SelectMany(t => answer.Tokens(passage).Find(t.Variants)).ToList();
        if (paid.Count == 0)
        {
            return false;
        }

        var words = WordPattern().Matches(text);
        return words
            .Where(m => ArabicWordForms.AnyIn(ArabicText.Fold(m.Value), FactWords.PayVerbs))
            .Any(m => paid.Any(s => s.Start < m.Index && OneClause(text, s.Start, m.Index))
                && words.Any(u => u.Index > m.Index && IsUnit(ArabicText.Fold(u.Value), FactWords.Currencies) && OneClause(text, m.Index, u.Index)
                    && PassageFacts.HasNumber(text[m.Index..u.Index])));
    }

    /// <summary>How far a verb of building may stand from the thing built: «فنادق جديدة … على شاطئ المغسيل، شيدتها مجموعة عمران».</summary>
    private const int BuiltDistance = 80;

    /// <summary>
    /// Whether the passage has a verb of building (<see cref="FactWords.BuildingVerbs"/>) within <see cref="BuiltDistance"/>
    /// of the noun naming what the question asks the builder of, in one sentence. The noun is the subject's first word that
    /// is no place: a place says where the thing is, and an adjective («الجديد») is said of other things built.
    /// </summary>
    private static bool BuiltBeside(JudgedAnswer answer, int passage)
    {
        var text = answer.Top[passage];
        var words = answer.Shape.Subject.Where(w => !FactWords.Prepositions.Contains(w) && !Gazetteer.PlacesNamedBy(w).Any())
            .Select(answer.TermOf).OfType<TermMatch>().Where(Literal).ToList();
        var built = words.Take(1).SelectMany(t => answer.Tokens(passage).Find(t.Variants)).ToList();
        // Where the passage names the noun, the verb may stand beside another of the subject's words that says which one:
        // «خط السكة الحديد الكهربائي، الذي بنته شركتان صينيتان … ويقطعها قطار الشحن» for «من شيد القطار الكهربائي؟».
        if (built.Count > 0)
        {
            built = [.. built, .. words.Skip(1).SelectMany(t => answer.Tokens(passage).Find(t.Variants))];
        }
        return built.Count > 0 && WordPattern().Matches(text)
            .Where(m => ArabicWordForms.AnyIn(ArabicText.Fold(m.Value), FactWords.BuildingVerbs))
            .Any(m => built.Any(s => Math.Abs(s.Start - m.Index) <= BuiltDistance && OneSentence(text, s.Start, m.Index)));
    }

    /// <summary>
    /// Whether the passage has, after the noun naming what the question asks the founding of (as in <see cref="BuiltBeside"/>)
    /// and within <see cref="BuiltDistance"/> in its sentence, a verb of building or founding that ends in the object pronoun
    /// pointing back to it: «مخيم «قمر رم» الذي أقامه والده».
    /// </summary>
    private static bool FoundedBeside(JudgedAnswer answer, int passage)
    {
        var text = answer.Top[passage];
        var noun = answer.Shape.Subject.Where(w => !FactWords.Prepositions.Contains(w) && !Gazetteer.PlacesNamedBy(w).Any()).Take(1).ToList();
        var founded = noun.Select(answer.TermOf).OfType<TermMatch>().Where(Literal)
            .SelectMany(t => answer.Tokens(passage).Find(t.Variants))
            .Where(s => SameGender(noun[0], ArabicText.Fold(text.Substring(s.Start, s.Length)))).ToList();
        return founded.Count > 0 && WordPattern().Matches(text)
            .Where(m => ArabicText.Fold(m.Value) is var verb && (verb.EndsWith('ه') || verb.EndsWith("ها", StringComparison.Ordinal))
                && (ArabicWordForms.AnyIn(verb, FactWords.BuildingVerbs) || ArabicWordForms.AnyIn(verb, FactWords.FoundingVerbs)))
            .Any(m => founded.Any(s => m.Index > s.Start && m.Index - s.Start <= BuiltDistance && OneSentence(text, s.Start, m.Index)));
    }

    /// <summary>
    /// Whether the passage's word is the question's noun in its gender: the stemmer takes the feminine «ة» off, so that
    /// «جامعة» meets «الجامع», a mosque built in 1172 for «متى تأسست جامعة الموصل؟». A feminine noun is said with its «ة»,
    /// before a pronoun as «ت» («جامعتها»), or in its plural («جامعات»); a masculine one without them.
    /// </summary>
    private static bool SameGender(string asked, string said)
    {
        var feminine = asked.EndsWith('ه');
        return ArabicWordForms.Readings(asked).Select(r => feminine ? r[..^1] : r).Where(stem => stem.Length >= 2)
            .Any(stem => ArabicWordForms.Readings(said).Any(r => r.StartsWith(stem, StringComparison.Ordinal)
                && (r.Length > stem.Length && r[stem.Length] is 'ه' or 'ت' || r.AsSpan(stem.Length).StartsWith("ات", StringComparison.Ordinal)) == feminine));
    }

    /// <summary>
    /// Whether the passage names what the question asks the place of (the subject's first word that is no place) and, after it
    /// in its sentence and within <see cref="BuiltDistance"/>, a place or a word of whereabouts (<see cref="FactWords.Whereabouts"/>,
    /// <see cref="FactWords.PlaceKinds"/>).
    /// </summary>
    private static bool PlacedBeside(JudgedAnswer answer, int passage)
    {
        var text = answer.Top[passage];
        var words = answer.Shape.Subject.Where(w => !FactWords.Prepositions.Contains(w) && !FactWords.RelativePronouns.Contains(w) && !Gazetteer.PlacesNamedBy(w).Any())
            .Take(2).Select(answer.TermOf).OfType<TermMatch>().Where(Literal).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        // Named with the word after it, as the question names it: «مقر الرابطة بحي الملقا» is the seat of another body than
        // «مقر شركة الرياضة».
        var after = words.Count > 1 ? answer.Tokens(passage).Find(words[1].Variants) : [];
        var placed = answer.Tokens(passage).Find(words[0].Variants)
            .Where(s => words.Count < 2 || after.Any(a => a.Start > s.Start && a.Start - (s.Start + s.Length) <= NamedWithin)).ToList();
        // A word of whereabouts may open the sentence before the thing: «على الضفة الغربية لشط العرب، جنوب مدينة البصرة، يمتد
        // قضاء أبي الخصيب …». A bare place name before it is not read so: it is as often where the news was said.
        return placed.Count > 0 && WordPattern().Matches(text)
            .Select(m => (Match: m, Word: ArabicText.Fold(m.Value)))
            .Where(m => ArabicWordForms.AnyIn(m.Word, FactWords.Whereabouts) || ArabicWordForms.AnyIn(m.Word, FactWords.PlaceKinds) || Gazetteer.PlacesNamedBy(m.Word).Any())
            .Any(m => placed.Any(s => (m.Match.Index > s.Start || ArabicWordForms.AnyIn(m.Word, FactWords.Whereabouts))
                && Math.Abs(m.Match.Index - s.Start) <= BuiltDistance && OneSentence(text, s.Start, m.Match.Index)));
    }

    /// <summary>How far the word after a thing's noun may stand from it: «برك تبخير» with at most a word between.</summary>
    private const int NamedWithin = 12;

    /// <summary>Whether no full stop, question mark or semicolon stands between the two positions.</summary>
    private static bool OneSentence(string text, int from, int to)
    {
        var (start, end) = from < to ? (from, to) : (to, from);
        return text.AsSpan(start, end - start).IndexOfAny(".؟?!؛;") < 0;
    }

    /// <summary>
    /// The subject's adjectives of origin after a noun («المدارس الهندية»، «الجالية المصرية»), each with that noun and the
    /// places it names; the first word is the attribute's own complement («وزير النقل السعودي» qualifies the office), not one.
    /// </summary>
    private static List<(TermMatch Thing, TermMatch Origin, List<string> Places)> QualifiedByOrigin(JudgedAnswer answer, IReadOnlyList<string> subject) =>
        [.. subject.Select((w, i) => (Word: w, At: i))
            .Where(x => x.At >= 2 && Gazetteer.IsAdjectiveOfPlace(x.Word) && !Gazetteer.IsAdjectiveOfPlace(subject[x.At - 1]))
            .Select(x => (Thing: answer.TermOf(subject[x.At - 1]), Origin: answer.TermOf(x.Word), Places: Gazetteer.PlacesOfAdjective(x.Word).ToList()))
            .Where(x => x.Thing is { Known: true } && x.Origin is { Known: true })
            .Select(x => (x.Thing!, x.Origin!, x.Places))];

    /// <summary>Whether the passage names the thing with the adjective right after it: «في المدارس الهندية».</summary>
    private static bool NamesAlike(AnalyzedPassage passage, TermMatch thing, TermMatch origin)
    {
        var after = passage.Find(origin.Variants);
        return after.Count > 0 && passage.Find(thing.Variants).Any(t => after.Any(o => o.Start - (t.Start + t.Length) is >= 0 and <= 2));
    }

    /// <summary>
    /// Whether the attribute is said by a verb whose subject is a pronoun for a name earlier in its sentence: «وتستحوذ شركة
    /// هرمود … وقد تأسست عام 2002» tells when Hormuud was founded, after «قد» or a relative pronoun («الشركة، التي تأسست …»).
    /// </summary>
    private static bool SaidBack(string text, IReadOnlyList<TextSpan> attribute, IReadOnlyList<TextSpan> subject) =>
        attribute.Any(a => ArabicText.FoldedWords(text[Math.Max(0, a.Start - 8)..a.Start]) is [.., var before] && FactWords.ReferringBack.Contains(before)
            && subject.Any(s => s.Start < a.Start && text.AsSpan(s.Start, a.Start - s.Start).IndexOfAny(".؟?!") < 0));

    /// <summary>
    /// Where the passage heads a body by the verb of the office asked, its object a pronoun («المنطقة الاقتصادية، التي
    /// يرأسها وليد جمال الدين»): news names a head this way as often as by the office's noun, which the index cannot meet
    /// from the verb.
    /// </summary>
    private static List<TextSpan> HeadingVerbsOf(string text, string office) =>
        [.. WordPattern().Matches(text)
            .Where(m => FactWords.OfficeHeadedByPronounVerb(ArabicText.Fold(m.Value)) == office)
            .Select(m => new TextSpan(m.Index, m.Length))];

    /// <summary>
    /// Whether the passage quotes someone by name: a speaker that is no place, and does not open with a title, an office or
    /// a body («وزير الصحة»، «الهيئة»), as what is said without a name is recorded.
    /// </summary>
    internal static bool NamesSomeone(Passage passage) => NamesSomeone(passage, []);

    /// <summary>
    /// Whether the passage quotes someone by name other than the body asked of: a speaker named only by words of the
    /// question's subject is that body speaking, whatever the parser took for the name. «وقال مدير سياحة دهوك إن …» is
    /// recorded as said by «سياحة دهوك», the office's complement, and names no director of it.
    /// </summary>
    internal static bool NamesSomeone(Passage passage, IReadOnlyList<string> subject) =>
        passage.AllSpeakers.Select(ArabicText.FoldedWords).Any(name => name.Count > 0
            && !name.All(subject.Contains)
            && !(name.Count == 1 && ArabicWordForms.AnyIn(name[0], Gazetteer.Places))
            && !SpeakerLexicon.IsTitle(name[0]) && !SpeakerLexicon.IsInstitution(name[0]) && !ArabicWordForms.AnyIn(name[0], FactWords.Offices));

    /// <summary>
    /// Whether every time the text says the attribute it names, within the few words after it, a place and none of the
    /// places asked: «وزير النقل السوداني» is the minister of another country than «السعودي». A mention with no place
    /// after it may be of the place asked, which the briefing need not repeat.
    /// </summary>
    private static bool OfOtherPlace(string text, IReadOnlyList<TextSpan> attribute, IReadOnlySet<string> asked, Func<IReadOnlySet<string>> title) =>
        attribute.Count > 0 && attribute.All(at =>
        {
            var end = Math.Min(text.Length, at.Start + at.Length + SubjectAfter);
            var after = ArabicText.FoldedWords(text[(at.Start + at.Length)..end]).Take(PlaceWordsAfter).SelectMany(Gazetteer.PlacesNamedBy).ToHashSet(StringComparer.Ordinal);
            // An office with no place after it is of the country the briefing is about: «وزير النقل» in a briefing titled «الخطوط
            // التونسية: …» is Tunisia's, no answer to «من هو وزير النقل المغربي؟».
            var of = after.Count > 0 ? after : title();
            return of.Count > 0 && !of.Overlaps(asked);
        });

    /// <summary>Whether the attribute asks a person's age: «كم عمر …؟»، «ما عمره؟».</summary>
    private static bool IsAge(string attribute) => attribute is "عمر" or "عمره" or "عمرها";

    /// <summary>How far after a name its apposition may tell the age: «محمد العجمي، وهو موظف حكومي في الأربعين من عمره».</summary>
    private const int AgeDistance = 80;

    /// <summary>
    /// Whether a person's age is told after one of the mentions of their surname (the subject's last word), in the apposition to the name the news gives it in: «من
    /// عمره/عمرها» or «البالغ من العمر» within <see cref="AgeDistance"/> characters, no stop between.
    /// </summary>
    private static bool AgeAfter(string text, IReadOnlyList<TextSpan> mentions) =>
        mentions.Any(m =>
        {
            var from = m.Start + m.Length;
            var end = Math.Min(text.Length, from + AgeDistance);
            var stop = text.AsSpan(from, end - from).IndexOfAny(".؛;");
            var words = ArabicText.FoldedWords(text[from..(stop < 0 ? end : from + stop)]);
            return words.Where((w, i) => i > 0 && words[i - 1] == "من" && w is "عمره" or "عمرها" or "العمر").Any();
        });

    /// <summary>
    /// Whether the age is told after the name of someone the passage quotes whom the question names, wherever the name stands
    /// in it: «في أي عمر تعلمت حليمة الزغلامي النسيج؟» ends with what she learnt, not her surname, and «حليمة الزغلامي، وهي
    /// في الثانية والستين من عمرها» tells her age. Only a speaker's name is read so: another word of the question before
    /// «من عمره» may be anyone's.
    /// </summary>
    private static bool AgeAfterSpeaker(JudgedAnswer answer, int passage)
    {
        var names = answer.PassageAt(passage).AllSpeakers.SelectMany(ArabicText.FoldedWords).ToHashSet(StringComparer.Ordinal);
        return answer.Shape.Subject.Where(names.Contains).Select(answer.TermOf).OfType<TermMatch>().Where(t => t.Known)
            .Any(t => AgeAfter(answer.Top[passage], answer.Tokens(passage).Find(t.Variants)));
    }

    /// <summary>How many words after an attribute may name whose it is: «وزير النقل والمواصلات السوداني».</summary>
    private const int PlaceWordsAfter = 4;

    /// <summary>Whether the passage quotes no one: no speaker, and no «أن/إن» opening what someone said.</summary>
    internal static bool Narrates(Passage passage) =>
        !passage.AllSpeakers.Any() && !ArabicText.FoldedWords(passage.Text).Any(w => w is "ان" or "وان" or "بان");

    /// <summary>How far (in characters) a measure's unit may be from what it measures: «تباع التذكرة بأربعة ريالات».</summary>
    private const int UnitDistance = 40;

    /// <summary>Whether the text gives a number in one of the units within <see cref="UnitDistance"/> of one of the spans.</summary>
    private static bool UnitNear(IReadOnlySet<string> units, string text, IReadOnlyList<TextSpan> measured)
    {
        if (measured.Count == 0 || !InUnits(units, text))
        {
            return false;
        }

        return WordPattern().Matches(text)
            .Where(m => IsUnit(ArabicText.Fold(m.Value), units))
            .Any(m => measured.Any(s => Math.Abs(s.Start - m.Index) <= UnitDistance || OneClause(text, s.Start, m.Index)));
    }

    /// <summary>
    /// Where the text tells a distance by «على بعد», asked by a verb of distance: «تقع في الصحراء الغربية على بعد نحو ثلاثمئة
    /// كيلومتر جنوب مرسى مطروح» gives how far Siwa is («كم تبعد واحة سيوة عن مرسى مطروح؟»), though the place named at the
    /// start of the sentence is a clause away from its kilometres and the verb's noun is a word the index reads as «after».
    /// The passage (or its title) names what lies away: «واحة الأزرق، الواقعة على بعد نحو مئة كيلومتر شرقي عمّان» tells
    /// how far Azraq is from Amman, not Petra.
    /// </summary>
    private static IEnumerable<TextSpan> AwayAt(string word, string text) =>
        ArabicWordForms.AnyIn(word, FactWords.DistanceVerbs)
            ? AwayPattern().Matches(text).Select(m => new TextSpan(m.Index, m.Length))
            : [];

    [System.Text.RegularExpressions.GeneratedRegex(@"على\s+بعد")]
    private static partial System.Text.RegularExpressions.Regex AwayPattern();

    /// <summary>How far a clause may carry a measure from what it measures: one sentence of news, not a paragraph.</summary>
    private const int ClauseDistance = 120;

    /// <summary>
    /// Whether no comma, stop or colon stands between the two positions, which are at most <see cref="ClauseDistance"/>
    /// apart: «ويبلغ سعر التذكرة في الدرجة الثانية بين طنجة والدار البيضاء مئة وتسعة وأربعين درهمًا» gives the price at the
    /// end of its clause, however long what it is the price of.
    /// </summary>
    private static bool OneClause(string text, int from, int to)
    {
        var (start, end) = from < to ? (from, to) : (to, from);
        return end - start <= ClauseDistance && text.AsSpan(start, end - start).IndexOfAny("،,.؛;:") < 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}+")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();

    /// <summary>
    /// How far after an attribute its subject may start («رئيس الهيئة العليا المستقلة للانتخابات»: the attribute's
    /// complement), and how far before it («تونس العاصمة»: one word), in characters.
    /// </summary>
    private const int SubjectAfter = 30;

    private const int SubjectBefore = 12;

    /// <summary>
    /// Whether the passage says the attribute of the subject: the subject right after it, or one word before it.
    /// Anywhere in the passage is not enough: «مصر على أربعة مصادر رئيسية» is no president of Egypt.
    /// </summary>
    private static bool Near(AnalyzedPassage passage, TermMatch attribute, TermMatch subject)
    {
        if (!attribute.Known || !subject.Known)
        {
            return false;
        }

        var at = passage.Find(attribute.Variants);
        var of = at.Count == 0 ? [] : passage.Find(subject.Variants);
        return at.Any(a => of.Any(s => s.Start - a.Start is > 0 and <= SubjectAfter || a.Start - s.Start is > 0 and <= SubjectBefore));
    }
}
