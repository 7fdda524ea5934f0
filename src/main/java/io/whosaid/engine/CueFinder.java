package io.whosaid.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds reporting expressions on the dependency parse: a speech verb with a subject, or
 * "according to" with its nominal, and the content each introduces. Content is, in this order of
 * preference: the verb's complement clause ({@code X said (that) …}); what follows a colon
 * ({@code X said: …}); or, when the attribution stands after or inside the content
 * ({@code …, X said.} / {@code …, X said, …}), the rest of the sentence.
 */
public final class CueFinder {

    /** Dependents that belong to the attribution itself rather than to the content. */
    private static final Set<String> ATTRIBUTION_PARTS = Set.of("nsubj", "nsubj:pass", "aux", "aux:pass", "advmod",
            "obl", "obl:tmod", "obl:npmod", "nmod:tmod", "obj", "iobj", "compound:prt", "cc", "mark", "punct",
            "expl", "cop");
    private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp", "parataxis");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never");
    /** Relations that keep a word inside the noun phrase of its head ("official in Baghdad"). */
    private static final Set<String> NOUN_PHRASE_LINKS = Set.of("nmod", "compound", "amod", "case", "det", "nummod");
    /** Tags a noun phrase read from the tokens may hold ("half of the council's members"). */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "DT", "JJ", "CD", "POS",
            "PRP$", "IN");
    /** Verbs of these frames take a noun object ("denied the report", "praised the team"), not a bare clause. */
    private static final Set<String> OBJECT_TAKING_FRAMES = Set.of("denial", "endorsement", "warning");
    private static final Set<String> TAKES_ADDRESSEE = Set.of("tell", "inform", "assure", "remind", "warn", "ask",
            "promise", "advise", "caution", "notify");
    /** Speech verbs that ask someone to do something: their infinitive is reported speech. */
    private static final Set<String> DIRECTIVES = Set.of("ask", "urge", "tell", "remind", "advise", "encourage",
            "warn", "caution", "instruct", "implore", "exhort");
    /** Verbs that commit the speaker to an act, which a "to" infinitive names ("vowed to ..."). */
    private static final Set<String> COMMISSIVES = Set.of("vow", "pledge", "promise", "threaten", "swear");
    /** Question words that open a clause of time or place ("when a heckler shouted at her"). */
    private static final Set<String> TIME_WH_WORDS = Set.of("when", "whenever", "where");
    /** Relations of a noun phrase that stands after its verb ("quoted a neighbour", "with a lawyer"). */
    private static final Set<String> PHRASES_AFTER_VERB = Set.of("obj", "iobj", "obl", "appos", "conj");
    /** Relations that keep a noun inside the phrases of one clause ("the sale of the mill" in "wrote about ..."). */
    private static final Set<String> NOUN_PHRASE_RELATIONS = Set.of("nmod", "obl", "obj", "conj", "appos");
    /** Tags of the words of a noun compound before its head ("safety groups", "local officials"). */
    private static final Set<String> NOUN_MODIFIER_TAGS = Set.of("NN", "NNS", "NNP", "JJ");
    /** What opens the phrase of the statement words came in: "in a statement", "in her speech". */
    private static final Set<String> MEDIUM_DETERMINERS = Set.of("DT", "PRP$");
    /** What shows someone speaking ("footage of Lee saying ..."). */
    private static final Set<String> RECORDINGS = Set.of("footage", "video", "clip", "recording", "tape", "audio",
            "film", "image");
    /** Nouns of time: "called her a day later" names nothing. */
    private static final Set<String> TIME_NOUNS = Set.of("time", "moment", "second", "minute", "hour", "day", "night",
            "morning", "evening", "week", "month", "year", "while", "decade");
    private static final Set<String> SUBJECT_HEADS = Set.of("conj", "xcomp", "advcl");
    /** Prepositions before a gerund whose subject is the clause's ("by saying", "after announcing"). */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "for", "after", "before", "without", "upon", "despite");
    /** First words of a subject that make the report a denial that anyone said it. */
    private static final Set<String> NEGATED_SUBJECTS = Set.of("neither", "nobody", "none", "no");
    /** Statements made aloud, given or issued as the documents of {@link Lexicon#isDocumentNoun} are. */
    private static final Set<String> SPOKEN_STATEMENTS = Set.of("interview", "speech", "message", "warning", "address",
            "remark", "briefing");
    /** Conjunctions that open an adverbial clause, which is no statement on its own. */
    private static final Set<String> SUBORDINATORS = Set.of("as", "if", "unless", "though", "although", "while",
            "whereas", "when", "whenever", "once", "because", "since", "after", "before", "until");

    /** Conjunctions that open a clause of time or cause. */
    private static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("when", "whenever", "as", "after", "before", "while",
            "once", "since", "until", "because");
    /** Objects that stand for what was said without saying it ("said something", "says a lot about"). */
    private static final Set<String> INDEFINITE_OBJECTS = Set.of("something", "nothing", "anything", "everything",
            "much", "little", "plenty");
    /** What someone says, named as a thing: "her message is simple: ..." spells it out. */
    private static final Set<String> STATEMENT_NOUNS = Set.of("message", "advice", "argument", "point", "plea",
            "answer", "response", "reply", "verdict", "warning", "view", "position");
    /** Prepositions that give an argument its topic ("argue for", "argue against", "argue about"). */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("for", "against", "about");
    /** Conjunctions that, after a comma, open a clause that cannot be what was said. */
    private static final Set<String> LOOSE_CONJUNCTIONS = Set.of("as", "while", "whereas", "although", "though",
            "because");
    /** Tags of a verb or auxiliary that carries tense: a clause's first verb. */
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Verbs whose object does what the infinitive after it says ("led the board to warn"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("prompt", "lead", "cause", "force", "compel", "push",
            "press", "persuade", "convince", "move", "spur", "inspire", "drive", "get", "allow", "invite", "urge", "ask",
            "encourage", "pressure", "require");
    /** The words of a short noun phrase naming someone ("16-year-old Ben Roe", "the mayor's aide Jo Li"). */
    private static final Set<String> ASIDE_NAME_TAGS = Set.of("DT", "JJ", "CD", "NNP", "NNPS", "NN", "HYPH", "POS");
    /** How the parser hangs a clause it could not place on the one before it. */
    private static final Set<String> LOOSE_ATTACHMENTS = Set.of("parataxis", "dep");
    /** Relations of a verb's time, place and manner adverbials. */
    private static final Set<String> ADVERBIALS = Set.of("obl", "obl:tmod", "nmod:tmod", "obl:npmod", "advmod");

    private final Lexicon lexicon;

    public CueFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Cue> find(ParsedDocument document) {
        List<Cue> cues = new ArrayList<>();
        for (ParsedSentence s : document.sentences()) {
            int first = cues.size();
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                Cue cue = null;
                if (t.isVerb() && lexicon.isNamingVerb(t.lemma())) {
                    cue = namingCue(s, i);
                } else if (t.isVerb() && (lexicon.isSpeechVerb(t.lemma()) || goesOnToQuote(s, i) || withParticle(s, i))) {
                    List<Cue> spoken = verbCues(s, i).stream().map(CueFinder::withoutContentAroundItself).toList();
                    // "criticized the board for being “asleep”": a verb of praise or blame that says
                    // nothing as a speech verb may still characterise with quoted words
                    cue = lexicon.isCharacterisingVerb(t.lemma()) && spoken.stream().allMatch(c -> c.content() == null)
                            ? characterisingCue(s, i) : null;
                    if (cue == null) {
                        cues.addAll(spoken);
                    }
                } else if (t.isVerb() && lexicon.isCharacterisingVerb(t.lemma())) {
                    cue = characterisingCue(s, i);
                } else if (t.word().equalsIgnoreCase("according") && i + 1 < s.size()
                        && s.token(i + 1).word().equalsIgnoreCase("to")) {
                    accordingToCues(s, i).forEach(found -> cues.add(withoutContentAroundItself(found)));
                }
                if (cue == null && t.word().equalsIgnoreCase("words")) {
                    cue = inTheirWords(s, i);
                }
                if (cue == null && t.isNoun() && STATEMENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                    cue = statementSpelledOut(s, i);
                }
                if (cue == null && t.isNoun() && lexicon.isSpeechNoun(t.lemma())) {
                    cue = claimSpelledOut(s, i);
                    if (cue != null) {
                        // "replied to Lee's claim that ...": a clause the parser gave the verb is the claim's
                        int start = cue.content().start();
                        cues.subList(first, cues.size()).removeIf(c -> c.content() != null && c.content().start() == start);
                    }
                }
                if (cue != null) {
                    cues.add(withoutContentAroundItself(cue));
                }
            }
            splitFollowOnSpeech(s, cues.subList(first, cues.size()));
            endBeforeCoordinatedReport(s, cues.subList(first, cues.size()));
            separateSubordinateReport(s, cues.subList(first, cues.size()));
            endSubordinateReportAtMainClause(s, cues.subList(first, cues.size()));
            setAsideParentheticalClauses(s, cues.subList(first, cues.size()));
            endBeforeTheMedium(s, cues.subList(first, cues.size()));
        }
        return cues;
    }

    /**
     * "urged the council to repair the roads in a statement on Friday", "said the plant would close in
     * an interview": a phrase at the end of the content that names the statement or interview the
     * words came in is the narrator's, however the parser hung it. Only with an indefinite
     * article or a possessive ("in her speech"): "errors in the report" names what was said about.
     */
    private void endBeforeTheMedium(ParsedSentence s, List<Cue> sentenceCues) {
        for (int i = 0; i < sentenceCues.size(); i++) {
            Cue cue = sentenceCues.get(i);
            if (cue.content() == null) {
                continue;
            }
            int[] range = tokenRange(s, cue.content());
            for (int t = range[0] + 2; t + 2 <= range[1]; t++) {
                if (!s.token(t).word().equalsIgnoreCase("in") || !MEDIUM_DETERMINERS.contains(s.token(t + 1).pos())
                        || s.token(t + 1).pos().equals("DT") && !s.token(t + 1).isIndefiniteArticle()) {
                    continue;
                }
                int noun = t + 2;
                while (noun < range[1] && s.token(noun).pos().startsWith("JJ")) {
                    noun++;
                }
                String lemma = s.token(noun).lemma().toLowerCase(Locale.ROOT);
                boolean medium = s.token(noun).isNoun() && (lexicon.isDocumentNoun(lemma) || SPOKEN_STATEMENTS.contains(lemma));
                boolean verbAfter = false;
                for (int v = noun + 1; v <= range[1]; v++) {
                    verbAfter |= s.token(v).isVerb() || s.token(v).isQuoteMark();
                }
                if (medium && !verbAfter) {
                    TextSpan trimmed = trimmedBefore(s, cue.content(), t);
                    if (trimmed != null) {
                        sentenceCues.set(i, cue.withContent(trimmed));
                    }
                    break;
                }
            }
        }
    }

    /**
     * "Her advice is short: adopt, don't buy.", "Lee's argument: start early.": what a
     * person's message, advice or argument is, spelled out after a colon, is what they say. Read
     * from the tokens (the parser need not see the sentence): an owner, the noun, at most a copula
     * with adverbs and an adjective, the colon; the owner is the source. Null when the words do not fit.
     */
    private static Cue statementSpelledOut(ParsedSentence s, int noun) {
        int owner = noun - 1;
        if (owner >= 1 && s.token(owner).pos().equals("POS")) {
            owner--; // "Lee 's advice"
            if (!s.token(owner).isProperNoun()) {
                return null;
            }
        } else if (owner < 0 || !s.token(owner).pos().equals("PRP$") || s.token(owner).word().equalsIgnoreCase("its")) {
            return null; // "its" is a thing's; "the message" is nobody's in particular
        }
        int colon = noun + 1;
        boolean copula = false;
        while (colon < s.size() && colon - noun <= 4 && !s.token(colon).word().equals(":")) {
            Token t = s.token(colon);
            boolean be = t.lemma().equalsIgnoreCase("be") && !copula;
            if (!be && !t.pos().equals("RB") && !t.pos().startsWith("JJ")) {
                return null;
            }
            copula |= be;
            colon++;
        }
        if (colon >= s.size() || !s.token(colon).word().equals(":") || onlyPunctuation(s, colon + 1, s.size() - 1)) {
            return null;
        }
        TextSpan attribution = span(s, owner, colon - 1);
        return new Cue(s.index(), noun, owner, span(s, colon + 1, s.size() - 1), attribution, attribution,
                s.token(noun).word(), "neutral", false, false);
    }

    /**
     * "the mayor's claim that the bridge is safe", "his warning that prices would “soar”": a
     * speech noun with a possessor and a "that" clause right after it reports the possessor's
     * words, wherever the parser hung the clause (on the noun, or on the verb before it). A
     * relative clause ("the claim that was rejected") has "that" for its subject or object, not
     * before a subject of its own; a claim nobody owns ("the claim that ...") names no speaker.
     */
    private static Cue claimSpelledOut(ParsedSentence s, int noun) {
        int that = noun + 1;
        int owner = s.child(noun, "nmod:poss");
        if (!s.parsed() || owner < 0 || that + 1 >= s.size() || !s.token(that).word().equalsIgnoreCase("that")
                || !(s.relation(that).equals("mark") || s.relation(that).equals("dep"))) {
            return null;
        }
        int clause = s.head(that);
        int[] range = s.subtreeRange(clause);
        if (clause <= that || range[0] != that || !hasOwnSubject(s, clause)) {
            return null;
        }
        int end = range[1];
        boolean open = false;
        for (int t = that + 1; t <= end; t++) {
            open = s.token(t).pos().equals("``") || open && !s.token(t).pos().equals("''");
        }
        for (int t = end + 1; open && t < s.size(); t++) {
            if (s.token(t).pos().equals("''")) {
                end = t; // the closing mark of a quotation the clause opened hangs outside it
                open = false;
            }
        }
        TextSpan attribution = span(s, s.subtreeRange(owner)[0], noun);
        return new Cue(s.index(), noun, owner, span(s, that + 1, end), attribution, attribution, s.token(noun).word(),
                "neutral", false, false);
    }

    /**
     * "The car was, in her words, “a money pit.”": "in her words" (or "in Lee's words") set off
     * before a quotation says whose words it gives. The content runs from the first word after
     * the phrase to the quotation's closing mark; read from the tokens, as such sentences often
     * hold no speech verb and go unparsed.
     */
    private static Cue inTheirWords(ParsedSentence s, int words) {
        int owner = words - 1;
        if (owner >= 1 && s.token(owner).pos().equals("POS")) {
            owner--;
        }
        boolean possessor = owner >= 1 && (s.token(owner).pos().equals("PRP$") || s.token(owner).isProperNoun());
        int in = owner - 1;
        while (possessor && in > 0 && s.token(owner).isProperNoun() && s.token(in).isProperNoun()) {
            in--; // "in Ann Lowe's words"
        }
        if (!possessor || in < 0 || !s.token(in).word().equalsIgnoreCase("in")) {
            return null;
        }
        int start = words + 1;
        while (start < s.size() && s.token(start).word().equals(",")) {
            start++;
        }
        int open = start;
        while (open < s.size() && open - start <= 4 && !s.token(open).pos().equals("``") && !s.token(open).isPunctuation()) {
            open++;
        }
        if (open >= s.size() || !s.token(open).pos().equals("``")) {
            return null;
        }
        int close = closingMark(s, open + 2);
        if (close < 0) {
            return null;
        }
        TextSpan attribution = span(s, in, words);
        StringBuilder phrase = new StringBuilder();
        for (int t = in; t <= words; t++) {
            phrase.append(t > in && !s.token(t).pos().equals("POS") ? " " : "").append(s.token(t).word());
        }
        return new Cue(s.index(), words, owner, span(s, start, close), attribution, attribution, phrase.toString(),
                "neutral", false, false);
    }

    /** Whether a clause has a subject of its own ("that prices would rise", "that paying rent made him ..."). */
    private static boolean hasOwnSubject(ParsedSentence s, int clause) {
        for (int c : s.children(clause)) {
            String rel = s.baseRelation(c);
            if (rel.equals("nsubj") || rel.equals("csubj") || rel.equals("expl")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "pointed out that ...": a verb that is a speech verb with the particle the parser gave it;
     * or with the fixed object of an idiom that introduces a quotation ("as Lee put it, “...”",
     * "she put it bluntly: ..."), but not that object on its own ("put it on the shelf").
     */
    private boolean withParticle(ParsedSentence s, int verb) {
        int particle = s.child(verb, "compound:prt");
        if (particle >= 0) {
            return lexicon.isPhrasalSpeechVerb(s.token(verb).lemma(), s.token(particle).word());
        }
        if (!isIdiomObject(s, verb, verb + 1)) {
            return false;
        }
        if (isAsClause(s, verb)) {
            return true;
        }
        for (int t = verb + 2; t < s.size() && t <= verb + 5; t++) {
            if (s.token(t).word().equals(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "She continued, “We are not done.”": "continue" is no speech verb in news ("continued to
     * rise"), except right before a quotation it introduces with a comma or colon.
     */
    private static boolean goesOnToQuote(ParsedSentence s, int verb) {
        if (!s.token(verb).lemma().equals("continue") || verb + 2 >= s.size()) {
            return false;
        }
        String separator = s.token(verb + 1).word();
        return (separator.equals(",") || separator.equals(":")) && s.token(verb + 2).pos().equals("``");
    }

    /**
     * "Lee said she would open the plant in May (the permits had taken two years), and hire forty
     * workers": a clause in brackets inside reported speech is the writer's aside, not the
     * speaker's words. The content stops before it and, when the report goes on after it, the
     * rest is a second quote of the same cue. Bracketed phrases ("(D-Va.)", "(a woman who ...)")
     * stay; so does everything inside quotation marks, where the brackets are the speaker's.
     */
    private static void setAsideParentheticalClauses(ParsedSentence s, List<Cue> sentenceCues) {
        if (!s.parsed()) {
            return;
        }
        for (int i = 0; i < sentenceCues.size(); i++) {
            Cue cue = sentenceCues.get(i);
            int[] aside = cue.content() == null ? null : parentheticalClause(s, cue.content());
            if (aside == null) {
                continue;
            }
            int resume = aside[1] + 1;
            while (resume < s.size() && s.token(resume).isPunctuation()) {
                resume++;
            }
            int last = resume;
            while (last + 1 < s.size() && s.token(last + 1).end() <= cue.content().end()) {
                last++;
            }
            TextSpan before = trimmedBefore(s, cue.content(), aside[0]);
            TextSpan after = last < s.size() && last - resume >= 1 && s.token(last).end() <= cue.content().end()
                    ? new TextSpan(s.token(resume).begin(), cue.content().end()) : null;
            if (before == null && after == null) {
                continue;
            }
            sentenceCues.set(i, cue.withContent(before != null ? before : after));
            if (before != null && after != null) {
                sentenceCues.add(i + 1, cue.withContent(after));
                i++;
            }
        }
    }

    /**
     * The first bracketed clause inside {@code content} as {@code {open, close}} token indices, or
     * null: brackets around words whose head is a predicate with its own subject. Content with
     * quotation marks is left alone.
     */
    private static int[] parentheticalClause(ParsedSentence s, TextSpan content) {
        for (Token t : s.tokens()) {
            if (content.contains(new TextSpan(t.begin(), t.end())) && (t.pos().equals("``") || t.pos().equals("''"))) {
                return null;
            }
        }
        for (int open = 0; open < s.size(); open++) {
            Token t = s.token(open);
            if (t.begin() < content.start() || t.end() > content.end() || !t.pos().equals("-LRB-")) {
                continue;
            }
            int close = open + 1;
            while (close < s.size() && !s.token(close).pos().equals("-RRB-")) {
                close++;
            }
            if (close >= s.size() || s.token(close).end() > content.end()) {
                return null;
            }
            for (int v = open + 1; v < close; v++) {
                boolean headOfAside = s.head(v) < open || s.head(v) > close;
                int subject = s.child(v, "nsubj", "nsubj:pass");
                boolean predicate = s.token(v).isVerb() || s.child(v, "cop") >= 0;
                if (headOfAside && predicate && subject > open && subject < close) {
                    return new int[] {open, close};
                }
            }
            open = close;
        }
        return null;
    }

    /**
     * "When Harper told the crew the shop would close, the room went quiet": a report in the clause a sentence
     * opens with ends where the main clause begins. The parser tends to take the reported clause
     * for the sentence's root and hang the main clause on it as parataxis, so the content would run
     * on into what the narrator says next.
     */
    private void endSubordinateReportAtMainClause(ParsedSentence s, List<Cue> sentenceCues) {
        if (!s.parsed()) {
            return;
        }
        for (int i = 0; i < sentenceCues.size(); i++) {
            Cue cue = sentenceCues.get(i);
            // (a root that opens with a subordinator is such a clause the parser took for the main one)
            boolean subordinate = s.baseRelation(cue.verb()).equals("advcl") || s.head(cue.verb()) < 0;
            if (cue.content() == null || !subordinate || !opensTheSentence(s, cue.verb())) {
                continue;
            }
            int mainClause = mainClauseAfter(s, cue, lexicon);
            if (mainClause > 0) {
                TextSpan trimmed = trimmedBefore(s, cue.content(), mainClause);
                if (trimmed != null) {
                    sentenceCues.set(i, cue.withContent(trimmed));
                }
            }
        }
    }

    /**
     * The verb's clause opens with a conjunction ("when", "as", "after" ...) that nothing but
     * adverbs, a conjunction or a heading in capitals precedes ("Back when he wrote ...",
     * "THE BRIDGE When she asked ...").
     */
    private static boolean opensTheSentence(ParsedSentence s, int verb) {
        int conjunction = -1;
        for (int c : s.children(verb)) {
            String rel = s.relation(c);
            if (c < verb && (rel.equals("mark") || rel.equals("advmod")) && SUBORDINATORS.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
                conjunction = c;
            }
        }
        if (conjunction < 0) {
            return false;
        }
        for (int t = 0; t < conjunction; t++) {
            Token before = s.token(t);
            boolean heading = before.word().length() > 1 && before.word().equals(before.word().toUpperCase(Locale.ROOT));
            if (!before.pos().equals("RB") && !before.pos().equals("CC") && !heading) {
                return false;
            }
        }
        return true;
    }

    /**
     * The comma inside a cue's content after which the main clause begins, or -1: a clause with
     * its own subject that is the sentence's root or hangs loosely on the content before it.
     */
    private static int mainClauseAfter(ParsedSentence s, Cue cue, Lexicon lexicon) {
        for (int c = cue.verb() + 1; c < s.size() - 1; c++) {
            Token comma = s.token(c);
            boolean dash = isDash(s, c);
            if (!comma.word().equals(",") && !dash || comma.begin() < cue.content().start() || comma.end() >= cue.content().end()) {
                continue;
            }
            int opening = c + 1;
            while (opening < s.size() && s.token(opening).pos().equals("''")) {
                opening++; // a quotation closing after its comma: “bold,” she said
            }
            int named = verbAfterName(s, opening);
            if (named >= 0 && lexicon.isSpeechVerb(s.token(named).lemma())) {
                // "..., Mr. Reed said ...", "... -- Mr. Reed said ...": a name and a speech verb,
                // however the parser hung them
                return c;
            }
            if (dash) {
                continue;
            }
            for (int v = opening; v < s.size(); v++) {
                int subject = s.child(v, "nsubj", "nsubj:pass");
                boolean mainVerb = s.head(v) < 0 || LOOSE_ATTACHMENTS.contains(s.baseRelation(v)) && s.head(v) < c;
                if (mainVerb && subject >= 0 && s.subtreeRange(subject)[0] == opening) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * "While critics say the city overpays, Lee says the contract saves money": a report in a
     * clause opened by a subordinator ends at the comma before the main clause's own report, and
     * the main clause reports what follows its verb, not the subordinate clause before it (the
     * parser often hangs the two clauses the wrong way round).
     */
    private void separateSubordinateReport(ParsedSentence s, List<Cue> sentenceCues) {
        if (sentenceCues.size() < 2 || !SUBORDINATORS.contains(s.token(0).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        Cue subordinate = sentenceCues.get(0);
        for (Cue main : sentenceCues) {
            if (main.verb() <= subordinate.verb()) {
                continue;
            }
            int comma = firstTokenOf(s, main.attribution()) - 1;
            if (comma <= subordinate.verb() || !s.token(comma).word().equals(",")) {
                continue;
            }
            TextSpan after = span(s, main.verb() + 1, s.size() - 1);
            if (subordinate.content() == null || after == null || main.content() == null
                    || !main.content().contains(new TextSpan(s.token(comma).begin(), s.token(comma).end()))
                    && !subordinate.content().contains(main.core())) {
                continue;
            }
            sentenceCues.set(sentenceCues.indexOf(subordinate), subordinate.withContent(trimmedBefore(s, subordinate.content(), comma)));
            if (main.content().start() < s.token(comma).begin()) {
                sentenceCues.set(sentenceCues.indexOf(main), main.withContent(after));
            }
            return;
        }
    }

    /**
     * A second speech act of the same speaker in the same sentence ("..., Baker said, adding that
     * more charges are possible", "said it was up to the council, but added that she hoped ...",
     * "said ..., noting that ..."): the follow-on verb has no subject of its own, so it gets none of
     * its own cues; it becomes a cue with the first one's source, and the first one's content ends
     * before it.
     */
    private void splitFollowOnSpeech(ParsedSentence s, List<Cue> sentenceCues) {
        if (!s.parsed() || sentenceCues.isEmpty()) {
            return;
        }
        List<Cue> added = new ArrayList<>();
        for (int v = 1; v < s.size(); v++) {
            Token verb = s.token(v);
            if (!verb.isVerb() || !lexicon.isSpeechVerb(verb.lemma()) || nearestSubject(s, v) >= 0) {
                continue;
            }
            int at = v;
            Cue own = sentenceCues.stream().filter(c -> c.verb() == at).findFirst().orElse(null);
            int separator = v - 1;
            boolean joined = s.token(separator).word().equals(",") || s.token(separator).pos().equals("CC");
            if (!joined || !(verb.pos().equals("VBG") || verb.pos().equals("VBD") && s.token(separator).pos().equals("CC"))) {
                continue;
            }
            if (s.token(separator).pos().equals("CC") && separator > 0 && s.token(separator - 1).word().equals(",")) {
                separator--;
            }
            int complement = complementAfterOrAround(s, v);
            int[] range = complement >= v ? clauseAfterThat(s, complement) : actOrObject(s, v);
            if (range == null && own != null && own.content() != null && own.content().start() > verb.end()
                    && !quoted(s, new int[] {v + 1, s.size() - 1})) {
                // its own cue found what it says ("saying the ferry needs ..." read from the
                // tokens); only its source, borrowed from the clause it hangs on, was wrong
                range = tokenRange(s, own.content());
            }
            if (range == null && (s.relation(v).equals("mark") || s.baseRelation(v).equals("nsubj")) && s.head(v) > v) {
                // ", saying the town owes ...": the parser can hang the participle on the
                // clause it introduces, as if it were "that", or make it that clause's subject
                range = new int[] {v + 1, s.subtreeRange(s.head(v))[1]};
            }
            if (range == null && (own != null || !s.token(v - 1).pos().equals("CC"))) {
                continue; // a follow-on verb with a quotation of its own ("but said “...”") keeps its cue
            }
            Cue before = null;
            for (Cue c : sentenceCues) {
                if (c.verb() < v && (before == null || c.verb() > before.verb())) {
                    before = c;
                }
            }
            // a cue of its own (a subject borrowed from the clause it hangs on) inside the first one's
            // content is the same follow-on act, from the wrong source
            if (before == null || own != null && (before.content() == null || !before.content().contains(own.core()))) {
                continue;
            }
            TextSpan content = null;
            if (range != null) {
                range[0] = Math.max(range[0], v + 1);
                content = span(s, range[0], range[1]);
            }
            if (content == null && range != null) {
                continue;
            }
            int cut = s.token(separator).begin();
            if (before.content() != null && cut > 0 && before.content().start() < cut && before.content().end() > cut) {
                TextSpan trimmed = trimmedBefore(s, before.content(), separator);
                sentenceCues.set(sentenceCues.indexOf(before), before.withContent(trimmed));
            }
            if (content == null) {
                continue; // "... and warned the council": the first content ends, nothing more is reported
            }
            TextSpan verbSpan = new TextSpan(verb.begin(), verb.end());
            if (own != null) {
                sentenceCues.remove(own);
            }
            added.add(new Cue(s.index(), v, before.source(), content, verbSpan, verbSpan, cueText(s, v),
                    lexicon.frameOf(verb.lemma()), isNegated(s, v), false));
        }
        sentenceCues.addAll(added);
    }

    /**
     * What a follow-on verb without a clause reports: the act it asks for ("and urged residents to
     * boil their water") or, for verbs that take their topic as an object, that object ("and warned
     * against floods on the lower road" -> "floods on the lower road"). Token range, or null.
     */
    private int[] actOrObject(ParsedSentence s, int verb) {
        int request = requestedAction(s, verb);
        if (request >= 0) {
            return s.subtreeRange(request);
        }
        int[] committed = quotedCommitment(s, verb);
        if (committed != null) {
            return committed; // "and pledged to protect “every family that rents a home”"
        }
        int[] characterised = characterisation(s, verb);
        if (characterised != null) {
            return characterised; // "and dismissed the rumours as “idle talk”"
        }
        if (!OBJECT_TAKING_FRAMES.contains(lexicon.frameOf(s.token(verb).lemma()))) {
            return null;
        }
        for (int c : s.children(verb)) {
            String rel = s.baseRelation(c);
            int preposition = s.child(c, "case");
            if (c > verb && (rel.equals("obj") || rel.equals("obl") && preposition >= 0)) {
                int[] range = s.subtreeRange(c);
                int predicate = rel.equals("obj") ? hangingPredicate(s, verb, c) : -1;
                if (predicate >= 0) {
                    // "saying the ferry needs new engines", parsed as an object and a loose "needs"
                    range[1] = Math.max(range[1], s.subtreeRange(predicate)[1]);
                }
                return new int[] {preposition >= 0 ? preposition + 1 : range[0], range[1]};
            }
        }
        return null;
    }

    /**
     * A speech verb with its own subject and no subordinator, made the clausal subject of a
     * predicate after it: a parse of "X said Y was Z" that cut the content at "Y".
     */
    private static boolean isClausalSubjectOfWhatFollows(ParsedSentence s, int verb) {
        int head = s.head(verb);
        if (!s.relation(verb).equals("csubj") || head < verb) {
            return false;
        }
        boolean subject = false;
        for (int c : s.children(verb)) {
            String tag = s.token(c).pos();
            if (s.relation(c).equals("mark") || c < verb && (tag.equals("WP") || tag.equals("WDT"))) {
                return false; // "While X said ...", "What X said ..."
            }
            subject |= s.relation(c).equals("nsubj") && c < verb;
        }
        return subject;
    }

    /** The last token up to {@code t} that is not punctuation. */
    private static int lastWordOf(ParsedSentence s, int t) {
        while (t > 0 && s.token(t).isPunctuation() && !s.token(t).isQuoteMark()) {
            t--;
        }
        return t;
    }

    /**
     * "Lee says rents rose too fast, and “we will fix” that": a clause that opens with
     * the speaker's own words right after the conjunction goes on with what was said, wherever
     * the parser hung it (often on the speech verb itself). The clause, coordinated with the
     * speech verb after the content ending at {@code end}, or -1; never one with a speech verb of
     * its own ("..., and “...,” she added").
     */
    private int quotedSequel(ParsedSentence s, int verb, int end) {
        for (int c : s.children(verb)) {
            int conjunction = s.child(c, "cc");
            if (c <= end || !s.relation(c).equals("conj") || conjunction < 0 || conjunction + 1 >= s.size()
                    || !(s.token(conjunction + 1).pos().equals("``") || isThatOf(s, conjunction + 1, c))
                    || lexicon.mayIntroduceSpeech(s.token(c).lemma())) {
                continue;
            }
            boolean joined = true; // only the comma and the conjunction between content and clause
            for (int t = end + 1; t < conjunction; t++) {
                joined &= s.token(t).word().equals(",") || s.token(t).isQuoteMark();
            }
            return joined ? c : -1;
        }
        return -1;
    }

    /**
     * Whether token {@code t} is a "that" opening clause {@code clause} as a complement. Right
     * after "and" in what a speech verb takes, the parser often reads it as a demonstrative ("and
     * that at least one attempt worked"); coordinated with a report, it opens a second one.
     */
    private static boolean isThatOf(ParsedSentence s, int t, int clause) {
        return s.token(t).word().equalsIgnoreCase("that") && s.subtreeRange(clause)[0] <= t
                && (s.relation(t).equals("mark") || s.relation(t).equals("det"));
    }

    /** The token range of a complement clause, without its "that": the content is the clause after "said that". */
    private static int[] clauseAfterThat(ParsedSentence s, int complement) {
        int[] range = s.subtreeRange(complement);
        if (s.token(range[0]).word().equalsIgnoreCase("that") && s.relation(range[0]).equals("mark")) {
            range[0]++;
        }
        return range;
    }

    /**
     * "The owners said the mill is safe ... and the union argued that it is not": a second
     * report with a subject of its own, joined by a conjunction, is no part of the first one's
     * content ("X said Y claimed Z", with no conjunction, still is): the first content ends before it.
     */
    private static void endBeforeCoordinatedReport(ParsedSentence s, List<Cue> sentenceCues) {
        for (Cue second : List.copyOf(sentenceCues)) {
            if (second.source() < 0 || nearestSubject(s, second.verb()) != second.source()) {
                continue; // a subject borrowed from a clause of the content makes no report of its own
            }
            int opening = firstTokenOf(s, second.attribution());
            if (opening >= 0 && s.token(opening).pos().equals("CC")) {
                opening++; // the attribution takes in the conjunction that joins it
            }
            for (int k = 0; k < 3 && opening > 1 && NOUN_MODIFIER_TAGS.contains(s.token(opening - 1).pos())
                    && s.token(opening).isNoun(); k++) {
                opening--; // "and safety groups warned": the parser split the subject's noun compound
            }
            // "..., but if the council now says ...": a subordinate clause is still the content's
            if (opening < 1 || !s.token(opening - 1).pos().equals("CC") || s.child(second.verb(), "mark") >= 0
                    || s.token(opening).pos().equals("IN") || s.token(opening).pos().equals("WRB")) {
                continue;
            }
            int separator = opening - 1;
            if (separator > 0 && s.token(separator - 1).word().equals(",")) {
                separator--;
            }
            for (int i = 0; i < sentenceCues.size(); i++) {
                Cue first = sentenceCues.get(i);
                if (first == second || first.content() == null || first.verb() >= opening
                        || !first.content().contains(second.core())) {
                    continue;
                }
                TextSpan trimmed = trimmedBefore(s, first.content(), separator);
                if (trimmed != null) {
                    sentenceCues.set(i, first.withContent(trimmed));
                }
            }
        }
    }

    /** The first and last token inside {@code span}. */
    private static int[] tokenRange(ParsedSentence s, TextSpan span) {
        int first = firstTokenOf(s, span);
        int last = first;
        while (last + 1 < s.size() && s.token(last + 1).end() <= span.end()) {
            last++;
        }
        return new int[] {first, last};
    }

    private static int firstTokenOf(ParsedSentence s, TextSpan span) {
        for (int t = 0; t < s.size(); t++) {
            if (s.token(t).begin() >= span.start()) {
                return t;
            }
        }
        return -1;
    }

    /** {@code content} cut before token {@code separator}, trailing punctuation dropped. */
    private static TextSpan trimmedBefore(ParsedSentence s, TextSpan content, int separator) {
        int last = separator - 1;
        while (last >= 0 && s.token(last).isPunctuation()) {
            last--;
        }
        if (last < 0 || s.token(last).end() <= content.start()) {
            return null;
        }
        return new TextSpan(content.start(), s.token(last).end());
    }

    /**
     * A content span that takes in the cue's own source and verb ("“…,” X said in a statement, in
     * response to …" parsed as one clause) is a misparse: the cue keeps no content of its own, and
     * only a quotation standing next to it is taken.
     */
    private static Cue withoutContentAroundItself(Cue cue) {
        if (cue.content() == null || !cue.content().overlaps(cue.core())) {
            return cue;
        }
        return cue.withContent(null);
    }

    /** The cue of a speech verb, and a second one with the same source when it interrupts its statement. */
    private List<Cue> verbCues(ParsedSentence s, int verb) {
        int subject = participleOfTheSentence(s, verb);
        if (subject < 0) {
            subject = subjectOf(s, verb);
        }
        if (subject < 0) {
            subject = issuerOfStatement(s, verb);
        }
        if (subject < 0) {
            subject = shownSpeaking(s, verb);
        }
        if (subject < 0) {
            subject = personDoingIt(s, verb);
        }
        if (subject < 0) {
            return namedAside(s, verb);
        }
        if (addsSomethingToSomething(s, verb)) {
            return List.of();
        }
        boolean negated = isNegated(s, verb);
        int[] attribution = attributionRange(s, verb, subject);
        int comma = lastCommaBetween(s, attribution[0], verb);
        if (comma >= 0 && subject < comma) {
            // "Each charge carries ten years, prosecutor Ann Lee said": parsers often hang the
            // name on the noun before the comma; the source is what stands between comma and verb.
            int nearer = lastNominalBetween(s, comma, verb);
            // unless the parse keeps that noun inside the subject's own phrase ("Jo Roe, head of a
            // bakery whose bread sells in two towns -- told me"): then the subject stands
            if (nearer >= 0 && !inRelativeClauseOf(s, nearer, subject)) {
                subject = nearer;
                attribution[0] = comma + 1;
            }
        } else if (comma >= 0 && s.subtreeRange(subject)[0] > comma) {
            // "... clashed near the bridge, about 18 miles from the capital, police officials told CNN": what
            // the parser hung on the verb before the comma is the fronted statement, not the attribution
            attribution[0] = comma + 1;
        }
        int[] relative = reportInRelativeClause(s, verb);
        if (relative != null) {
            attribution[1] = Math.min(attribution[1], verb); // what follows the verb is the content
        }
        Content content = relative != null ? new Content(span(s, relative[0], relative[1]), false)
                : content(s, verb, attribution);
        String text = cueText(s, verb);
        String frame = lexicon.frameOf(s.token(verb).lemma());
        TextSpan attributionSpan = span(s, attribution[0], attribution[1]);
        TextSpan core = core(s, verb, subject);
        Cue cue = new Cue(s.index(), verb, subject, content.span(), attributionSpan, core, text, frame, negated,
                content.introducesNext());
        if (content.rest() == null) {
            return List.of(cue);
        }
        return List.of(cue, new Cue(s.index(), verb, subject, content.rest(), attributionSpan, core, text, frame, negated, false));
    }

    /**
     * "The hard part, admits 40-year-old Ben Roe, is the early start": an inverted
     * attribution between commas in the middle of a statement, which the parser could not fit
     * into the sentence (it read "insists" as a copula). Read from the tokens: the verb right
     * after a comma, a person's name closing a short noun phrase, a second comma, and statement
     * on both sides; two cues, the statement's halves. Empty when the surface does not fit.
     */
    private List<Cue> namedAside(ParsedSentence s, int verb) {
        if (verb < 3 || !s.token(verb - 1).word().equals(",") || !FINITE_TAGS.contains(s.token(verb).pos())) {
            return List.of();
        }
        int comma = verb + 1;
        while (comma < s.size() && comma - verb <= 8 && ASIDE_NAME_TAGS.contains(s.token(comma).pos())) {
            comma++;
        }
        int name = comma - 1;
        if (comma - verb < 2 || comma + 3 >= s.size() || !s.token(comma).word().equals(",")
                || !s.token(name).isProperNoun() || !s.token(name).isPerson()) {
            return List.of();
        }
        int end = Math.max(comma, lastWordOf(s, s.size() - 1));
        TextSpan attribution = span(s, verb, name);
        String text = cueText(s, verb);
        String frame = lexicon.frameOf(s.token(verb).lemma());
        return List.of(
                new Cue(s.index(), verb, name, span(s, 0, verb - 2), attribution, attribution, text, frame, false, false),
                new Cue(s.index(), verb, name, span(s, comma + 1, end), attribution, attribution, text, frame, false, false));
    }

    /**
     * What a speaker calls something or calls for, as news corpora mark it: "called the plan a
     * disgrace" (the object with its predicate), "called for an independent inquiry" (what is
     * demanded), "called on members to resign" (whom, and what they are asked to do). Any other
     * "call" ("called the police", "was called in") is no cue.
     */
    private Cue namingCue(ParsedSentence s, int verb) {
        int subject = subjectOf(s, verb);
        if (subject < 0) {
            subject = issuerOfStatement(s, verb); // "issued a statement calling the deal “a betrayal”"
        }
        if (subject < 0 || subject > verb) {
            return null; // (what comes after "called" is what is named, never who names it)
        }
        int[] introduced = isAsClause(s, verb) ? quotationAfterComma(s, verb) : null;
        if (introduced != null) {
            // "as critics called them in a report, “...”": the quotation is the name they gave
            return cueOf(s, verb, subject, span(s, introduced[0], introduced[1]), "neutral");
        }
        TextSpan content = null;
        // The parser gives "called [the plan] [a disgrace]" as object and predicate, as two objects,
        // or as a small clause whose subject is the thing named.
        List<Integer> parts = new ArrayList<>();
        for (int c : s.children(verb)) {
            String rel = s.baseRelation(c);
            int mark = s.child(c, "mark");
            boolean infinitive = mark >= 0 && s.token(mark).word().equalsIgnoreCase("to"); // "called him to say"
            if (c > verb && (rel.equals("obj") || rel.equals("iobj") || rel.equals("xcomp") && !infinitive)) {
                parts.add(c);
            }
        }
        boolean smallClause = parts.size() == 1 && s.baseRelation(parts.get(0)).equals("xcomp")
                && s.child(parts.get(0), "nsubj") >= 0;
        if (parts.size() >= 2 || smallClause) {
            int first = smallClause ? s.child(parts.get(0), "nsubj") : parts.get(0);
            int last = parts.get(parts.size() - 1);
            content = span(s, s.subtreeRange(first)[0], beforeSubordinateClause(s, last, s.subtreeRange(last)[1]));
        } else {
            for (int c : s.children(verb)) {
                int preposition = s.child(c, "case", "mark");
                String rel = s.baseRelation(c);
                // "called for an inquiry", "called for cutting the rate" (a gerund clause), "called on";
                // not "has been calling him that for weeks"
                if (c < verb || !(rel.equals("obl") || rel.equals("advcl")) || preposition != verb + 1) {
                    continue;
                }
                String by = s.token(preposition).word().toLowerCase(Locale.ROOT);
                int end = s.subtreeRange(c)[1];
                if (by.equals("for")) {
                    content = span(s, preposition + 1, end);
                } else if (by.equals("on")) {
                    int action = infinitiveAfter(s, verb, c);
                    content = action < 0 ? null : span(s, preposition + 1, s.subtreeRange(action)[1]);
                }
                if (content != null) {
                    break;
                }
            }
            if (content == null && verb + 2 < s.size() && s.token(verb + 1).word().equalsIgnoreCase("on")) {
                // "called on members to resign" parsed as a clause the "on" introduces
                int action = infinitiveAfter(s, verb, verb + 1);
                content = action < 0 ? null : span(s, verb + 2, s.subtreeRange(action)[1]);
            }
        }
        String tense = s.token(verb).pos();
        if (content == null && parts.size() == 1 && s.baseRelation(parts.get(0)).equals("obj")
                && !tense.equals("VBZ") && !tense.equals("VBP")) {
            content = predicateAfterObject(s, parts.get(0));
        }
        if (content == null && parts.size() == 1 && !tense.equals("VBZ") && !tense.equals("VBP")) {
            // Not in the simple present: "calls its territory a “caliphate”" is a standing name, a
            // quoted name rather than a quote; "called the plan a “disgrace”" reports what was said.
            content = quotedNameAfter(s, parts.get(0));
        }
        if (content == null && !tense.equals("VBZ") && !tense.equals("VBP")) {
            content = quotedNameAfterPhrase(s, verb);
        }
        return cueOf(s, verb, subject, content, "neutral");
    }

    /**
     * "likened the plan to “a house of cards”", "accused the mayor of “reckless spending”": a
     * characterising verb reports the speaker's words when what it takes holds a quotation. The
     * content runs from the verb's object to the quotation's closing mark; a passive ("was
     * likened to ...") names no speaker, and a quotation behind another verb belongs to that verb.
     */
    private Cue characterisingCue(ParsedSentence s, int verb) {
        int subject = subjectOf(s, verb);
        // (a root after its subject's appositive is a past tense the tagger took for a participle:
        // "Lee, a retired judge, compared the council to ...")
        boolean afterAppositive = s.head(verb) < 0 && subject >= 0 && subject < verb && s.token(verb - 1).word().equals(",");
        boolean participle = s.token(verb).pos().equals("VBN") && (s.child(verb, "aux") < 0 || subject > verb)
                && !afterAppositive;
        // a relative clause with a subject of its own still has a speaker ("the day she hailed him
        // as “a fighter”"); a reduced one has none ("a folder labeled “urgent”")
        boolean reducedClause = s.baseRelation(verb).equals("acl")
                && !(s.relation(verb).equals("acl:relcl") && s.child(verb, "nsubj") >= 0);
        if (subject < 0 || s.child(verb, "aux:pass") >= 0 || participle || reducedClause) {
            return null; // "was likened to", "a folder labeled “urgent”": nobody's words
        }
        int open = -1;
        for (int t = verb + 1; t < s.size() && t <= verb + 15 && open < 0; t++) {
            Token token = s.token(t);
            if (token.pos().equals("``")) {
                open = t;
            } else if (token.isFiniteVerb() || token.pos().equals(".") || token.word().equals(";")) {
                return null;
            } else if (token.word().equals(",") && t + 1 < s.size()
                    && (s.token(t + 1).pos().equals("VBG") || s.token(t + 1).pos().equals("CC"))) {
                return null; // the quotation belongs to another clause ("faulted the board, saying “...”")
            }
        }
        int close = -1;
        for (int t = open + 1; open > 0 && t < s.size() && close < 0; t++) {
            if (s.token(t).pos().equals("''")) {
                close = t;
            }
        }
        if (close < 0 && open > 0 && open + 1 < s.size() - 1) {
            // a quotation of several sentences closes after this one: the content runs to its end
            // here, and the quotation's own span carries it on
            return cueOf(s, verb, subject, span(s, verb + 1, s.size() - 1), lexicon.frameOf(s.token(verb).lemma()));
        }
        if (close < 0 || close == open + 1) {
            return null;
        }
        // "rated the claims as “false” or “misleading”": through the last quotation the phrase holds
        for (int t = close + 1; t < s.size(); t++) {
            Token token = s.token(t);
            boolean listGoesOn = t + 1 < s.size() && (s.token(t + 1).isQuoteMark() || s.token(t + 1).pos().equals("CC"));
            if (token.isVerb() || token.pos().equals(".") || token.pos().equals(",") && !listGoesOn) {
                break;
            }
            if (s.token(t).pos().equals("''")) {
                close = t;
            }
        }
        return cueOf(s, verb, subject, span(s, verb + 1, close), lexicon.frameOf(s.token(verb).lemma()));
    }

    /** The cue of {@code verb} spoken by {@code subject} with {@code content}, or null without content. */
    private Cue cueOf(ParsedSentence s, int verb, int subject, TextSpan content, String frame) {
        if (content == null) {
            return null;
        }
        int[] attribution = attributionRange(s, verb, subject);
        return new Cue(s.index(), verb, subject, content, span(s, attribution[0], attribution[1]), core(s, verb, subject),
                cueText(s, verb), frame, isNegated(s, verb), false);
    }

    /**
     * "called the mayor a “coward” after he skipped the hearing": a clause a subordinator opens
     * after the predicate, or a participle after a comma, is the narrator's, whatever the parser
     * hung it on. The last token before such a clause within {@code predicate}'s phrase, else
     * {@code end}.
     */
    private static int beforeSubordinateClause(ParsedSentence s, int predicate, int end) {
        for (int t = predicate + 1; t <= end; t++) {
            if (s.token(t).word().equals(",") && t + 1 <= end && s.token(t + 1).pos().equals("VBG")) {
                return t - 1; // "called her a “hero” to its drivers, citing her votes": why, not what
            }
            int clause = s.head(t);
            if (s.relation(t).equals("mark") && SUBORDINATORS.contains(s.token(t).word().toLowerCase(Locale.ROOT))
                    && clause > t && s.subtreeRange(clause)[0] == t) {
                return t - 1;
            }
        }
        return end;
    }

    /** "a disgrace", "one of the worst deals", "the worst deal": how what something is called opens. */
    private static boolean opensPredicate(ParsedSentence s, int t) {
        if (s.token(t).isIndefiniteArticle()) {
            return true;
        }
        if (t + 1 >= s.size()) {
            return false;
        }
        String word = s.token(t).word().toLowerCase(Locale.ROOT);
        return word.equals("one") && s.token(t + 1).word().equalsIgnoreCase("of")
                || word.equals("the") && s.token(t + 1).pos().equals("JJS");
    }

    /**
     * "called the new levy a tax invented by bankers" when the parser hangs the predicate
     * elsewhere: right after the object's phrase an indefinite article (or "one of", "the" and a
     * superlative) opens what the object is called; the content runs to the end of the clause. "called the police a second time" is a
     * time, not a name; "calls its region a haven" (simple present) a standing name, not a report.
     */
    private static TextSpan predicateAfterObject(ParsedSentence s, int object) {
        int[] phrase = s.subtreeRange(object);
        int article = object + 1;
        while (article < s.size() && article - object <= 8 && !opensPredicate(s, article)
                && !s.token(article).isVerb() && !s.token(article).isPunctuation()) {
            article++;
        }
        if (article + 1 >= s.size() || !opensPredicate(s, article)) {
            return null;
        }
        int end = article + 1;
        while (end + 1 < s.size() && (!s.token(end + 1).isPunctuation() || s.token(end + 1).pos().equals("POS"))
                && !s.token(end + 1).pos().equals("CC") && !s.token(end + 1).isFiniteVerb()) {
            end++;
        }
        for (int t = article; t <= end; t++) {
            if (s.token(t).isQuoteMark()) {
                return null; // a quoted name is read by quotedNameAfter, with its own checks
            }
        }
        for (int t = article + 1; t <= end && t <= article + 3; t++) {
            if (TIME_NOUNS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return span(s, phrase[0], end);
    }

    /**
     * "called the plan a “disgrace”", "called it “a betrayal”" when the parser has lost the quoted
     * predicate (hung on the object as "dep"): read from the tokens, the object's head, at most a
     * determiner, then a quotation closed in the sentence. The content is the thing named and what
     * it is called, through the last quotation the object's phrase takes in ("a “liar” who is
     * “amoral”"): reported speech with quoted words in it.
     */
    private static TextSpan quotedNameAfter(ParsedSentence s, int object) {
        int open = object + 1;
        if (open < s.size() && s.token(open).pos().equals("DT")) {
            open++;
        }
        if (open >= s.size() || !s.token(open).pos().equals("``")) {
            return null;
        }
        int close = closingMark(s, open + 1);
        if (close < 0 || close == open + 1) {
            return null;
        }
        int[] phrase = s.subtreeRange(object);
        for (int t = close + 1; t <= phrase[1]; t++) {
            if (s.token(t).pos().equals("''")) {
                close = t;
            }
        }
        return span(s, phrase[0], close);
    }

    /**
     * "called half of the council's members “freeloaders”", "called the firm's conduct
     * “shameful”" read from the tokens when the parse has lost the object: a noun phrase (nouns,
     * names, determiners, possessives, "of") of at most ten tokens right after the verb, then a
     * quotation closed in the sentence.
     */
    private static TextSpan quotedNameAfterPhrase(ParsedSentence s, int verb) {
        int t = verb + 1;
        while (t < s.size() && t - verb <= 10 && NOUN_PHRASE_TAGS.contains(s.token(t).pos())
                && !(s.token(t).pos().equals("IN") && !s.token(t).word().equals("of"))) {
            t++;
        }
        if (t == verb + 1 || t >= s.size() || !s.token(t).pos().equals("``") || !s.token(t - 1).pos().startsWith("NN")) {
            return null;
        }
        int close = closingMark(s, t + 2);
        return close < 0 ? null : span(s, verb + 1, close);
    }

    /**
     * The first closing quotation mark from token {@code from} on; -1 when another quotation
     * opens first or none closes in the sentence.
     */
    private static int closingMark(ParsedSentence s, int from) {
        for (int t = from; t < s.size(); t++) {
            if (s.token(t).pos().equals("``")) {
                return -1;
            }
            if (s.token(t).pos().equals("''")) {
                return t;
            }
        }
        return -1;
    }

    /** A "to" infinitive the verb governs after token {@code after} ("called on X to resign"), or -1. */
    private static int infinitiveAfter(ParsedSentence s, int verb, int after) {
        for (int c : s.children(verb)) {
            String rel = s.baseRelation(c);
            int mark = s.child(c, "mark");
            if (c > after && (rel.equals("xcomp") || rel.equals("advcl")) && mark >= 0
                    && s.token(mark).word().equalsIgnoreCase("to")) {
                return c;
            }
        }
        return -1;
    }

    /**
     * What a speech verb introduces: a span in this sentence, or (after "said:") whatever comes next;
     * {@code rest} is the second half of a statement the attribution interrupts ("Most days, he said,
     * the ferry runs late"), which news corpora count as a quote of its own.
     */
    private record Content(TextSpan span, boolean introducesNext, TextSpan rest) {
        static final Content NONE = new Content(null, false);

        Content(TextSpan span, boolean introducesNext) {
            this(span, introducesNext, null);
        }
    }

    private Content content(ParsedSentence s, int verb, int[] attribution) {
        int[] introduced = quotationAfterComma(s, verb);
        if (introduced != null && (isAsClause(s, verb) || !(attribution[0] > 0 && isFrontedOrParenthetical(s, verb, attribution)))) {
            // (after a fronted statement, "..., Lee said, “...”" leaves the quotation to its own
            // rules; "..., as Lee put it, “...”" says the quotation, not what came before)
            return new Content(span(s, introduced[0], introduced[1]), false);
        }
        int complement = complementAfterOrAround(s, verb);
        if (!(complement >= 0 && complement < verb) && isParenthetical(s, attribution)) {
            // "The bridge will close for two months, Baker said, adding that ...": the statement is the
            // clause before the attribution; what follows the second comma is a new act, or the
            // statement's second half ("..., she said, especially for the youngest").
            return new Content(span(s, 0, attribution[0] - 1), false, secondHalf(s, attribution));
        }
        if (complement < 0) {
            int request = requestedAction(s, verb);
            if (request >= 0) {
                int[] range = s.subtreeRange(request);
                return new Content(span(s, range[0], range[1]), false);
            }
        }
        if (complement > verb && isReportAfterComma(s, verb, complement)) {
            // "In a column he wrote for the paper, Lee said that ...": the parser hung the main clause
            // on the relative clause before it; that clause reports nothing
            return Content.NONE;
        }
        if (complement >= 0) {
            int[] range = clauseAfterThat(s, complement);
            if (complement > verb && isClausalSubjectOfWhatFollows(s, verb)) {
                // "Lee later said she feared the dam was unsafe": the parser made "Lee ... said she
                // feared the dam" the subject of "was unsafe"; what follows is still what she said
                range[1] = Math.max(range[1], lastWordOf(s, s.subtreeRange(s.head(verb))[1]));
            }
            int quotedSequel = quotedSequel(s, verb, range[1]);
            if (quotedSequel >= 0) {
                range[1] = lastWordOf(s, s.subtreeRange(quotedSequel)[1]);
            }
            return new Content(span(s, range[0], range[1]), false);
        }
        int[] committed = quotedCommitment(s, verb);
        if (committed != null) {
            return new Content(span(s, committed[0], committed[1]), false);
        }
        int[] characterised = characterisation(s, verb);
        if (characterised != null) {
            return new Content(span(s, characterised[0], characterised[1]), false);
        }
        int[] described = describedAs(s, verb);
        if (described != null) {
            return new Content(span(s, described[0], described[1]), false);
        }
        int colon = colonAfter(s, attribution[1]);
        if (colon >= 0) {
            boolean restOfSentence = colon + 1 < s.size() && !onlyPunctuation(s, colon + 1, s.size() - 1);
            return restOfSentence ? new Content(span(s, colon + 1, s.size() - 1), false) : new Content(null, true);
        }
        int[] quotation = quotationRightAfter(s, verb);
        if (quotation != null) {
            return new Content(span(s, quotation[0], quotation[1]), false);
        }
        if (!OBJECT_TAKING_FRAMES.contains(lexicon.frameOf(s.token(verb).lemma()))) {
            // the parser hung the content elsewhere, but the verb is followed by a clause
            TextSpan tail = tailClause(s, verb);
            if (tail != null) {
                return new Content(tail, false);
            }
        }
        if (attribution[0] > 0 && isFrontedOrParenthetical(s, verb, attribution) && !saysSomethingElse(s, verb)
                && !isAdverbialClause(s, verb) && !isCoordinatedPredicate(s, verb)) {
            int end = s.size() - 1;
            if (onlyPunctuation(s, attribution[1] + 1, end)) {
                end = attribution[0] - 1;
                if (!holdsAStatement(s, end)) {
                    // "In a radio interview on Friday, Lee praised the volunteers": what stands
                    // before the attribution only sets the scene
                    return Content.NONE;
                }
            }
            return new Content(span(s, 0, end), false);
        }
        // "Kerry said." alone: the content is a quote next to it, which the engine finds
        return Content.NONE;
    }

    /**
     * "pledged to protect “every family that rents a home”": what a speaker commits to, in a "to"
     * infinitive right after the verb, is their words when it quotes them; unquoted ("vowed to cut
     * taxes") it is a plan, which news corpora disagree on and the brief does not count. Token
     * range from "to" to the quotation's closing mark or the clause's end, or null.
     */
    private static int[] quotedCommitment(ParsedSentence s, int verb) {
        if (!COMMISSIVES.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int c : s.children(verb)) {
            int mark = s.child(c, "mark");
            if (c < verb || !s.baseRelation(c).equals("xcomp") || mark != verb + 1
                    || !s.token(mark).word().equalsIgnoreCase("to")) {
                continue;
            }
            int end = s.subtreeRange(c)[1];
            int open = -1;
            for (int t = mark + 1; t <= end && open < 0; t++) {
                open = s.token(t).pos().equals("``") ? t : -1;
            }
            if (open < 0) {
                return null;
            }
            for (int t = open + 1; t < s.size(); t++) {
                if (s.token(t).pos().equals("''")) {
                    return t > open + 1 ? new int[] {mark, Math.max(end, t)} : null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "The mayor has cut the budget twice, and praised the council": a verb coordinated with an
     * earlier one by a conjunction, sharing its subject, is a second thing the subject did, so
     * what comes before it is the first, not a statement it reports.
     */
    private static boolean isCoordinatedPredicate(ParsedSentence s, int verb) {
        int head = s.head(verb);
        int conjunction = s.child(verb, "cc");
        return s.baseRelation(verb).equals("conj") && head >= 0 && head < verb && s.token(head).isVerb()
                && conjunction >= 0 && conjunction < verb && s.child(verb, "nsubj") < 0;
    }

    /**
     * "a song she said was composed by her uncle", "a fire that police said was set on purpose",
     * "the plan, which Baker said would cost $3 million, ...": a report inside a relative
     * clause, whose content has lost its subject to the relative pronoun, so a finite verb follows
     * the speech verb at once. The content is that predicate, up to the end of the relative clause
     * (its closing comma, for one between commas); the token range, or null. The parser scatters
     * these clauses, so the surface decides: a relative pronoun, or the noun of a relative clause
     * without one ("a step the board said was overdue"), right before the subject.
     */
    private static int[] reportInRelativeClause(ParsedSentence s, int verb) {
        int subject = s.child(verb, "nsubj");
        int next = verb + 1;
        for (int c : s.children(verb)) {
            if (ADVERBIALS.contains(s.relation(c)) && s.subtreeRange(c)[0] == next) {
                next = s.subtreeRange(c)[1] + 1; // "a plan the ministry said in a report would ..."
            }
        }
        if (subject < 0 || subject > verb || next >= s.size() || !FINITE_TAGS.contains(s.token(next).pos())) {
            return null;
        }
        int opening = s.subtreeRange(subject)[0];
        if (opening < 1 || subject != verb - 1 && s.subtreeRange(subject)[1] != verb - 1) {
            return null;
        }
        Token before = s.token(opening - 1);
        boolean relativeWord = before.pos().equals("WDT") || before.pos().equals("WP")
                || before.word().equalsIgnoreCase("that");
        if (!relativeWord && !(before.pos().startsWith("NN") && !before.isProperNoun())) {
            return null;
        }
        int predicate = s.head(next) > verb ? s.head(next) : next;
        int end = Math.max(next, s.subtreeRange(predicate)[1]);
        for (int c : s.children(verb)) {
            // "was required to keep trains on time": the rest of the predicate, hung on the speech verb
            if (s.subtreeRange(c)[0] == end + 1 && !s.token(c).isPunctuation()) {
                end = s.subtreeRange(c)[1];
            }
        }
        for (int t = next; t <= end; t++) {
            if (s.token(t).word().equals(",")) {
                end = t - 1;
                break;
            }
        }
        return end > next ? new int[] {next, end} : null;
    }

    /**
     * "a proposal that the mayor described as “a blank cheque”", "what critics describe as “a
     * giveaway”": with the object gapped by a relative clause, "as" right after the verb and a
     * quotation right after it, the quotation is the speaker's words. Token range of the
     * quotation with its marks, or null.
     */
    private static int[] quotationAfterAs(ParsedSentence s, int verb) {
        int as = verb + 1;
        if (as + 2 >= s.size() || !s.token(as).word().equalsIgnoreCase("as") || !s.token(as + 1).isQuoteMark()) {
            return null;
        }
        for (int t = as + 2; t < s.size(); t++) {
            if (s.token(t).isQuoteMark()) {
                return t == as + 2 ? null : new int[] {as + 1, t};
            }
        }
        return null;
    }

    /**
     * "describes herself as the quietest member of the board", "described him as the
     * owner's nephew": what a description says of someone, as news corpora mark it, is the
     * phrase after "as" (quoted phrases are taken whole by {@link #characterisation}). Token range
     * {from, to}, or null.
     */
    private static int[] describedAs(ParsedSentence s, int verb) {
        if (!s.token(verb).lemma().equals("describe") || s.child(verb, "obj") < 0) {
            return null;
        }
        for (int c : s.children(verb)) {
            int as = s.child(c, "case", "mark");
            if (c > verb && as >= 0 && s.token(as).word().equalsIgnoreCase("as")) {
                int[] phrase = s.subtreeRange(c);
                return new int[] {as + 1, phrase[1]};
            }
        }
        return null;
    }

    /**
     * "described the bill as a “gift to polluters”", "praised the mayor as a “true leader”": the object with
     * what the speaker called it, when that is quoted (otherwise "described the plan as costly" is
     * narration of a description, not a quote). Token range {from, to}, or null.
     */
    private static int[] characterisation(ParsedSentence s, int verb) {
        int object = -1;
        for (int c : s.children(verb)) {
            if (c > verb && s.baseRelation(c).equals("obj")) {
                object = c;
                break;
            }
        }
        if (object < 0) {
            return quotationAfterAs(s, verb);
        }
        for (int c : s.children(verb)) {
            int as = s.child(c, "case", "mark");
            if (c <= object || as < 0 || !s.token(as).word().equalsIgnoreCase("as")) {
                continue;
            }
            int[] phrase = s.subtreeRange(c);
            int open = -1;
            int close = -1;
            for (int t = as; t < s.size() && (t <= phrase[1] || open >= 0 && close < 0); t++) {
                if (s.token(t).pos().equals("``") && open < 0) {
                    open = t;
                } else if (s.token(t).pos().equals("''") && open >= 0) {
                    close = t; // the closing mark may hang outside the phrase
                }
            }
            if (open >= 0 && close > open) {
                // "as a “gift to polluters” on Monday": an adjunct after the quotation is the
                // narrator's, and so is a comment set off by a dash ("as a “gift” — a sign of ...")
                boolean asideAfter = close + 1 <= phrase[1]
                        && (s.token(close + 1).pos().equals("IN") || isDash(s, close + 1));
                return new int[] {s.subtreeRange(object)[0], asideAfter ? close : Math.max(close, phrase[1])};
            }
        }
        return null;
    }

    private List<Cue> accordingToCues(ParsedSentence s, int according) {
        int source = s.head(according);
        if (source >= 0 && source < according) {
            source = sourceReadFromTokens(s, according + 2);
        }
        if (source < 0 || source == according) {
            return List.of();
        }
        int[] chunk = s.subtreeRangeExcluding(source, Set.of("acl", "acl:relcl"));
        chunk[0] = Math.min(chunk[0], according);
        TextSpan attribution = span(s, chunk[0], chunk[1]);
        List<TextSpan> contents = new ArrayList<>();
        // "..., according to a poll released last week.": a clause on the source still ends the sentence
        int sourceEnd = s.subtreeRange(source)[1];
        if (onlyPunctuation(s, chunk[1] + 1, s.size() - 1) || chunk[0] > 0 && onlyPunctuation(s, sourceEnd + 1, s.size() - 1)) {
            contents.add(span(s, 0, chunk[0] - 1));
        } else if (chunk[0] == 0 || onlyPunctuation(s, 0, chunk[0] - 1)) {
            contents.add(span(s, chunk[1] + 1, s.size() - 1));
        } else if (chunk[0] > 0 && s.token(chunk[0] - 1).word().equals(",") && chunk[1] + 1 < s.size()
                && s.token(chunk[1] + 1).word().equals(",")) {
            // "The hard part, according to planners, is the money": the statement the attribution
            // interrupts, both halves, as for "..., planners say, ..."; a scene-setting opener
            // ("In May, according to police, ...") is no half of it
            if (holdsAStatement(s, chunk[0] - 1)) {
                contents.add(span(s, 0, chunk[0] - 1));
            }
            contents.add(secondHalf(s, chunk));
        } else {
            contents.add(span(s, 0, s.size() - 1));
        }
        List<Cue> cues = new ArrayList<>();
        for (TextSpan content : contents) {
            if (content != null) {
                cues.add(new Cue(s.index(), according, source, content, attribution, attribution, "according to", "neutral", false, false));
            }
        }
        return cues;
    }

    /**
     * "..., according to media buying agency Spotline.": when the parser hangs "according" on the
     * verb before it, the source is the noun phrase after "to", read from the tags up to the
     * sentence's end or a comma; -1 when something else follows.
     */
    private static int sourceReadFromTokens(ParsedSentence s, int from) {
        int last = -1;
        int t = from;
        for (; t < s.size() && t - from < 10; t++) {
            Token token = s.token(t);
            if (token.isNoun()) {
                last = t;
            } else if (!ASIDE_NAME_TAGS.contains(token.pos()) && !token.pos().equals("VBG")) {
                break;
            }
        }
        boolean phraseEnds = t < s.size() && (s.token(t).word().equals(",") || onlyPunctuation(s, t, s.size() - 1));
        return last >= 0 && last == t - 1 && phraseEnds ? last : -1;
    }

    /**
     * "The company released a statement saying it would appeal", "Lee gave a speech noting
     * ...": a participle on a statement that is the object of a verb speaks for that verb's subject.
     * -1 when the participle hangs on anything else: on "a man saying", the man speaks.
     */
    private int issuerOfStatement(ParsedSentence s, int verb) {
        int statement = s.head(verb);
        if (!s.baseRelation(verb).equals("acl") || !s.token(verb).pos().equals("VBG") || statement < 0
                || !lexicon.isDocumentNoun(s.token(statement).lemma()) && !SPOKEN_STATEMENTS.contains(s.token(statement).lemma())
                || !s.baseRelation(statement).equals("obj") || s.head(statement) < 0) {
            return -1;
        }
        return subjectOf(s, s.head(statement));
    }

    /**
     * "footage of Ann Lowe saying ...", "a video of the mayor telling ...": a participle on a
     * recording speaks for whoever the recording is of, named right before it. -1 otherwise.
     */
    private static int shownSpeaking(ParsedSentence s, int verb) {
        int recording = s.head(verb);
        if (!s.baseRelation(verb).equals("acl") || !s.token(verb).pos().equals("VBG") || recording < 0
                || !RECORDINGS.contains(s.token(recording).lemma().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int c : s.children(recording)) {
            int of = s.child(c, "case");
            if (s.baseRelation(c).equals("nmod") && of >= 0 && s.token(of).word().equalsIgnoreCase("of")
                    && s.subtreeRange(c)[1] == verb - 1) {
                return c;
            }
        }
        return -1;
    }

    /**
     * "with a lawyer for the residents describing the raid as ...", "quoted a neighbour saying
     * she heard shots": a participle on a noun phrase that names a person speaks for that person
     * (the phrase's head, past an "of"/"for" phrase the parser hung the participle on). A thing's
     * participle ("a tweet saying") is left to the rules for statements. -1 otherwise.
     */
    private int personDoingIt(ParsedSentence s, int verb) {
        int noun = s.head(verb);
        if (!s.baseRelation(verb).equals("acl") || !s.token(verb).pos().equals("VBG") || noun < 0 || noun > verb) {
            return -1;
        }
        while (s.baseRelation(noun).equals("nmod") && s.head(noun) >= 0 && s.token(s.head(noun)).isNoun()) {
            noun = s.head(noun);
        }
        if (!PHRASES_AFTER_VERB.contains(s.baseRelation(noun))) {
            // "A neighbour saying she heard shots called the police": the parse of such subjects runs on
            return -1;
        }
        return namesAPerson(s.token(noun)) ? noun : -1;
    }

    /** A name, a title or a common noun for a living being: a word that can stand for a speaker. */
    private boolean namesAPerson(Token head) {
        return "PERSON".equals(head.ner()) || lexicon.isTitleWord(head.word())
                || head.isNoun() && !head.isProperNoun() && lexicon.isAnimateNoun(head.lemma());
    }

    /** The subject of the verb, or of the verb it is coordinated with or depends on ("went on to say"). */
    static int subjectOf(ParsedSentence s, int verb) {
        if (verb > 0 && Token.isQuoteMark(s.token(verb - 1).word())) {
            // "“Voters rejected that approach,” said Lopez": the name after the verb is the speaker
            // even when the parser makes a noun inside the quotation the verb's subject.
            int inverted = invertedSubject(s, verb);
            if (inverted >= 0) {
                return inverted;
            }
        }
        int gerundSpeaker = speakerOfGerund(s, verb);
        if (gerundSpeaker >= 0) {
            return gerundSpeaker;
        }
        int v = verb;
        for (int hops = 0; v >= 0 && hops < 3; hops++) {
            int subject = nearestSubject(s, v);
            if (subject >= 0) {
                return subject;
            }
            int inverted = invertedSubject(s, v);
            if (inverted >= 0) {
                return inverted;
            }
            int quoted = quotedAs(s, v);
            if (quoted >= 0) {
                return quoted;
            }
            if (s.child(v, "nsubj:pass") >= 0) {
                break; // "when the fee was announced": a passive names what was said, never who said it
            }
            boolean hangingParticiple = v != verb && s.relation(v).equals("dep") && s.token(v).pos().equals("VBG");
            if (!SUBJECT_HEADS.contains(s.baseRelation(v)) && !s.relation(v).equals("conj") && !hangingParticiple
                    || isReducedPassive(s, v)) {
                break;
            }
            int head = s.head(v);
            boolean objectControl = head >= 0 && s.baseRelation(v).equals("xcomp")
                    && OBJECT_CONTROL.contains(s.token(head).lemma().toLowerCase(Locale.ROOT));
            int controller = objectControl ? s.child(head, "obj") : -1;
            if (controller > head && controller < v) {
                return controller; // "leading the board to warn ...": the object does what it is moved to do
            }
            v = outsideClosedAside(s, s.head(v), verb);
        }
        int relative = s.head(verb);
        if (LOOSE_ATTACHMENTS.contains(s.baseRelation(verb)) && relative >= 0 && relative < verb
                && s.relation(relative).equals("acl:relcl") && s.token(verb - 1).word().equals(",")
                && s.head(relative) >= 0 && s.token(s.head(relative)).isNoun()) {
            // "a reader, whose name was withheld, wrote ...": the parser hung the verb on the
            // relative clause between the commas; its subject is the noun that clause describes
            return s.head(relative);
        }
        int lost = subjectTheParseLost(s, verb);
        // "Police issued a warning Tuesday saying ...": a participle the parser left hanging on a
        // verb as "dep" is that verb's, as an adverbial one is
        int head = s.head(verb);
        if (lost < 0 && s.relation(verb).equals("dep") && s.token(verb).pos().equals("VBG") && head >= 0
                && s.token(head).isVerb()) {
            return nearestSubject(s, head);
        }
        return lost;
    }

    /**
     * "opened by saying ...", "was fined after saying ...", "criticized the mayor for saying ...": a
     * gerund after a preposition has no subject of its own; the one who spoke is the clause's
     * subject (the passive's patient too: the one fined is the one who spoke), except that "for"
     * after an object gives the reason that object is praised or blamed. -1 when {@code verb} is
     * no such gerund.
     */
    private static int speakerOfGerund(ParsedSentence s, int verb) {
        int head = s.head(verb);
        int preposition = s.child(verb, "case", "mark");
        if (head < 0 || preposition < 0 || preposition != verb - 1 || !s.token(verb).pos().equals("VBG")
                || !s.token(head).isVerb() || head > verb || s.child(verb, "nsubj") >= 0
                || !GERUND_PREPOSITIONS.contains(s.token(preposition).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int object = s.child(head, "obj");
        if (s.token(preposition).word().equalsIgnoreCase("for") && object >= 0 && object < verb) {
            return object;
        }
        int subject = s.child(head, "nsubj"); // (a passive's subject too: its base relation is nsubj)
        return subject < head ? subject : -1;
    }

    /**
     * "She was quoted as saying ...": the one quoted is who spoke, although the passive makes them
     * the verb's patient. The passive subject of "quoted" when {@code verb} is its "as" clause, else -1.
     */
    private static int quotedAs(ParsedSentence s, int verb) {
        int head = s.head(verb);
        int as = s.child(verb, "mark");
        if (head < 0 || as < 0 || !s.token(as).word().equalsIgnoreCase("as") || !s.token(head).lemma().equals("quote")) {
            return -1;
        }
        return s.child(head, "nsubj:pass");
    }

    /**
     * "walked around City Hall - where the council met - while chanting ...": a clause
     * between dashes that close before the verb cannot govern it, whatever the parser hung there;
     * the nearest verb above that aside does. {@code head} itself when it stands outside any.
     */
    private static int outsideClosedAside(ParsedSentence s, int head, int verb) {
        if (head < 0 || head > verb) {
            return head;
        }
        int open = -1;
        int close = -1;
        for (int t = 0; t < verb; t++) {
            if (isDash(s, t)) {
                if (open < 0 || close >= 0) {
                    open = t;
                    close = -1;
                } else {
                    close = t;
                }
                if (close > head && open < head) {
                    break;
                }
            }
        }
        if (open < 0 || close < 0 || !(open < head && head < close)) {
            return head;
        }
        int up = head;
        while (up >= 0 && (up > open && up < close || !s.token(up).isVerb())) {
            up = s.head(up);
        }
        return up;
    }

    /** A dash that sets words apart: a long one, or a hyphen with space on both sides ("weight-loss" is one word). */
    private static boolean isDash(ParsedSentence s, int t) {
        String word = s.token(t).word();
        if (word.equals("\u2013") || word.equals("\u2014") || word.equals("\u2015") || word.equals("--")) {
            return true;
        }
        return word.equals("-") && t > 0 && t + 1 < s.size() && s.token(t - 1).end() < s.token(t).begin()
                && s.token(t + 1).begin() > s.token(t).end();
    }

    /**
     * "The recall, if confirmed, ...", "When asked about the fee, Lee ...": a past participle with a
     * conjunction and no auxiliary is a passive cut short; the main clause's subject is what was
     * approved or asked, never who spoke.
     */
    private static boolean isReducedPassive(ParsedSentence s, int verb) {
        return s.baseRelation(verb).equals("advcl") && s.token(verb).pos().equals("VBN") && s.child(verb, "mark") >= 0
                && s.child(verb, "aux", "aux:pass") < 0;
    }

    /**
     * When the parse gives a speech verb no subject at all (hung as "dep" of a noun, or coordinated
     * with the wrong verb), the words right before it still tell: "..., and a senior security official
     * in Baghdad told CNN" (the noun phrase ending right before the verb, opening after a comma or
     * conjunction) and "The fighter boasted ... and said ..." (after "and", the subject of the
     * sentence's main verb); and a noun with a participle phrase read as a clausal subject.
     * -1 when none holds.
     */
    private static int subjectTheParseLost(ParsedSentence s, int verb) {
        if (verb == 0) {
            return -1;
        }
        if (s.relation(verb).equals("acl:relcl") && s.head(verb) >= 0 && s.head(verb) < verb) {
            // "Jo Marsh, who last spring said ...": with words between them the parser can take the
            // relative pronoun for the object; it is still the subject, standing for the noun
            for (int c : s.children(verb)) {
                if (c < verb && s.token(c).pos().equals("WP") && s.token(c).word().equalsIgnoreCase("who")) {
                    return s.head(verb);
                }
            }
        }
        int clausal = s.child(verb, "csubj");
        if (clausal >= 0 && clausal < verb && s.token(clausal).pos().equals("VBN")) {
            // "People arrested last week said ...": the parser read the noun with its participle
            // phrase as a clause that is the subject; that phrase names the speakers
            int noun = s.child(clausal, "nsubj");
            boolean phrase = noun == clausal - 1 && s.token(noun).isNoun() && s.subtreeRange(clausal)[1] == verb - 1;
            return phrase ? clausal : -1;
        }
        Token before = s.token(verb - 1);
        if (before.pos().equals("CC")) {
            int root = -1;
            for (int t = 0; t < verb; t++) {
                if (s.head(t) < 0 && s.token(t).isVerb()) {
                    root = t;
                }
            }
            return root < 0 ? -1 : nearestSubject(s, root);
        }
        if (before.word().equals(",") && s.token(verb).pos().equals("VBG")) {
            // "Baker stood by the budget, saying it keeps ...": a participle set off after the
            // main clause speaks for that clause's subject
            int head = s.head(verb);
            if (head > verb && (s.relation(verb).equals("mark") || s.baseRelation(verb).equals("nsubj"))) {
                // "Lee mocked the plan, saying anyone who backs it “is dreaming”": the parser hung the
                // participle on the clause it introduces; the speaker is the subject of the clause before
                head = s.head(head);
            }
            if (head < 0 || head >= verb || !s.token(head).isVerb()) {
                return -1;
            }
            for (int c : s.children(head)) {
                // "Berg recalls him pacing the hall, saying ...": the participle goes
                // with the nearest clause, a gerund with a subject of its own ending at the comma
                int own = s.child(c, "nsubj");
                if (c > head && c < verb && s.token(c).pos().equals("VBG") && own >= 0 && own < c
                        && s.subtreeRange(c)[1] == verb - 2) {
                    return own;
                }
            }
            return nearestSubject(s, head);
        }
        if (!before.isNoun()) {
            return -1;
        }
        int head = verb - 1;
        while (s.head(head) >= 0 && s.head(head) < verb && NOUN_PHRASE_LINKS.contains(s.baseRelation(head))) {
            head = s.head(head);
        }
        int start = s.subtreeRange(head)[0];
        while (start < head && s.token(start).pos().equals("CC")) {
            start++; // "... asked her about her plans and Park suggested": the parser gave "and" to "Park"
        }
        boolean opens = start == 0 || s.token(start - 1).word().equals(",") || s.token(start - 1).pos().equals("CC");
        return opens && s.token(head).isNoun() && s.subtreeRange(head)[1] == verb - 1 ? head : -1;
    }

    /**
     * The subject nearest the verb: a mis-parsed quote ("“People … deserve …,” Baker said") can hang
     * its own subject on the speech verb too, and the real speaker stands next to the verb.
     */
    private static int nearestSubject(ParsedSentence s, int verb) {
        int best = -1;
        for (int c : s.children(verb)) {
            // A subject after the verb is the content's ("saying a full freezer keeps food"), except
            // in the inverted order after a quote or comma, which invertedSubject handles.
            // A passive subject is what was said or who was told ("what was claimed to be", "he was
            // told"), never the speaker.
            // A bare gerund ("for refusing to comment") is the parser's misreading, never who speaks.
            if (s.relation(c).equals("nsubj") && c < verb && (best < 0 || c > best) && !quotedBefore(s, c, verb)
                    && !s.token(c).pos().equals("VBG")) {
                best = c;
            }
        }
        int clausal = s.child(verb, "csubj");
        if (best < 0 && clausal >= 0 && clausal < verb && s.token(clausal).pos().equals("VBG")) {
            // "Pickets standing by the gate chanted ...": the parser made the participle
            // phrase a clausal subject; the noun it describes is who spoke
            int noun = s.child(clausal, "nsubj");
            if (noun >= 0 && s.subtreeRange(noun)[1] == clausal - 1 && s.token(noun).isNoun() && s.child(clausal, "aux") < 0) {
                best = noun;
            }
        }
        if (best >= 0 && (s.token(best).pos().equals("WP") || s.token(best).pos().equals("WDT"))
                && s.relation(verb).startsWith("acl") && s.head(verb) >= 0) {
            return s.head(verb); // "veteran MPs who said ...": the noun the relative clause describes
        }
        if (best >= 0 && s.token(best).pos().equals("WDT") && best == verb - 1 && s.relation(verb).equals("dep")
                && s.head(verb) >= 0 && s.head(verb) < best) {
            // "nailed a notice to the door on Monday that says ...": a relative clause the parser hung on the
            // verb, past an adverbial, describes that verb's object
            int object = s.child(s.head(verb), "obj");
            if (object >= 0 && object < best) {
                return object;
            }
        }
        if (best >= 0 && s.token(verb).pos().equals("VBZ")) {
            // "Six rookies made the roster -- two of them from Quebec -- and Lee says": a singular
            // verb agrees with one subject; a coordination the parser made across clauses leaves
            // its last conjunct as it
            for (int c : s.children(best)) {
                if (s.relation(c).equals("conj") && c == verb - 1) {
                    return c;
                }
            }
        }
        return best;
    }

    /**
     * "Jo Roe, who shed 20 lbs. “and three dress sizes” over the winter, says ...": a word inside a
     * quotation that closes before the verb is somebody's words, not who speaks.
     */
    private static boolean quotedBefore(ParsedSentence s, int word, int verb) {
        int opening = -1;
        for (int t = word - 1; t >= 0 && opening < 0; t--) {
            String tag = s.token(t).pos();
            if (tag.equals("''")) {
                return false;
            }
            if (tag.equals("``")) {
                opening = t;
            }
        }
        if (opening < 0) {
            return false;
        }
        for (int t = word + 1; t < verb; t++) {
            if (s.token(t).pos().equals("''")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "“…,” says LeBlanc": after a closing quote or a comma, the noun right after the verb is its
     * subject, however the parser labelled it (xcomp, obj and dep are common mistakes here).
     */
    private static int invertedSubject(ParsedSentence s, int verb) {
        if (verb == 0 || verb + 1 >= s.size()) {
            return -1;
        }
        String before = s.token(verb - 1).word();
        if (!before.equals(",") && !Token.isQuoteMark(before) || s.token(verb).pos().equals("VBG")) {
            // a participle is never inverted: in "..., saying anyone who ... is wrong" the noun
            // after it opens what was said
            return -1;
        }
        for (int c : s.children(verb)) {
            if (c > verb && (s.token(c).isNoun() || s.token(c).isPronoun())
                    && Set.of("nsubj", "xcomp", "obj", "dep", "iobj", "appos").contains(s.relation(c))
                    && s.subtreeRange(c)[0] == verb + 1) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isNegated(ParsedSentence s, int verb) {
        for (int c : s.children(verb)) {
            String rel = s.baseRelation(c);
            if ((rel.equals("advmod") || rel.equals("neg")) && NEGATIONS.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            // "Neither the mayor nor the chief has said ...", "Nobody has said ...", "No official said ..."
            if (rel.equals("nsubj") && c < verb
                    && NEGATED_SUBJECTS.contains(s.token(s.subtreeRange(c)[0]).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int[] attributionRange(ParsedSentence s, int verb, int subject) {
        int[] range = {verb, verb};
        if (s.isAncestor(verb, subject)) {
            int[] sub = s.subtreeRange(subject);
            range[0] = Math.min(range[0], sub[0]);
            range[1] = Math.max(range[1], sub[1]);
        } else if (hangsOnRelativeClauseOf(s, verb, subject)) {
            range[0] = Math.min(range[0], s.subtreeRange(subject)[0]);
        }
        for (int c : s.children(verb)) {
            if (ATTRIBUTION_PARTS.contains(s.relation(c)) || ATTRIBUTION_PARTS.contains(s.baseRelation(c))) {
                if (s.token(c).isPunctuation()) {
                    continue;
                }
                int[] sub = s.subtreeRange(c);
                if (containsQuoteMark(s, sub)) {
                    continue; // quoted words are content, never part of the attribution
                }
                // A dependent on the far side of a comma belongs to the content, not the attribution.
                if (sub[1] < range[0] && crossesComma(s, sub[1], range[0])
                        || sub[0] > range[1] && crossesComma(s, range[1], sub[0])) {
                    continue;
                }
                range[0] = Math.min(range[0], sub[0]);
                range[1] = Math.max(range[1], sub[1]);
            }
        }
        return range;
    }

    private static boolean containsQuoteMark(ParsedSentence s, int[] range) {
        for (int t = range[0]; t <= range[1]; t++) {
            if (s.token(t).isQuoteMark()) {
                return true;
            }
        }
        return false;
    }

    /** The verb with its subject's noun phrase, when they stand together ("he said", "said Kerry"). */
    /**
     * "a reader, whose name was withheld, wrote": the parser hung the verb on the subject's relative
     * clause, so the subject is no descendant of the verb, yet stands before it as its source.
     */
    private static boolean hangsOnRelativeClauseOf(ParsedSentence s, int verb, int subject) {
        return subject < verb && s.head(verb) >= 0 && s.head(s.head(verb)) == subject;
    }

    private static TextSpan core(ParsedSentence s, int verb, int subject) {
        int[] range = {verb, verb};
        if (s.isAncestor(verb, subject)) {
            int[] sub = s.subtreeRangeExcluding(subject, Set.of("acl", "acl:relcl", "punct"));
            range[0] = Math.min(range[0], sub[0]);
            range[1] = Math.max(range[1], sub[1]);
        } else if (hangsOnRelativeClauseOf(s, verb, subject)) {
            range[0] = s.subtreeRange(subject)[0]; // the relative clause the verb hangs on stays inside
        }
        for (int t = range[0]; t <= range[1]; t++) {
            if (s.token(t).isQuoteMark()) {
                return new TextSpan(s.token(verb).begin(), s.token(verb).end());
            }
        }
        return new TextSpan(s.token(range[0]).begin(), s.token(range[1]).end());
    }

    private static boolean crossesComma(ParsedSentence s, int from, int to) {
        for (int t = from + 1; t < to; t++) {
            if (s.token(t).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Tokens {@code range} hold or stand between quotation marks (the closing one may follow a comma). */
    private static boolean quoted(ParsedSentence s, int[] range) {
        int[] around = {Math.max(0, range[0] - 1), Math.min(s.size() - 1, range[1] + 2)};
        return containsQuoteMark(s, around);
    }

    private static int complementAfterOrAround(ParsedSentence s, int verb) {
        int found = -1;
        for (int c : s.children(verb)) {
            if (introducedByParticiple(s, c)) {
                continue; // "..., saying a full tank lasts a week": the participle's clause, not this verb's
            }
            if (opensWithConjunctionAfterComma(s, c)) {
                continue; // "..., as other rooms might argue for a stage": an adverbial clause the parser set loose
            }
            boolean laterWins = found >= 0 && found < verb && c > verb && !quoted(s, s.subtreeRange(found));
            if (CONTENT_RELATIONS.contains(s.baseRelation(c)) && (found < 0 || laterWins)) {
                // with an unquoted one before and one after ("Strange as it sounds, Lee said the
                // storm ..."), the one before is a fronted adverbial the parser took for content
                found = c;
            }
        }
        return found;
    }

    /** The complement is a speech verb whose own subject opens right after a comma: a report of its own. */
    private boolean isReportAfterComma(ParsedSentence s, int verb, int complement) {
        int subject = s.child(complement, "nsubj");
        if (!lexicon.isSpeechVerb(s.token(complement).lemma()) || subject < 0 || subject > complement) {
            return false;
        }
        int opening = s.subtreeRange(subject)[0];
        return opening > verb + 1 && s.token(opening - 1).word().equals(",");
    }

    /** A loose clause that a comma and a conjunction of contrast, cause or time open: an adverbial, never content. */
    private static boolean opensWithConjunctionAfterComma(ParsedSentence s, int clause) {
        int first = s.subtreeRange(clause)[0];
        return s.baseRelation(clause).equals("parataxis") && first > 0 && s.token(first - 1).word().equals(",")
                && LOOSE_CONJUNCTIONS.contains(s.token(first).word().toLowerCase(Locale.ROOT));
    }

    /**
     * A clause that opens with a participle after a comma, which the parser made its marker or its
     * subject: ", saying a full tank lasts a week".
     */
    private static boolean introducedByParticiple(ParsedSentence s, int clause) {
        int first = s.subtreeRange(clause)[0];
        int lead = s.child(clause, "mark", "nsubj");
        return lead == first && lead > 0 && s.token(lead).pos().equals("VBG") && s.token(lead - 1).word().equals(",");
    }

    /**
     * What a directive asks of its addressee ("urged residents to conserve water", "reminded
     * drivers to slow down"): an infinitive after the verb's object, reported speech in
     * news. The span starts at "to", as news corpora mark it. -1 when the verb has no such clause.
     */
    private int requestedAction(ParsedSentence s, int verb) {
        if (!DIRECTIVES.contains(s.token(verb).lemma())) {
            return -1;
        }
        int addressee = s.child(verb, "obj", "iobj");
        if (addressee < 0) {
            return -1;
        }
        for (int c : s.children(verb)) {
            int mark = s.child(c, "mark");
            // (the parser makes it an adverbial clause after a time: "warned drivers Monday not to ...")
            boolean clause = s.baseRelation(c).equals("xcomp") || s.baseRelation(c).equals("advcl");
            if (clause && addressee < c && c > verb && mark >= 0 && s.token(mark).word().equalsIgnoreCase("to")) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The clause right after the verb when the parser did not make it the verb's complement
     * ("officials said the United States wasn't interested ..." can come out as parataxis the other
     * way round). The addressee of verbs that take one ("told reporters Monday") and time
     * expressions are skipped; the stretch must hold a verb of its own.
     */
    static TextSpan tailClause(ParsedSentence s, int verb) {
        int start = verb + 1;
        boolean moved = true;
        boolean addressed = false;
        while (moved && start < s.size()) {
            moved = false;
            for (int c : s.children(verb)) {
                String rel = s.relation(c);
                // one addressee only: in "told reporters the mayor was tired" the second object is
                // the subject of the content the parser lost
                boolean addressee = !addressed && (rel.equals("obj") || rel.equals("iobj"))
                        && TAKES_ADDRESSEE.contains(s.token(verb).lemma());
                boolean time = rel.equals("obl:tmod") || rel.equals("nmod:tmod") || rel.equals("obl") && isTimeOrPlace(s, c);
                boolean adverb = rel.equals("advmod") && !isExistentialThere(s, c);
                if ((addressee || time || adverb || rel.equals("compound:prt")) && s.subtreeRange(c)[0] == start) {
                    start = s.subtreeRange(c)[1] + 1;
                    addressed |= addressee;
                    moved = true;
                }
            }
        }
        if (start < s.size() && s.token(start).word().equalsIgnoreCase("that")) {
            start++;
        }
        int end = s.size() - 1;
        if (start > end || end - start < 2 || startsAnotherClause(s, verb, start) || timesTheAct(s, verb, start)) {
            return null;
        }
        if (s.token(start).word().equals(",") && (s.token(start + 1).pos().equals("VBG") || s.token(start + 1).pos().equals("VBN")
                || reportOpensAt(s, start + 1))) {
            // "..., she says, wiping the counter": what she does as she speaks; "promised more
            // school funding, aimed at ...": what the promise was for; "In a column he wrote for
            // the paper, Mr. Reed said ...": the main clause, a report of its own
            return null;
        }
        int first = start;
        while (first < end && s.token(first).isPunctuation()) {
            first++;
        }
        if (first > start && s.token(first).pos().equals("CC")) {
            return null; // "promised cheaper fares, but she has also ...": a clause of its own, not what was said
        }
        boolean aLot = start + 1 < s.size() && s.token(start).word().equalsIgnoreCase("a")
                && s.token(start + 1).word().equalsIgnoreCase("lot");
        if (aLot || INDEFINITE_OBJECTS.contains(s.token(start).word().toLowerCase(Locale.ROOT))) {
            return null; // "said something to win them over", "says a lot about": no clause was lost
        }
        boolean hasVerb = false;
        for (int t = start; t <= end; t++) {
            Token tok = s.token(t);
            hasVerb |= (tok.isVerb() || tok.pos().equals("MD")) && !tok.pos().equals("VBG") && t > start
                    && !inSubordinateClauseOf(s, verb, t);
        }
        if (!hasVerb || s.token(start).isVerb() || s.token(start).pos().equals("TO") || s.token(start).pos().equals("IN")) {
            return null;
        }
        return span(s, start, end);
    }

    /**
     * Token {@code t} lies in an adverbial clause of {@code verb} that a conjunction opens ("says much
     * about the car as it climbs the hill"): that clause's verb does not make the words after the
     * speech verb a statement of their own.
     */
    private static boolean inSubordinateClauseOf(ParsedSentence s, int verb, int t) {
        for (int c : s.children(verb)) {
            int[] range = s.subtreeRange(c);
            int mark = s.child(c, "mark");
            if (c > verb && s.baseRelation(c).equals("advcl") && mark >= 0 && t >= range[0] && t <= range[1]
                    && SUBORDINATORS.contains(s.token(mark).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A name and the sentence's main verb open at token {@code t} ("Mr. Reed said"). */
    private static boolean reportOpensAt(ParsedSentence s, int t) {
        int verb = verbAfterName(s, t);
        return verb >= 0 && s.relation(verb).equals("root");
    }

    /** The verb right after a run of proper nouns that starts at token {@code t}, or -1. */
    private static int verbAfterName(ParsedSentence s, int t) {
        int name = t;
        while (name < s.size() && s.token(name).isProperNoun()) {
            name++;
        }
        return name > t && name < s.size() && s.token(name).isVerb() ? name : -1;
    }

    /**
     * "Reed finally said “no more.”": a quotation that opens right after the verb is what was said,
     * however short, whatever the parser made of its words. Its token range with the marks, or null.
     */
    private static int[] quotationRightAfter(ParsedSentence s, int verb) {
        if (verb + 2 >= s.size() || !s.token(verb + 1).pos().equals("``")) {
            return null;
        }
        int close = closingMark(s, verb + 2);
        return close > verb + 2 && endsWhatWasSaid(s, close + 1) ? new int[] {verb + 1, close} : null;
    }

    /**
     * "keeps shouting, “Hold the rope,” until the boat is clear", "saying at the dock, “We are
     * ready”", "told the crowd, “...”": a quotation the verb introduces with a comma, after nothing
     * but adverbials of the verb and whom it addresses, is what was said; the narration after it is not. Its token range with the marks,
     * or null.
     */
    private int[] quotationAfterComma(ParsedSentence s, int verb) {
        int comma = verb + 1;
        while (comma < s.size() && comma - verb <= 6 && !s.token(comma).isPunctuation()
                && (isAdverbialOf(s, verb, comma) || isAddresseeOf(s, verb, comma) || isIdiomObject(s, verb, comma)
                        || isPronounObjectOfAsClause(s, verb, comma))) {
            comma++;
        }
        if (comma + 2 >= s.size() || !s.token(comma).word().equals(",") || !s.token(comma + 1).pos().equals("``")) {
            return null;
        }
        boolean single = Token.isSingleQuoteMark(s.token(comma + 1).word());
        for (int t = comma + 2; t < s.size(); t++) {
            // the tagger can tag a straight closing mark as an opening one: the next mark of the
            // same kind closes the quotation
            if (s.token(t).isQuoteMark() && Token.isSingleQuoteMark(s.token(t).word()) == single) {
                return t > comma + 2 ? new int[] {comma + 1, t} : null;
            }
        }
        return null;
    }

    /**
     * Whether token {@code t} is the pronoun object of a verb in an "as" clause ("as the paper
     * described it, “...”", "as critics called them, “...”"): the pronoun stands for what the
     * sentence names, the quotation after it gives the words.
     */
    private static boolean isPronounObjectOfAsClause(ParsedSentence s, int verb, int t) {
        return t == verb + 1 && s.head(t) == verb && s.relation(t).equals("obj") && s.token(t).pos().equals("PRP")
                && isAsClause(s, verb);
    }

    /** Whether a verb opens with "as" ("as Lee put it", "as critics called them"). */
    private static boolean isAsClause(ParsedSentence s, int verb) {
        int mark = s.child(verb, "mark");
        return mark >= 0 && mark < verb && s.token(mark).word().equalsIgnoreCase("as");
    }

    /** Whether token {@code t} is the fixed object of a speech idiom ("it" of "as Lee put it"). */
    private boolean isIdiomObject(ParsedSentence s, int verb, int t) {
        return t == verb + 1 && t < s.size() && s.head(t) == verb && s.relation(t).equals("obj")
                && lexicon.isPhrasalSpeechVerb(s.token(verb).lemma(), s.token(t).word());
    }

    /** Whether token {@code t} belongs to whom a verb that takes an addressee speaks to ("told the crowd"). */
    private static boolean isAddresseeOf(ParsedSentence s, int verb, int t) {
        int node = dependentHolding(s, verb, t);
        return node >= 0 && (s.relation(node).equals("obj") || s.relation(node).equals("iobj"))
                && TAKES_ADDRESSEE.contains(s.token(verb).lemma());
    }

    /** Whether token {@code t} belongs to an adverbial of {@code verb}: a time, place or manner. */
    private static boolean isAdverbialOf(ParsedSentence s, int verb, int t) {
        int node = dependentHolding(s, verb, t);
        return node >= 0 && ADVERBIALS.contains(s.relation(node));
    }

    /** The dependent of {@code verb} whose phrase holds token {@code t}, or -1. */
    private static int dependentHolding(ParsedSentence s, int verb, int t) {
        int node = t;
        while (node >= 0 && s.head(node) != verb) {
            node = s.head(node);
        }
        return node;
    }

    /**
     * Whether the object ends at token {@code next}: the sentence ends, or goes on with
     * punctuation or a prepositional phrase ("on Monday"); not when the quotation only opens the
     * content (“budget reforms” and cuts would pay for it) or qualifies a noun (“Hidden” Truth).
     */
    private static boolean endsWhatWasSaid(ParsedSentence s, int next) {
        if (next >= s.size()) {
            return true;
        }
        String tag = s.token(next).pos();
        if (!(s.token(next).isPunctuation() || tag.equals("IN") || tag.equals("TO"))) {
            return false;
        }
        for (int t = next; t < s.size(); t++) {
            if (s.token(t).isVerb() || s.token(t).pos().equals("MD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The city answered weeks later when Diaz filed a complaint": an adverbial clause of the verb that
     * runs to the end of the sentence (no comma left) tells when or why the act happened, not what
     * was said; "said when the bridge closes, traffic will ..." goes on to a clause of its own.
     */
    private static boolean timesTheAct(ParsedSentence s, int verb, int start) {
        if (!CIRCUMSTANCE_OPENERS.contains(s.token(start).word().toLowerCase(Locale.ROOT))) {
            return false; // "explained why ...", "asked if ...": what was said
        }
        for (int t = start + 1; t < s.size(); t++) {
            if (s.token(t).word().equals(",") || s.token(t).word().equals(";")) {
                return false;
            }
        }
        int clause = s.head(start);
        return clause > start && s.baseRelation(clause).equals("advcl") && s.head(clause) == verb;
    }

    /** "says there has to be a better road": a "there" the tagger took for an adverb but a verb follows. */
    private static boolean isExistentialThere(ParsedSentence s, int t) {
        return s.token(t).word().equalsIgnoreCase("there") && t + 1 < s.size()
                && (s.token(t + 1).isVerb() || s.token(t + 1).pos().equals("MD"));
    }

    /**
     * Whether the words after the verb are not its content: the verb's object followed by a comma or a
     * conjunction before any verb, where a new clause starts ("When the Liberals announced their plans
     * in 2015, the economy was ...").
     */
    private static boolean startsAnotherClause(ParsedSentence s, int verb, int start) {
        int object = s.child(verb, "obj");
        if (object < 0 || s.subtreeRange(object)[0] != start) {
            return false;
        }
        if (hangingPredicate(s, verb, object) >= 0) {
            return false;
        }
        for (int t = s.subtreeRange(object)[1] + 1; t < s.size(); t++) {
            Token tok = s.token(t);
            if (tok.isVerb() || tok.pos().equals("MD")) {
                return false;
            }
            if (tok.word().equals(",") && t + 1 < s.size() && insertionStarts(s.token(t + 1))) {
                // "say the fund, run by the county, has paid ...": the subject of the content with
                // an insertion closed by a second comma; without one the object's sentence ends there
                int close = t + 1;
                while (close < s.size() && !s.token(close).word().equals(",")) {
                    close++;
                }
                if (close >= s.size() - 2) {
                    return true;
                }
                t = close;
                continue;
            }
            if (tok.word().equals(",") || tok.pos().equals("CC")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "said drought and lost grazing land have ...": a finite verb with no subject left hanging
     * on the speech verb after its object is the predicate of what was said, which the parser read
     * as an object and a second verb of the speaker's. The predicate's index, or -1.
     */
    private static int hangingPredicate(ParsedSentence s, int verb, int object) {
        for (int c : s.children(verb)) {
            if (c > object && s.relation(c).equals("dep") && isFinite(s, c) && s.child(c, "nsubj") < 0) {
                return c;
            }
        }
        return -1;
    }

    /** A verb that is finite itself or through its auxiliary ("have hurt", "will go"). */
    private static boolean isFinite(ParsedSentence s, int verb) {
        int aux = s.child(verb, "aux");
        return s.token(verb).isFiniteVerb() || aux >= 0 && s.token(aux).isFiniteVerb();
    }

    /** A participle or relative pronoun after a comma starts an insertion into the noun phrase before it. */
    private static boolean insertionStarts(Token t) {
        return t.pos().equals("VBN") || t.pos().equals("WDT") || t.pos().equals("WP");
    }

    private static boolean isTimeOrPlace(ParsedSentence s, int c) {
        int preposition = s.child(c, "case");
        return preposition >= 0 && Set.of("on", "in", "at", "during", "after", "before", "with")
                .contains(s.token(preposition).word().toLowerCase(Locale.ROOT));
    }

    private static int lastCommaBetween(ParsedSentence s, int from, int to) {
        for (int t = to - 1; t > from; t--) {
            if (s.token(t).word().equals(",")) {
                return t;
            }
        }
        return -1;
    }

    private static int lastNominalBetween(ParsedSentence s, int from, int to) {
        for (int t = to - 1; t > from; t--) {
            if (s.relation(t).endsWith(":tmod")) {
                continue; // "The union, Teamsters Local 615, late Sunday said": when, not who
            }
            if (s.token(t).isNoun() || s.token(t).isPronoun()) {
                return t;
            }
        }
        return -1;
    }

    /**
     * The words after ", X said," when they go on with the statement: not a follow-on speech act
     * ("adding that", "and added that") and not a second attribution ("according to the report").
     */
    private TextSpan secondHalf(ParsedSentence s, int[] attribution) {
        int first = attribution[1] + 2;
        while (first < s.size() && s.token(first).pos().equals("CC")) {
            first++;
        }
        if (first >= s.size() - 1) {
            return null;
        }
        Token opener = s.token(first);
        if (opener.isVerb() && lexicon.isSpeechVerb(opener.lemma()) || opener.word().equalsIgnoreCase("according")) {
            return null;
        }
        // "..., says Lee, pouring another cup": a participle describes the speaker;
        // "..., he says, and he left the meeting early": after a conjunction, a new clause of the narrator's
        // ("..., he said, closing the school would be harder": a gerund that is the subject goes on with it)
        boolean narratorsClause = first > attribution[1] + 2 && opener.pos().equals("PRP");
        boolean participle = (opener.pos().equals("VBG") || opener.pos().equals("VBN"))
                && !s.baseRelation(first).equals("csubj") && !s.baseRelation(first).equals("nsubj");
        if (participle || narratorsClause) {
            return null;
        }
        return span(s, attribution[1] + 2, s.size() - 1);
    }

    /**
     * "added two players to the roster", "only add to the delays": "add" with a "to" phrase and
     * no clause is no speech.
     */
    private static boolean addsSomethingToSomething(ParsedSentence s, int verb) {
        if (!s.token(verb).lemma().equals("add") || complementAfterOrAround(s, verb) >= 0) {
            return false;
        }
        for (int c : s.children(verb)) {
            int preposition = s.child(c, "case");
            if (c > verb && s.baseRelation(c).equals("obl") && preposition >= 0
                    && s.token(preposition).word().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens 0..{@code end} can be a statement. A fragment can ("Not this year, she said"),
     * but after a leading adverbial ("In his first novel,", "Driving home that night,") set aside up to its
     * comma a finite verb must remain, and a subordinate clause alone ("As the bell rang") is none.
     * "Between 50 and 100 troops have arrived" opens with a preposition but has no comma: read whole.
     */
    private static boolean holdsAStatement(ParsedSentence s, int end) {
        while (end >= 0 && s.token(end).isPunctuation()) {
            end--; // the comma that sets the attribution off
        }
        int from = 0;
        while (from <= end && (s.token(from).pos().equals("CC") || s.token(from).isQuoteMark())) {
            from++;
        }
        if (from > end) {
            return false;
        }
        while (from < end && s.token(from).pos().equals("RB")
                && SUBORDINATORS.contains(s.token(from + 1).word().toLowerCase(Locale.ROOT))) {
            from++; // "Right after the doors opened": the adverb only modifies the conjunction
        }
        Token opener = s.token(from);
        boolean adverbial = opener.pos().equals("IN") || opener.pos().equals("WRB") || opener.pos().equals("VBG")
                || opener.pos().equals("TO");
        if (!adverbial) {
            return true; // "Not this year, she said.": a fragment can be what was said
        }
        int comma = from;
        while (comma <= end && !s.token(comma).word().equals(",")) {
            comma++;
        }
        if (comma <= end) {
            from = comma;
        } else if (opener.pos().equals("WRB") || SUBORDINATORS.contains(opener.word().toLowerCase(Locale.ROOT))) {
            return false; // "As the bell rang": a subordinate clause and nothing else
        }
        for (int t = from; t <= end; t++) {
            if (s.token(t).isFiniteVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Token {@code t} hangs under {@code subject} through a relative or participle clause. */
    private static boolean inRelativeClauseOf(ParsedSentence s, int t, int subject) {
        boolean throughClause = false;
        for (int at = t; at >= 0; at = s.head(at)) {
            if (at == subject) {
                return throughClause;
            }
            throughClause |= s.baseRelation(at).equals("acl");
        }
        return false;
    }

    /**
     * "..., as larger farms might argue for faster permits": an "as" clause whose verb has a topic or
     * clause of its own says something else; only a bare one ("as Lee said on Monday") points back
     * at the statement before it.
     */
    private static boolean saysSomethingElse(ParsedSentence s, int verb) {
        int mark = s.child(verb, "mark");
        if (mark < 0 || !s.token(mark).word().equalsIgnoreCase("as")) {
            return false;
        }
        for (int c : s.children(verb)) {
            int preposition = s.child(c, "case");
            String rel = s.baseRelation(c);
            boolean topic = rel.equals("obl") && preposition >= 0
                    && TOPIC_PREPOSITIONS.contains(s.token(preposition).word().toLowerCase(Locale.ROOT));
            if (c > verb && (topic || rel.equals("ccomp") || rel.equals("xcomp"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "..., before the league rejected the new schedule.", "..., when Lee objected.": a clause of time,
     * cause or condition on the sentence reports nothing before it ("as" is read by
     * saysSomethingElse: "..., as Lee said" does report).
     */
    private static boolean isAdverbialClause(ParsedSentence s, int verb) {
        int mark = s.child(verb, "mark");
        if (mark < 0 || mark > verb) {
            // "“...,” when a heckler shouted at her": "when" opens a clause of time as a subordinator does
            int opener = s.subtreeRange(verb)[0];
            boolean when = s.relation(opener).equals("advmod") && s.head(opener) == verb
                    && TIME_WH_WORDS.contains(s.token(opener).word().toLowerCase(Locale.ROOT));
            if (!when) {
                return false;
            }
            mark = opener;
        }
        for (int t = mark + 1; t < verb; t++) {
            if (s.token(t).isPunctuation()) {
                return false; // a subordinator the parser hung across a quotation's end is not the verb's
            }
        }
        String word = s.token(mark).word().toLowerCase(Locale.ROOT);
        return !word.equals("as") && !word.equals("that") && !word.equals("to");
    }

    /** A clause with a verb of its own, then ", X said," and more: the attribution is set off in the middle. */
    private static boolean isParenthetical(ParsedSentence s, int[] attribution) {
        if (attribution[0] < 3 || isParticipleAfterComma(s, attribution) || attribution[1] + 1 >= s.size()
                || !s.token(attribution[0] - 1).word().equals(",") || !s.token(attribution[1] + 1).word().equals(",")) {
            return false;
        }
        for (int t = 0; t < attribution[0] - 1; t++) {
            if (s.token(t).isVerb() && !s.token(t).pos().equals("VBG")) {
                return true;
            }
            // "Most of the money, Lee says, will go back to families": the subject before
            // the attribution, its verb after it
            if (s.baseRelation(t).startsWith("nsubj") && s.head(t) > attribution[1]) {
                return true;
            }
        }
        // the same when the parser lost that subject: a predicate opens right after the attribution
        return attribution[1] + 2 < s.size() && FINITE_TAGS.contains(s.token(attribution[1] + 2).pos())
                && !s.token(0).pos().equals("IN");
    }

    /**
     * "..., and when cornered after the session, declaring, “...”": a participle set off by a comma
     * that introduces a quotation, or that the parser hung on a thing that cannot speak ("spoke
     * about the sale of the mill, arguing that ..."), speaks for the sentence's subject, not
     * for that noun; -1 otherwise. A document speaks for itself ("a post, on a page the club runs,
     * saying, “...”").
     */
    private int participleOfTheSentence(ParsedSentence s, int verb) {
        int noun = s.head(verb);
        int root = s.root();
        if (!s.relation(verb).equals("acl") || !s.token(verb).pos().equals("VBG") || verb == 0
                || !s.token(verb - 1).word().equals(",") || noun < 0 || root < 0 || !s.token(root).isVerb()
                || lexicon.isDocumentNoun(s.token(noun).lemma()) || SPOKEN_STATEMENTS.contains(s.token(noun).lemma())) {
            return -1;
        }
        boolean introducesQuotation = verb + 2 < s.size() && s.token(verb + 1).word().equals(",")
                && s.token(verb + 2).isQuoteMark();
        // "wrote about the sale of the mill, arguing that ...": a thing that cannot speak
        Token head = s.token(noun);
        boolean mute = !namesAPerson(head) && !head.isProperNoun() && !lexicon.isOrganizationNoun(head.lemma())
                && inMainClause(s, noun, root);
        return introducesQuotation || mute ? nearestSubject(s, root) : -1;
    }

    /**
     * Whether a noun belongs to a phrase of the main clause ("wrote about the sale of ...")
     * rather than to a clause of its own ("a tweet, on what was claimed to be an account, ...").
     */
    private static boolean inMainClause(ParsedSentence s, int noun, int root) {
        int n = noun;
        while (n >= 0 && n != root && NOUN_PHRASE_RELATIONS.contains(s.baseRelation(n))) {
            n = s.head(n);
        }
        return n == root;
    }

    /** "… , a U.S. defense official said." parses the speech verb under the content's verb. */
    private static boolean isFrontedOrParenthetical(ParsedSentence s, int verb, int[] attribution) {
        int head = s.head(verb);
        // "... to the paper, which printed the letter": a relative clause reports nothing fronted
        boolean under = head >= 0 && head < attribution[0] && !s.baseRelation(verb).equals("acl");
        boolean commaBefore = s.token(attribution[0] - 1).word().equals(",")
                || s.token(attribution[0] - 1).isQuoteMark();
        return commaBefore && (under || s.head(verb) < 0) && !isParticipleAfterComma(s, attribution);
    }

    /** ", saying ...", ", tweeting ...": a participle speaks for the clause before it, never reports it. */
    private static boolean isParticipleAfterComma(ParsedSentence s, int[] attribution) {
        return s.token(attribution[0]).pos().equals("VBG");
    }


    private static int colonAfter(ParsedSentence s, int from) {
        for (int t = from + 1; t < s.size() && t <= from + 2; t++) {
            if (s.token(t).word().equals(":")) {
                return t;
            }
        }
        return -1;
    }

    private static boolean onlyPunctuation(ParsedSentence s, int from, int to) {
        for (int t = from; t <= to; t++) {
            if (!s.token(t).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /** Tokens {@code from..to} as a character span, without edge punctuation other than quote marks. */
    private static TextSpan span(ParsedSentence s, int from, int to) {
        while (from <= to && isTrimmable(s.token(from).word(), true)) {
            from++;
        }
        while (to >= from && isTrimmable(s.token(to).word(), false)) {
            to--;
        }
        boolean hasWord = false;
        for (int t = from; t <= to && !hasWord; t++) {
            hasWord = !s.token(t).isPunctuation();
        }
        if (!hasWord) {
            return null;
        }
        return new TextSpan(s.token(from).begin(), s.token(to).end());
    }

    private static boolean isTrimmable(String word, boolean leading) {
        if (word.isEmpty()) {
            return true;
        }
        char c = word.charAt(0);
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        // Keep quote marks that close the content; drop opening ones with no text before them only
        // when they are alone at the edge (the engine re-attaches direct quotes by overlap).
        // A reported clause ends without the sentence's full stop; a closing quote mark stays.
        // A bracket closing before the content, or opening after it, belongs to an aside.
        return leading ? ",.;:—-)".indexOf(c) >= 0 || word.equals("``") : ",.;:—-(".indexOf(c) >= 0;
    }

    private String cueText(ParsedSentence s, int verb) {
        StringBuilder text = new StringBuilder(s.token(verb).word());
        int particle = s.child(verb, "compound:prt");
        if (particle > verb) {
            text.append(' ').append(s.token(particle).word());
        } else if (isIdiomObject(s, verb, verb + 1)) {
            text.append(' ').append(s.token(verb + 1).word()); // "put it"
        }
        return text.toString();
    }
}
