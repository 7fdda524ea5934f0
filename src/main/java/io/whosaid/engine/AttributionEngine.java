package io.whosaid.engine;

import io.whosaid.engine.QuoteMarkScanner.QuotedSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every quote in a news article and its speaker. Stages, each reading what the earlier ones
 * produced: parse ({@link NlpPipeline}) → quotation marks ({@link QuoteMarkScanner}) → people and
 * organisations ({@link EntityIndex}) → cues and their content ({@link CueFinder}) → speakers
 * ({@link SpeakerResolver}) → quotes. Thread-safe: every call builds its own per-article state.
 */
public final class AttributionEngine {

    /** Bumped whenever a change can alter results: cached results of older versions are not served. */
    public static final String VERSION = "whosaid-engine/0.5.19 (corenlp-4.5.10)";

    /** Quoted text shorter than this with no cue of its own is a scare quote or a title, not a quote. */
    private static final int MIN_UNATTRIBUTED_WORDS = 4;
    /** Pronouns that can open a clause about one person. */
    private static final Set<String> PERSONAL = Set.of("he", "she");
    /** A transcriber's note standing alone: "(CROSSTALK.)", "[Applause]". */
    private static final Pattern STAGE_DIRECTION = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]][.,]?\\s*");
    /** The speaker label opening a transcript line: "HOST:", "MR. BAKER:". */
    /** Between a report and a quotation that goes on with it: a comma or a dash (with any closing marks). */
    private static final Pattern APPENDING_GAP = Pattern.compile("[\\p{Pf}\"'\u201D\u2019]*\\s*(,|\\s[-\u2013\u2014])\\s*");
    /**
     * What may join the items of a list of quoted words: "“slow,” and “costly”", "a “menace,” a
     * “coward” and a “liar”" (a comma may stand inside the closing mark); a list needs a comma or
     * a conjunction somewhere in it.
     */
    private static final Pattern LISTING_GAP = Pattern.compile(
            "[\\p{Pf}\"'\u201D\u2019]*(,?\\s+(and|or)\\s+|,\\s+|\\s+)((a|an|the)\\s+)?");
    private static final Pattern TRANSCRIPT_LABEL = Pattern.compile("\\p{Lu}[\\p{Lu}.' -]+:");

    private final NlpPipeline pipeline;
    private final Lexicon lexicon;
    private final CueFinder cueFinder;
    private final StanceDetector stanceDetector;

    public AttributionEngine(NlpPipeline pipeline, Lexicon lexicon) {
        this.pipeline = pipeline;
        this.lexicon = lexicon;
        this.cueFinder = new CueFinder(lexicon);
        this.stanceDetector = new StanceDetector(lexicon);
    }

    /** Loads the models and word lists: takes several seconds, do it once. */
    public static AttributionEngine load() {
        Lexicon lexicon = Lexicon.load();
        return new AttributionEngine(new NlpPipeline(lexicon), lexicon);
    }

    /** Every quote with its speaker, and its stance toward the quote's own topic. */
    public Attribution attribute(String text) {
        return attribute(text, null);
    }

    /** Every quote with its speaker and its stance toward {@code target} (null or blank: no target). */
    public Attribution attribute(String text, String target) {
        return attribute(text, target, StageListener.NONE);
    }

    /** As {@link #attribute(String, String)}, telling {@code stages} how long each stage took. */
    public Attribution attribute(String text, String target, StageListener stages) {
        // The rules read the prose with any HTML masked in place; quote texts are sliced from the
        // text as submitted, so they always equal submitted[start:end].
        String prose = MarkupMask.mask(text);
        List<TextSpan> photoCredits = PhotoCredits.find(prose);
        ParsedDocument document = pipeline.parse(PhotoCredits.mask(prose, photoCredits), stages);
        NlpPipeline.stopIfInterrupted();
        long start = System.nanoTime();
        Attribution found = new ArticleAttribution(document, photoCredits).run();
        long attributed = System.nanoTime();
        stages.stageFinished(StageListener.ATTRIBUTION, attributed - start);
        List<Quote> quotes = stanceDetector.assess(document, found.quotes(), target).stream()
                .map(q -> q.withText(text.substring(q.span().start(), q.span().end())))
                .toList();
        stages.stageFinished(StageListener.STANCE, System.nanoTime() - attributed);
        return new Attribution(quotes, found.speakers());
    }

    /** Per-article state of one {@link #attribute} call. */
    private final class ArticleAttribution {

        private final ParsedDocument document;
        private final String text;
        private final List<QuotedSpan> quoted;
        private final boolean[] quotedUsed;
        private final EntityIndex entities;
        private final SpeakerResolver resolver;
        private final List<Quote> quotes = new ArrayList<>();
        /** Each attribution with the speaker it resolved to: words quoted inside one are that speaker's. */
        private final Map<TextSpan, SpeakerResolver.Resolution> attributions = new LinkedHashMap<>();
        private final Map<String, Person> persons = new LinkedHashMap<>();
        private final List<TranscriptTurns.Turn> turns;
        private final List<TextSpan> furniture;

        ArticleAttribution(ParsedDocument document, List<TextSpan> photoCredits) {
            this.document = document;
            this.text = document.text();
            List<QuotedSpan> marked = QuoteMarkScanner.scan(text, document.paragraphs());
            this.furniture = TranscriptTurns.furniture(text, document.paragraphs());
            // a quoted title is nobody's words, nor is a page's furniture a transcript left in
            // quotation marks; a name inside them is still nobody of the story
            this.quoted = marked.stream().filter(q -> !isQuotedTitle(q) && !insideFurniture(q.inner())).toList();
            this.quotedUsed = new boolean[quoted.size()];
            List<TextSpan> inner = marked.stream().map(QuotedSpan::inner).toList();
            this.entities = EntityIndex.build(document, lexicon, marked.stream().map(QuotedSpan::outer).toList());
            this.resolver = new SpeakerResolver(document, entities, lexicon, inner,
                    PhotoCaptions.in(text, document.paragraphs(), photoCredits));
            this.turns = TranscriptTurns.find(text, document.paragraphs(), label -> personLabelled(label) != null);
        }

        Attribution run() {
            List<Cue> cues = new ArrayList<>(cueFinder.find(document));
            cues.sort(Comparator.comparingInt(c -> c.attribution().start()));
            for (Cue cue : cues) {
                if (insideQuotedText(cue.attribution())) {
                    continue; // a speech verb inside quotation marks is the speaker's, not the narrator's
                }
                if (insideTranscriptTurn(cue.attribution())) {
                    continue; // "HOST: ... you said ...": the words are the interviewee's
                }
                if (insideFurniture(cue.attribution())) {
                    continue; // "READ MORE: ..., minister says": another story's headline
                }
                if (insideReportedContent(cue.core())) {
                    continue; // "X said Y claimed Z": one speech act, X's
                }
                SpeakerResolver.Resolution who = resolver.resolve(cue.sentence(), cue.source());
                if (who == null || cue.negated()) {
                    continue;
                }
                attributions.putIfAbsent(cue.attribution(), who);
                attachCue(cue, who);
            }
            keepWithoutOverlaps();
            attachSignatures();
            keepWithoutOverlaps();
            attachAdjacentCues();
            keepWithoutOverlaps();
            attachColonIntroductions();
            keepWithoutOverlaps();
            attachTranscriptTurns();
            keepWithoutOverlaps();
            attachHeadlineClaim();
            keepWithoutOverlaps();
            attachUncuedQuotes();
            keepWithoutOverlaps();
            joinQuotationsAppendedToReports();
            joinListedQuotations();
            giveEveryQuoteItsSpeakersRole();
            return new Attribution(quotes, summarise());
        }

        /**
         * "urged the club to honour its founder - “the kindest man I knew.”", "said some parents had
         * “real doubts” about the plan, “but not the teachers.”": a quotation appended with a comma or a
         * dash to what the same speaker is reported to say goes on with that report, so the two are
         * one mixed quote, as news corpora mark it.
         */
        private void joinQuotationsAppendedToReports() {
            for (int i = quotes.size() - 2; i >= 0; i--) {
                Quote report = quotes.get(i);
                Quote appended = quotes.get(i + 1);
                QuotedSpan quotation = quotationWithInner(appended.span());
                if (report.type() == QuoteType.DIRECT || appended.type() != QuoteType.DIRECT || quotation == null
                        || report.speaker() == null || appended.speaker() == null
                        || !report.speaker().name().equals(appended.speaker().name())
                        || report.span().end() > quotation.outer().start()
                        || !APPENDING_GAP.matcher(text.substring(report.span().end(), quotation.outer().start())).matches()) {
                    continue;
                }
                joinWithNext(i, new TextSpan(report.span().start(), quotation.outer().end()));
            }
        }

        /**
         * "called the plan a “giveaway” and a “shell game”", "spoke of “rising rents,” and “empty
         * shops” and “a town that waits”": quoted words listed with "and" or "or" are one
         * characterisation, so the quote that lists them and the same speaker's quotation that ends
         * the list are one mixed quote. Only fragments (lowercase openings) are listed: two quoted
         * sentences joined by "and" stay two speech acts.
         */
        private void joinListedQuotations() {
            for (int i = quotes.size() - 2; i >= 0; i--) {
                Quote first = quotes.get(i);
                Quote last = quotes.get(i + 1);
                QuotedSpan lastQuotation = quotationWithInner(last.span());
                QuotedSpan firstQuotation = first.type() == QuoteType.DIRECT ? quotationWithInner(first.span()) : null;
                if (last.type() != QuoteType.DIRECT || lastQuotation == null || first.type() == QuoteType.DIRECT
                        && (firstQuotation == null || !opensLowercase(first.span()))
                        || !opensLowercase(last.span()) || first.speaker() == null || last.speaker() == null
                        || !first.speaker().name().equals(last.speaker().name())) {
                    continue;
                }
                int start = firstQuotation != null ? firstQuotation.outer().start() : first.span().start();
                int from = firstQuotation != null ? firstQuotation.outer().end() : first.span().end();
                if (!listedUpTo(from, lastQuotation)) {
                    continue;
                }
                joinWithNext(i, new TextSpan(start, lastQuotation.outer().end()));
            }
        }

        /** Quote {@code i} and the one after it become one mixed quote over {@code joined}, with the first one's cue and speaker. */
        private void joinWithNext(int i, TextSpan joined) {
            Quote first = quotes.get(i);
            Quote next = quotes.get(i + 1);
            quotes.set(i, new Quote(joined, slice(joined), QuoteType.MIXED, first.cue(), first.frame(), first.speaker(),
                    Math.min(first.confidence(), next.confidence()), null));
            quotes.remove(i + 1);
            resolver.reported(joined);
        }

        /** Whether only list joins and quotations (“a,” and “b” and) lead from {@code from} to {@code target}. */
        private boolean listedUpTo(int from, QuotedSpan target) {
            int at = from;
            for (int items = 0; items < 8; items++) {
                Matcher gap = LISTING_GAP.matcher(text).region(at, text.length());
                if (!gap.lookingAt()) {
                    return false;
                }
                boolean joined = gap.group(2) != null || gap.group(1).contains(",") || commaClosesQuotationAt(at);
                if (!joined) {
                    return false; // "“menace” “coward”": no list without a comma or a conjunction
                }
                int next = gap.end();
                if (next == target.outer().start()) {
                    return true;
                }
                QuotedSpan between = quotationOpeningAt(next);
                if (between == null || between.outer().end() >= target.outer().start()) {
                    return false;
                }
                at = between.outer().end();
            }
            return false;
        }

        /** Whether the quotation whose closing mark ends right before {@code end} closes on a comma ("“menace,”"). */
        private boolean commaClosesQuotationAt(int end) {
            int i = end - 1;
            while (i > 0 && Token.isQuoteMark(text.charAt(i))) {
                i--;
            }
            return i < end - 1 && text.charAt(i) == ',';
        }

        private boolean opensLowercase(TextSpan span) {
            for (int i = span.start(); i < span.end(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    return Character.isLowerCase(c);
                }
            }
            return false;
        }

        private QuotedSpan quotationOpeningAt(int offset) {
            for (QuotedSpan q : quoted) {
                if (q.outer().start() == offset) {
                    return q;
                }
            }
            return null;
        }

        private QuotedSpan quotationWithInner(TextSpan inner) {
            for (QuotedSpan q : quoted) {
                if (q.inner().equals(inner)) {
                    return q;
                }
            }
            return null;
        }

        /**
         * Every quote of a person carries the role the whole article gives them: one stated after
         * their first quote ("..., says the star goalkeeper") or spelled out later ("the trauma
         * surgeon at the city hospital") reaches their earlier quotes too.
         */
        private void giveEveryQuoteItsSpeakersRole() {
            for (int i = 0; i < quotes.size(); i++) {
                Speaker speaker = quotes.get(i).speaker();
                Person person = speaker == null || speaker.kind() != SpeakerKind.PERSON ? null : persons.get(speaker.name());
                if (person != null && person.role() != null && !person.role().equals(speaker.role())) {
                    quotes.set(i, quotes.get(i).withSpeaker(speaker.withRole(person.role())));
                }
            }
        }

        private void attachCue(Cue cue, SpeakerResolver.Resolution who) {
            TextSpan content = cue.content() == null ? null : fromQuoteAfterSentenceEnd(cue.content());
            if (content == null) {
                int q = cue.introducesNext() ? nextQuoted(cue.attribution()) : adjacentQuoted(cue.core());
                if (q >= 0) {
                    addDirect(q, cue, who, 0.9);
                }
                return;
            }
            List<Integer> inside = new ArrayList<>();
            for (int q = 0; q < quoted.size(); q++) {
                if (quoted.get(q).inner().overlaps(content)) {
                    inside.add(q);
                }
            }
            if (inside.isEmpty()) {
                if (wordCount(content) >= 3) {
                    add(content, QuoteType.INDIRECT, cue, who, 0.85);
                }
                return;
            }
            if (lettersOutside(content, inside) <= 4) {
                for (int q : inside) {
                    addDirect(q, cue, who, 0.95);
                }
                return;
            }
            TextSpan span = content;
            for (int q : inside) {
                quotedUsed[q] = true;
                span = span.union(quoted.get(q).outer());
            }
            add(clipToParagraph(span, content), QuoteType.MIXED, cue, who, 0.85);
        }

        /** Tweets and vox pops signed "— Name": the statement before the dash is the name's. */
        private void attachSignatures() {
            for (SignatureFinder.Signature signature : SignatureFinder.find(document)) {
                TextSpan statement = signature.statement();
                if (quotes.stream().anyMatch(q -> q.span().overlaps(statement))) {
                    continue;
                }
                SpeakerResolver.Resolution who = resolver.resolve(signature.sentence(), signature.nameHead());
                if (who == null) {
                    continue;
                }
                int whole = -1;
                for (int q = 0; q < quoted.size(); q++) {
                    if (quoted.get(q).outer().start() == statement.start() && quoted.get(q).outer().end() >= statement.end() - 1) {
                        whole = q;
                    }
                }
                if (whole >= 0) {
                    quotedUsed[whole] = true;
                    add(quoted.get(whole).inner(), QuoteType.DIRECT, null, null, located(who), 0.85 * who.certainty());
                } else {
                    for (int q = 0; q < quoted.size(); q++) {
                        quotedUsed[q] |= statement.contains(quoted.get(q).outer());
                    }
                    add(statement, QuoteType.INDIRECT, null, null, located(who), 0.75 * who.certainty());
                }
            }
        }

        /** Quotes the parse-based cues missed but whose attribution stands right next to them. */
        private void attachAdjacentCues() {
            AdjacentCueFinder finder = new AdjacentCueFinder(document, lexicon);
            for (int q = 0; q < quoted.size(); q++) {
                if (quotedUsed[q]) {
                    continue;
                }
                TextSpan outer = quoted.get(q).outer();
                AdjacentCueFinder.Match match = finder.after(outer);
                if (match == null) {
                    match = finder.before(outer);
                }
                if (match == null) {
                    continue;
                }
                SpeakerResolver.Resolution who = resolver.resolve(match.sentence(), match.source());
                if (who != null) {
                    String cue = document.sentences().get(match.sentence()).token(match.verb()).word();
                    String frame = lexicon.frameOf(document.sentences().get(match.sentence()).token(match.verb()).lemma());
                    quotedUsed[q] = true;
                    add(quoted.get(q).inner(), QuoteType.DIRECT, cue, frame, located(who), 0.9 * who.certainty());
                }
            }
        }

        /**
         * "Lee, the clinic's founder, put it plainly: “...”", "Lee answered the critics in one line: “...”": a
         * quotation right after a colon that ends a clause about somebody is what that subject said,
         * though no speech verb says so. Confidence stays low: the verb is not a cue.
         */
        private void attachColonIntroductions() {
            for (int q = 0; q < quoted.size(); q++) {
                TextSpan outer = quoted.get(q).outer();
                int colon = outer.start() - 1;
                while (colon >= 0 && Character.isWhitespace(text.charAt(colon)) && text.charAt(colon) != '\n') {
                    colon--;
                }
                if (quotedUsed[q] || colon < 0 || text.charAt(colon) != ':') {
                    continue;
                }
                int[] at = document.tokenAtOrAfter(colon);
                if (at == null) {
                    continue;
                }
                ParsedSentence s = document.sentences().get(at[0]);
                int subject = clauseSubjectBefore(s, at[1]);
                SpeakerResolver.Resolution who = subject < 0 ? null : resolver.resolve(s.index(), subject);
                if (who == null || who.speaker().kind() == SpeakerKind.ORGANIZATION && who.person() == null
                        && lexicon.isDocumentNoun(s.token(subject).lemma())) {
                    continue;
                }
                quotedUsed[q] = true;
                add(quoted.get(q).inner(), QuoteType.DIRECT, null, null, located(who), 0.6 * who.certainty());
            }
        }

        /**
         * Who the clause ending at token {@code colon} is about, read from the tokens (such sentences
         * often go unparsed): a person or a he/she opening the sentence (after "But"/"And"), else the
         * last person before the colon whose verb follows within three words ("... after the vote,
         * when Lee posted this:"). A verb must stand between that person and the colon. -1 if none.
         */
        private int clauseSubjectBefore(ParsedSentence s, int colon) {
            if (colon >= s.size() || !s.token(colon).word().equals(":")) {
                return -1;
            }
            int first = 0;
            while (first < colon && s.token(first).pos().equals("CC")) {
                first++;
            }
            int subject = -1;
            if (first < colon && (s.token(first).isPronoun() && PERSONAL.contains(s.token(first).word().toLowerCase(Locale.ROOT))
                    || startsPerson(s, first))) {
                subject = first;
                while (subject + 1 < colon && entities.personAt(s.index(), subject + 1) != null) {
                    subject++; // the name's last word, where the resolver looks
                }
            } else {
                for (int t = colon - 1; t >= 0 && subject < 0; t--) {
                    if (entities.personAt(s.index(), t) != null && verbWithin(s, t + 1, Math.min(colon, t + 4))) {
                        subject = t;
                    }
                }
            }
            return subject >= 0 && verbWithin(s, subject + 1, colon) ? subject : -1;
        }

        private boolean startsPerson(ParsedSentence s, int t) {
            // "Dr. Jo Roe": an honorific before the name
            return entities.personAt(s.index(), t) != null
                    || t + 1 < s.size() && lexicon.honorificGender(s.token(t).word()) != null
                    && entities.personAt(s.index(), t + 1) != null;
        }

        private static boolean verbWithin(ParsedSentence s, int from, int to) {
            for (int t = from; t < to; t++) {
                if (s.token(t).isFiniteVerb()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "PENCE: Well, look, ...": a transcript turn is its speaker's direct quote, the label left
         * out of the span; quotation marks inside the turn are part of it, not quotes of their own.
         */
        private void attachTranscriptTurns() {
            for (TranscriptTurns.Turn turn : turns) {
                for (int q = 0; q < quoted.size(); q++) {
                    if (quoted.get(q).outer().overlaps(turn.speech())) {
                        quotedUsed[q] = true;
                    }
                }
                Person person = personLabelled(turn.label());
                // a label met nowhere else is only itself ("WALLACE" tagged as a name): printed as a name
                boolean namedElsewhere = person != null && !person.fullName().equals(person.fullName().toUpperCase(Locale.ROOT));
                String name = namedElsewhere ? person.fullName() : TranscriptTurns.asName(turn.label());
                SpeakerKind kind = person == null && lexicon.isTitleWord(name) ? SpeakerKind.UNNAMED : SpeakerKind.PERSON;
                Speaker speaker = new Speaker(name, turn.label(), person == null ? null : person.role(), kind);
                if (person != null) {
                    persons.putIfAbsent(speaker.name(), person);
                }
                add(turn.speech(), QuoteType.DIRECT, null, null, speaker.withMentionSpan(turn.labelSpan()),
                        person == null ? 0.7 : 0.8);
            }
        }

        /**
         * "Lee: Bridge Will Close in May": a headline that opens with a name and a colon states what
         * that person (or organisation) says, as news headlines do. Only the article's first
         * paragraph, when it is one short line, and only a name the article uses for a person or
         * an organisation the tagger knows; "Lee on Taxes: ..." names the speaker the same way.
         */
        private void attachHeadlineClaim() {
            if (document.paragraphs().isEmpty() || document.sentences().isEmpty()) {
                return;
            }
            TextSpan headline = document.paragraphs().get(0);
            String line = slice(headline);
            int colon = line.indexOf(": ");
            if (colon <= 0 || line.indexOf('\n') >= 0 || line.split("\\s+").length > 30) {
                return;
            }
            String label = line.substring(0, colon);
            int on = label.indexOf(" on ");
            String name = on > 0 ? label.substring(0, on) : label;
            List<String> words = List.of(name.split("\\s+"));
            if (words.size() > 3 || words.stream().anyMatch(w -> !Character.isUpperCase(w.charAt(0)))) {
                return;
            }
            Speaker speaker = null;
            Person person = entities.personNamed(words);
            if (person != null) {
                persons.putIfAbsent(person.fullName(), person);
                speaker = new Speaker(person.fullName(), name, person.role(), SpeakerKind.PERSON);
            } else if (namesAnOrganization(headline.start(), headline.start() + name.length())) {
                speaker = new Speaker(entities.fullOrganizationName(name), name, null, SpeakerKind.ORGANIZATION);
            }
            if (speaker == null) {
                return;
            }
            int start = headline.start() + colon + 2;
            int end = headline.end();
            while (end > start && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
                end--;
            }
            TextSpan claim = new TextSpan(start, end);
            boolean quotesInside = false;
            for (int q = 0; q < quoted.size(); q++) {
                if (claim.contains(quoted.get(q).outer())) {
                    quotedUsed[q] = true;
                    quotesInside = true;
                }
            }
            add(claim, quotesInside ? QuoteType.MIXED : QuoteType.INDIRECT, null, null,
                    speaker.withMentionSpan(new TextSpan(headline.start(), headline.start() + name.length())), 0.6);
        }

        /** Whether every token from {@code from} to {@code to} is a proper noun, one tagged as an organisation. */
        private boolean namesAnOrganization(int from, int to) {
            boolean organization = false;
            for (ParsedSentence s : document.sentences()) {
                for (int t = 0; t < s.size(); t++) {
                    Token token = s.token(t);
                    if (token.begin() >= from && token.end() <= to) {
                        if (!token.isProperNoun()) {
                            return false;
                        }
                        organization |= token.isOrganization();
                    }
                }
                if (s.size() > 0 && s.token(s.size() - 1).end() >= to) {
                    break;
                }
            }
            return organization;
        }

        /** The person the article names with a transcript label's words ("MR. BAKER": Tom Baker), or null. */
        private Person personLabelled(String label) {
            List<String> words = new ArrayList<>();
            for (String word : TranscriptTurns.asName(label).split(" ")) {
                if (lexicon.honorificGender(word) == null && lexicon.honorificGender(word.replace(".", "")) == null) {
                    words.add(word);
                }
            }
            return words.isEmpty() ? null : entities.personNamed(words);
        }

        private boolean insideFurniture(TextSpan span) {
            for (TextSpan line : furniture) {
                if (line.contains(span)) {
                    return true;
                }
            }
            return false;
        }

        private boolean insideTranscriptTurn(TextSpan span) {
            for (TranscriptTurns.Turn turn : turns) {
                if (turn.speech().contains(span)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A title in quotation marks ("the hymn “Rock of Ages in the Valley”"), unless it is what a
         * speech verb right before it takes: words spoken in title case ("chanted “Lock Him Up”").
         */
        private boolean isQuotedTitle(QuotedSpan span) {
            if (!QuotedTitles.isTitle(text, span.inner(), document.paragraphs())) {
                return false;
            }
            int[] before = document.tokenBefore(span.outer().start());
            if (before == null) {
                return true;
            }
            ParsedSentence s = document.sentences().get(before[0]);
            int verb = before[1];
            if (verb > 0 && Set.of(",", ":").contains(s.token(verb).word())) {
                verb--;
            }
            return !(s.token(verb).isVerb() && lexicon.isSpeechVerb(s.token(verb).lemma()));
        }

        private void attachUncuedQuotes() {
            for (int q = 0; q < quoted.size(); q++) {
                if (quotedUsed[q]) {
                    continue;
                }
                QuotedSpan span = quoted.get(q);
                if (STAGE_DIRECTION.matcher(slice(span.inner())).matches()) {
                    continue; // "(CROSSTALK)", "[inaudible]": the transcriber's words
                }
                // (a word or two in quotation marks there is a name: a show, a nickname, a programme)
                SpeakerResolver.Resolution describing = wordCount(span.inner()) >= MIN_UNATTRIBUTED_WORDS
                        ? attributionAround(span.outer()) : null;
                if (describing != null) {
                    // "Jo Roe, who joined “to meet people on Tuesdays” last fall, says ...": words quoted
                    // in what the sentence tells of its speaker are that speaker's
                    quotedUsed[q] = true;
                    add(span.inner(), QuoteType.DIRECT, null, null, describing.speaker(), 0.7 * describing.certainty());
                    continue;
                }
                Quote previous = previousQuoteFor(span);
                if (previous != null && isStrayMark(span, previous)) {
                    continue;
                }
                boolean fragment = wordCount(span.inner()) < MIN_UNATTRIBUTED_WORDS && !startsSentenceOrParagraph(span);
                if (previous != null && previous.speaker() != null && !fragment) {
                    quotedUsed[q] = true;
                    add(span.inner(), QuoteType.DIRECT, null, null, previous.speaker(),
                            0.75 * Math.min(1.0, previous.confidence() + 0.05));
                } else if (wordCount(span.inner()) >= MIN_UNATTRIBUTED_WORDS && startsSentenceOrParagraph(span)) {
                    quotedUsed[q] = true;
                    Speaker narrated = narratedSpeakerOf(span);
                    add(span.inner(), QuoteType.DIRECT, null, null, narrated, narrated == null ? 0.2 : 0.5);
                }
            }
        }

        /** The resolved speaker of the attribution this quotation stands inside, or null. */
        private SpeakerResolver.Resolution attributionAround(TextSpan quotation) {
            for (Map.Entry<TextSpan, SpeakerResolver.Resolution> e : attributions.entrySet()) {
                if (e.getKey().start() <= quotation.start() && quotation.end() <= e.getKey().end()) {
                    return e.getValue();
                }
            }
            return null;
        }

        /**
         * The speaker of a quote that is a sentence of its own after narration, with no cue and no
         * quote right before it ("At 30, Lee broke her leg in a fall.\n\n“My leg still aches.”"): the one person the narration since the last quote has as a subject; with
         * no one named since, the last quote's speaker within two paragraphs; else null. Transcript
         * lines ("HOST: ...") name their own speaker and are left alone.
         */
        private Speaker narratedSpeakerOf(QuotedSpan span) {
            int paragraph = Paragraphs.indexOf(document.paragraphs(), span.outer().start());
            int[] next = document.tokenAtOrAfter(span.outer().end());
            if (next != null && next[1] > 0) {
                return null; // the sentence goes on past the quote ("...," she said): its cue decides
            }
            if (next != null && cueFollows(next[0], paragraph)) {
                return null; // "“...!” his niece, state Del. Jo Marsh, shouted.": a cue the parse missed
            }
            if (TRANSCRIPT_LABEL.matcher(slice(span.inner())).lookingAt()) {
                return null;
            }
            Quote latest = null;
            for (Quote quote : quotes) {
                if (quote.span().end() <= span.outer().start()
                        && paragraph - Paragraphs.indexOf(document.paragraphs(), quote.span().start()) <= 2
                        && (latest == null || quote.span().start() > latest.span().start())) {
                    latest = quote;
                }
            }
            int from = latest != null ? latest.span().end()
                    : document.paragraphs().get(Math.max(0, paragraph - 2)).start();
            Map<Person, Mention> subjects = resolver.narratorSubjectsBetween(from, span.outer().start());
            if (subjects.isEmpty()) {
                return latest != null && !resolver.narratorNamesSomeoneBetween(from, span.outer().start())
                        ? latest.speaker() : null;
            }
            if (subjects.size() > 1) {
                return null;
            }
            Map.Entry<Person, Mention> only = subjects.entrySet().iterator().next();
            Person person = only.getKey();
            if (!fitsNarratorPronouns(person, from, span.outer().start())) {
                return null; // "She then questioned him ...": the narration is about someone else
            }
            persons.putIfAbsent(person.fullName(), person);
            return new Speaker(person.fullName(), only.getValue().text(), person.role(), SpeakerKind.PERSON)
                    .withMentionSpan(only.getValue().span());
        }

        /** Whether every "he" or "she" the narrator uses between the offsets can be this person. */
        private boolean fitsNarratorPronouns(Person person, int from, int to) {
            for (ParsedSentence s : document.sentences()) {
                if (s.end() <= from || s.begin() >= to) {
                    continue;
                }
                for (Token token : s.tokens()) {
                    if (token.begin() < from || token.end() > to || insideQuotedText(new TextSpan(token.begin(), token.end()))) {
                        continue;
                    }
                    Gender gender = lexicon.pronounGender(token.word());
                    if (gender != null && !person.gender().compatibleWith(gender)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * Whether the narration from sentence {@code first} to the next quotation in the paragraph has
         * a speech verb: the quote before it has a cue the parse could not use (a split at "Del." is
         * enough to break it).
         */
        private boolean cueFollows(int first, int paragraph) {
            for (int i = first; i < document.sentences().size(); i++) {
                ParsedSentence s = document.sentences().get(i);
                if (s.paragraph() != paragraph || Token.isQuoteMark(s.token(0).word())) {
                    return false;
                }
                for (Token token : s.tokens()) {
                    if (token.pos().startsWith("VB") && lexicon.isSpeechVerb(token.lemma())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The quote this uncued quote continues: an earlier quote in the same paragraph ("A," he said.
         * "B."), or, when the quote opens its paragraph, the last quote of the previous paragraph.
         */
        private Quote previousQuoteFor(QuotedSpan span) {
            int paragraph = Paragraphs.indexOf(document.paragraphs(), span.outer().start());
            Quote best = null;
            for (Quote quote : quotes) {
                if (quote.span().start() >= span.outer().start()) {
                    continue;
                }
                int qParagraph = Paragraphs.indexOf(document.paragraphs(), quote.span().start());
                boolean samePara = qParagraph == paragraph;
                boolean previousPara = qParagraph == paragraph - 1
                        && span.outer().start() == document.paragraphs().get(paragraph).start();
                if ((samePara || previousPara) && (best == null || quote.span().start() > best.span().start())) {
                    best = quote;
                }
            }
            return best;
        }

        /**
         * A mark that opens a paragraph and is never closed, of the other kind than the quote just
         * before it (a straight mark after curly ones): pasted excerpts keep such marks, while a
         * quote that runs on over paragraphs reopens each with the same kind of mark.
         */
        private boolean isStrayMark(QuotedSpan span, Quote previous) {
            QuotedSpan before = quotationWithInner(previous.span());
            return !span.closed() && before != null
                    && isStraightMark(text.charAt(span.outer().start())) != isStraightMark(text.charAt(before.outer().start()));
        }

        private static boolean isStraightMark(char c) {
            return c == '"' || c == '\'';
        }

        private boolean startsSentenceOrParagraph(QuotedSpan span) {
            return startsSentence(span.outer().start())
                    // the splitter hangs an opening '' on the sentence before, as if it closed that one
                    || startsSentence(span.inner().start());
        }

        private boolean startsSentence(int offset) {
            int[] at = document.tokenAtOrAfter(offset);
            return at != null && at[1] == 0 && document.sentences().get(at[0]).begin() == offset;
        }

        private void addDirect(int q, Cue cue, SpeakerResolver.Resolution who, double base) {
            if (quotedUsed[q]) {
                return;
            }
            quotedUsed[q] = true;
            add(quoted.get(q).inner(), QuoteType.DIRECT, cue, who, base);
        }

        private void add(TextSpan span, QuoteType type, Cue cue, SpeakerResolver.Resolution who, double base) {
            add(span, type, cue.text(), cue.frame(), located(who), base * who.certainty());
        }

        /**
         * The resolved speaker with the offsets of the mention at the cue ("he" in "he said"), and
         * the person behind it remembered, so the speaker list can give every mention of them.
         */
        private Speaker located(SpeakerResolver.Resolution who) {
            Speaker speaker = who.speaker();
            if (who.person() != null) {
                persons.putIfAbsent(speaker.name(), who.person());
            }
            TextSpan at = mentionAround(speaker.mention(), who.offset());
            return at == null ? speaker : speaker.withMentionSpan(at);
        }

        /** Where {@code mention} stands in the text so that it covers {@code offset}; else the token there. */
        private TextSpan mentionAround(String mention, int offset) {
            if (offset < 0 || offset >= text.length()) {
                return null;
            }
            if (mention != null && !mention.isEmpty()) {
                for (int i = text.indexOf(mention, Math.max(0, offset - mention.length() + 1)); i >= 0 && i <= offset;
                        i = text.indexOf(mention, i + 1)) {
                    if (i + mention.length() > offset) {
                        return new TextSpan(i, i + mention.length());
                    }
                }
            }
            int[] at = document.tokenAtOrAfter(offset);
            if (at == null) {
                return null;
            }
            Token token = document.sentences().get(at[0]).token(at[1]);
            return token.begin() == offset ? new TextSpan(token.begin(), token.end()) : null;
        }

        private void add(TextSpan span, QuoteType type, String cue, String frame, Speaker speaker, double confidence) {
            if (type != QuoteType.DIRECT) {
                resolver.reported(span);
            }
            quotes.add(new Quote(span, slice(span), type, cue, frame, speaker, confidence, null));
        }

        /**
         * An unused quoted span standing right next to the source and verb: before them with at most
         * a comma between ("“…,” he said"), or after them past a comma or colon ("Kerry said: “…”").
         */
        private int adjacentQuoted(TextSpan core) {
            for (int q = quoted.size() - 1; q >= 0; q--) {
                TextSpan outer = quoted.get(q).outer();
                if (outer.end() <= core.start()) {
                    String gap = text.substring(outer.end(), core.start());
                    if (!quotedUsed[q] && gap.strip().length() <= 2 && !gap.contains("\n")) {
                        return q;
                    }
                    break;
                }
            }
            for (int q = 0; q < quoted.size(); q++) {
                TextSpan outer = quoted.get(q).outer();
                if (outer.start() >= core.end()) {
                    String gap = text.substring(core.end(), outer.start()).strip();
                    boolean punctuated = gap.equals(",") || gap.equals(":");
                    return !quotedUsed[q] && punctuated ? q : -1;
                }
            }
            return -1;
        }

        /** The first unused quoted span after a "said:" attribution, within the next paragraph. */
        private int nextQuoted(TextSpan attribution) {
            int paragraph = Paragraphs.indexOf(document.paragraphs(), attribution.start());
            for (int q = 0; q < quoted.size(); q++) {
                TextSpan outer = quoted.get(q).outer();
                if (outer.start() >= attribution.end()) {
                    int qParagraph = Paragraphs.indexOf(document.paragraphs(), outer.start());
                    return !quotedUsed[q] && qParagraph - paragraph <= 1 ? q : -1;
                }
            }
            return -1;
        }

        private boolean insideReportedContent(TextSpan span) {
            for (Quote q : quotes) {
                if (q.type() != QuoteType.DIRECT && q.span().contains(span)) {
                    return true;
                }
            }
            return false;
        }

        private boolean insideQuotedText(TextSpan span) {
            for (QuotedSpan q : quoted) {
                if (q.inner().contains(span)) {
                    return true;
                }
            }
            return false;
        }

        private int lettersOutside(TextSpan content, List<Integer> inside) {
            int letters = 0;
            for (int i = content.start(); i < content.end(); i++) {
                boolean covered = false;
                for (int q : inside) {
                    covered |= quoted.get(q).outer().contains(i);
                }
                if (!covered && Character.isLetterOrDigit(text.charAt(i))) {
                    letters++;
                }
            }
            return letters;
        }

        /**
         * Content that runs into a quotation from a sentence the splitter failed to end ("… in the
         * U.S. “Forget it,” he said": the abbreviation's period ends that sentence): the content
         * starts at the quotation.
         */
        private TextSpan fromQuoteAfterSentenceEnd(TextSpan content) {
            for (QuotedSpan q : quoted) {
                TextSpan outer = q.outer();
                if (outer.start() <= content.start() || outer.start() >= content.end()) {
                    continue;
                }
                String before = text.substring(content.start(), outer.start()).stripTrailing();
                boolean capitalised = outer.start() + 1 < text.length() && Character.isUpperCase(text.charAt(outer.start() + 1));
                if (capitalised && !before.isEmpty() && ".!?".indexOf(before.charAt(before.length() - 1)) >= 0) {
                    return new TextSpan(outer.start(), content.end());
                }
            }
            return content;
        }

        private TextSpan clipToParagraph(TextSpan span, TextSpan anchor) {
            TextSpan paragraph = document.paragraphs().get(Paragraphs.indexOf(document.paragraphs(), anchor.start()));
            return new TextSpan(Math.max(span.start(), paragraph.start()), Math.min(span.end(), paragraph.end()));
        }

        private int wordCount(TextSpan span) {
            return slice(span).strip().split("\\s+").length;
        }

        private String slice(TextSpan span) {
            return text.substring(span.start(), span.end());
        }

        /** Sorts the quotes; where two overlap, the surer one stays (the earlier one on a tie). */
        private void keepWithoutOverlaps() {
            quotes.sort(Comparator.comparingInt(q -> q.span().start()));
            List<Quote> kept = new ArrayList<>();
            for (Quote q : quotes) {
                Quote last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                if (last != null && last.span().overlaps(q.span())) {
                    if (q.confidence() > last.confidence()) {
                        kept.set(kept.size() - 1, q);
                    }
                    continue;
                }
                kept.add(q);
            }
            quotes.clear();
            quotes.addAll(kept);
        }

        private List<Attribution.SpeakerSummary> summarise() {
            Map<String, List<Integer>> byName = new LinkedHashMap<>();
            Map<String, Speaker> speakers = new LinkedHashMap<>();
            for (int i = 0; i < quotes.size(); i++) {
                Speaker sp = quotes.get(i).speaker();
                if (sp != null) {
                    byName.computeIfAbsent(sp.name(), k -> new ArrayList<>()).add(i);
                    speakers.putIfAbsent(sp.name(), sp);
                }
            }
            List<Attribution.SpeakerSummary> out = new ArrayList<>();
            byName.forEach((name, idx) -> out.add(new Attribution.SpeakerSummary(name, speakers.get(name).role(),
                    speakers.get(name).kind(), idx, mentionsOf(name, idx))));
            return out;
        }

        /** Every place the speaker is mentioned: each quote's mention and, for a person, every naming. */
        private List<TextSpan> mentionsOf(String name, List<Integer> quoteIndexes) {
            TreeSet<TextSpan> spans = new TreeSet<>(
                    Comparator.comparingInt(TextSpan::start).thenComparingInt(TextSpan::end));
            for (int i : quoteIndexes) {
                TextSpan at = quotes.get(i).speaker().mentionSpan();
                if (at != null) {
                    spans.add(at);
                }
            }
            Person person = persons.get(name);
            if (person != null) {
                person.mentions().forEach(m -> spans.add(m.span()));
            }
            // a longer mention ("Pentagon spokesman John Kirby") keeps the names inside it out
            List<TextSpan> kept = new ArrayList<>();
            for (TextSpan span : spans) {
                if (!kept.isEmpty() && kept.get(kept.size() - 1).overlaps(span)) {
                    TextSpan last = kept.get(kept.size() - 1);
                    kept.set(kept.size() - 1, last.union(span));
                } else {
                    kept.add(span);
                }
            }
            return kept;
        }
    }
}
