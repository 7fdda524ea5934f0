package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Rules on a parse given by hand: the parser's mistakes are hard to provoke on purpose. */
class CueFinderTest {

    /** Tokens as "word/TAG", heads and relations as the parser would give them. */
    private static ParsedSentence sentence(String tagged, int[] heads, String... relations) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        String[] parts = tagged.split(" ");
        for (int i = 0; i < parts.length; i++) {
            // "word/TAG" or "word/TAG/lemma"
            String[] fields = parts[i].split("/(?=[^/]+(?:/[^/]+)?$)", 2);
            String word = fields[0];
            String[] tagAndLemma = fields[1].split("/");
            String lemma = tagAndLemma.length > 1 ? tagAndLemma[1] : word.toLowerCase(Locale.ROOT);
            tokens.add(new Token(i, word, lemma, tagAndLemma[0], "O", offset, offset + word.length()));
            offset += word.length() + 1;
        }
        return new ParsedSentence(0, 0, tokens, heads, relations, true);
    }

    @Test
    void aSingularSpeechVerbAgreesWithTheConjunctRightBeforeIt() {
        // "Rookies ..., and Dunn says it is fine": the parser coordinated the two subjects across
        // the clauses; "says" has one subject, the one right before it
        ParsedSentence s = sentence("Rookies/NNS abound/VBP ,/, and/CC Dunn/NNP says/VBZ it/PRP is/VBZ fine/JJ ./.",
                new int[] {5, 5, 0, 4, 0, -1, 8, 8, 5, 5},
                "nsubj", "dep", "punct", "cc", "conj", "root", "nsubj", "cop", "ccomp", "punct");
        assertEquals(4, CueFinder.subjectOf(s, 5));
    }

    @Test
    void aPluralSpeechVerbKeepsBothConjuncts() {
        ParsedSentence s = sentence("Rookies/NNS and/CC Dunn/NNP say/VBP it/PRP is/VBZ fine/JJ ./.",
                new int[] {3, 2, 0, -1, 6, 6, 3, 3},
                "nsubj", "cc", "conj", "root", "nsubj", "cop", "ccomp", "punct");
        assertEquals(0, CueFinder.subjectOf(s, 3));
    }

    @Test
    void whatTheSpeakerDoesWhileSpeakingIsNoContent() {
        // "..., she says, wiping the freshly painted counter.": the parser hangs the participle on "says"
        ParsedSentence s = sentence("she/PRP says/VBZ/say ,/, wiping/VBG/wipe the/DT freshly/RB painted/VBN/paint counter/NN ./.",
                new int[] {1, -1, 1, 1, 7, 6, 7, 3, 1},
                "nsubj", "root", "punct", "dep", "det", "advmod", "amod", "obj", "punct");
        assertNull(CueFinder.tailClause(s, 1));
        // a clause after the comma is still what was said
        ParsedSentence clause = sentence("she/PRP says/VBZ/say ,/, the/DT soup/NN is/VBZ/be hot/JJ ./.",
                new int[] {1, -1, 1, 4, 6, 6, 1, 1},
                "nsubj", "root", "punct", "det", "nsubj", "cop", "dep", "punct");
        assertEquals("the soup is hot", text(clause, CueFinder.tailClause(clause, 1)));
    }

    @Test
    void aParticipleTheParserMadeASubjectReportsItsClauseAndLeavesTheDirectiveItsInfinitive() {
        // "The board reminded residents to boil water, saying old pipes carry bacteria.": the
        // parser makes "saying" the subject of "carry" and hangs that clause on "reminded"
        ParsedSentence s = sentence("The/DT board/NN reminded/VBD/remind residents/NNS to/TO boil/VB water/NN ,/, "
                + "saying/VBG/say old/JJ pipes/NNS carry/VBP bacteria/NNS ./.",
                new int[] {1, 2, -1, 2, 5, 2, 5, 2, 11, 10, 8, 2, 11, 2},
                "det", "nsubj", "root", "obj", "mark", "xcomp", "obj", "punct", "nsubj", "amod", "obj", "parataxis", "obj",
                "punct");
        List<Cue> cues = cues(s);
        assertEquals(List.of("to boil water", "old pipes carry bacteria"),
                contents(s, cues), cues.toString());
        assertEquals(List.of(2, 8), cues.stream().map(Cue::verb).toList());
        assertEquals(List.of(1, 1), cues.stream().map(Cue::source).toList());
    }

    @Test
    void whatSomeoneIsCalledEndsBeforeAParticipleGivingWhy() {
        // "The guild called Lowe a “hero” to its drivers, citing her votes.": the parser hangs the
        // participle on the predicate
        ParsedSentence s = sentence("The/DT guild/NN called/VBD/call Lowe/NNP a/DT \u201C/`` hero/NN \u201D/'' to/IN"
                + " its/PRP$ drivers/NNS ,/, citing/VBG/cite her/PRP$ votes/NNS ./.",
                new int[] {1, 2, -1, 2, 6, 6, 2, 6, 10, 10, 6, 12, 6, 14, 12, 2},
                "det", "nsubj", "root", "obj", "det", "punct", "xcomp", "punct", "case", "nmod:poss", "nmod", "punct", "acl",
                "nmod:poss", "obj", "punct");
        List<Cue> cues = cues(s);
        assertEquals(List.of("Lowe a \u201C hero \u201D to its drivers"),
                contents(s, cues), cues.toString());
    }

    @Test
    void whoeverComesAfterCalledIsNamedNotNaming() {
        // "The Guild, which represents drivers, called Lowe a “hero”.": the parser hung "called" on
        // "drivers" and made the name its complement
        ParsedSentence s = sentence("The/DT Guild/NNP ,/, which/WDT represents/VBZ/represent drivers/NNS ,/,"
                + " called/VBN/call Lowe/NNP a/DT \u201C/`` hero/NN \u201D/'' ./.",
                new int[] {1, -1, 1, 4, 1, 4, 5, 5, 7, 11, 11, 8, 11, 1},
                "det", "root", "punct", "nsubj", "acl:relcl", "obj", "punct", "acl", "xcomp", "det", "punct", "dep", "punct",
                "punct");
        List<Cue> cues = cues(s);
        assertEquals(List.of(), cues.stream().filter(c -> c.source() > c.verb()).toList());
    }

    @Test
    void aParticiplePhraseTheParserMadeAClausalSubjectLeavesItsNounAsTheSpeaker() {
        // "Pickets standing by the gate chanted “Fair pay now!”": the parser made "standing by the
        // gate" the clausal subject of "chanted", with "Pickets" as its own subject
        ParsedSentence s = sentence("Pickets/NNS standing/VBG/stand by/IN the/DT gate/NN chanted/VBD/chant \u201C/`` Fair/JJ"
                + " pay/NN now/RB !/. \u201D/''",
                new int[] {1, 5, 4, 4, 1, -1, 8, 8, 5, 8, 5, 5},
                "nsubj", "csubj", "case", "det", "obl", "root", "punct", "amod", "obj", "advmod", "punct", "punct");
        assertEquals(0, CueFinder.subjectOf(s, 5));
    }

    @Test
    void aParticipleAfterACommaOnAThingThatCannotSpeakSpeaksForTheSubject() {
        // "Lowe wrote about the sale of the mill, arguing that it was a mistake.": the parser hangs
        // the participle on "sale"
        ParsedSentence s = sentence("Lowe/NNP wrote/VBD/write about/IN the/DT sale/NN of/IN the/DT mill/NN ,/,"
                + " arguing/VBG/argue that/IN it/PRP was/VBD/be a/DT mistake/NN ./.",
                new int[] {1, -1, 4, 4, 1, 7, 7, 4, 9, 4, 14, 14, 14, 14, 9, 1},
                "nsubj", "root", "case", "det", "obl", "case", "det", "nmod", "punct", "acl", "mark", "nsubj", "cop", "det",
                "ccomp", "punct");
        List<Cue> cues = cues(s);
        assertEquals(List.of(0), cues.stream().filter(c -> c.verb() == 9).map(Cue::source).toList(), cues.toString());
        assertEquals(List.of("it was a mistake"),
                cues.stream().filter(c -> c.verb() == 9).map(c -> text(s, c.content())).toList());
    }

    @Test
    void aCharacterisingVerbTheParserMadeARelativeClauseKeepsItsOwnSubject() {
        // "Two weeks ago at a rally she mocked the council for being “asleep”.": the parser made
        // "she mocked ..." a relative clause on "rally"; with a subject of its own it still speaks
        ParsedSentence s = sentence("Two/CD weeks/NNS ago/RB at/IN a/DT rally/NN she/PRP mocked/VBD/mock the/DT"
                + " council/NN for/IN being/VBG/be \u201C/`` asleep/JJ \u201D/'' ./.",
                new int[] {1, 2, -1, 5, 5, 2, 7, 5, 9, 7, 13, 13, 13, 7, 2, 2},
                "nummod", "obl:npmod", "root", "case", "det", "obl", "nsubj", "acl:relcl", "det", "obj", "mark", "cop",
                "punct", "advcl", "punct", "punct");
        List<Cue> cues = cues(s);
        assertEquals(List.of(6), cues.stream().map(Cue::source).toList(), cues.toString());
        assertEquals(List.of("the council for being \u201C asleep \u201D"),
                contents(s, cues));
    }

    @Test
    void aCommentAfterADashIsNoPartOfACharacterisation() {
        // "Ruiz dismissed the audit as “fiction” — a reply that angered the board.": the parser hangs
        // the comment after the dash inside the "as" phrase
        ParsedSentence s = sentence("Ruiz/NNP dismissed/VBD/dismiss the/DT audit/NN as/IN \u201C/`` fiction/NN \u201D/''"
                + " \u2014/: a/DT reply/NN that/WDT angered/VBD/anger the/DT board/NN ./.",
                new int[] {1, -1, 3, 1, 6, 6, 1, 6, 10, 10, 6, 12, 10, 14, 12, 1},
                "nsubj", "root", "det", "obj", "case", "punct", "obl", "punct", "punct", "det", "dep", "nsubj",
                "acl:relcl", "det", "obj", "punct");
        List<Cue> cues = cues(s);
        assertEquals(List.of("the audit as \u201C fiction \u201D"),
                contents(s, cues), cues.toString());
    }

    @Test
    void aClauseOpeningWithTheSpeakersWordsAfterAndGoesOnWithTheReport() {
        // "Lopez says rents rose, and “we will fix” it.": the parser coordinated the second clause
        // with "says"; it is still what she says
        ParsedSentence s = sentence("Lopez/NNP says/VBZ/say rents/NNS rose/VBD/rise ,/, and/CC \u201C/`` we/PRP will/MD"
                + " fix/VB \u201D/'' it/PRP ./.",
                new int[] {1, -1, 3, 1, 1, 9, 9, 9, 9, 1, 9, 9, 1},
                "nsubj", "root", "nsubj", "ccomp", "punct", "cc", "punct", "nsubj", "aux", "conj", "punct", "obj", "punct");
        List<Cue> cues = cues(s);
        assertEquals(List.of("rents rose , and \u201C we will fix \u201D it"),
                contents(s, cues), cues.toString());
        // without the quotation it is a second thing the narrator tells
        ParsedSentence plain = sentence("Lopez/NNP says/VBZ/say rents/NNS rose/VBD/rise ,/, and/CC we/PRP will/MD"
                + " fix/VB it/PRP ./.",
                new int[] {1, -1, 3, 1, 1, 8, 8, 8, 1, 8, 1},
                "nsubj", "root", "nsubj", "ccomp", "punct", "cc", "nsubj", "aux", "conj", "obj", "punct");
        assertEquals(List.of("rents rose"), contents(plain, cues(plain)));
    }

    @Test
    void aSecondThatClauseAfterAndGoesOnWithTheReportEvenReadAsADemonstrative() {
        // "Ruiz says thieves hit the office, and that one attempt worked.": the parser coordinated
        // the second clause with "says" and read its "that" as a determiner
        ParsedSentence s = sentence("Ruiz/NNP says/VBZ/say thieves/NNS hit/VBD/hit the/DT office/NN ,/, and/CC that/DT"
                + " one/CD attempt/NN worked/VBD/work ./.",
                new int[] {1, -1, 3, 1, 5, 3, 1, 11, 10, 10, 11, 1, 1},
                "nsubj", "root", "nsubj", "ccomp", "det", "obj", "punct", "cc", "det", "nummod", "nsubj", "conj", "punct");
        List<Cue> cues = cues(s);
        assertEquals(List.of("thieves hit the office , and that one attempt worked"),
                contents(s, cues), cues.toString());
    }

    /** The lexicon is read once: every test's cue finder shares it. */
    private static final Lexicon LEXICON = Lexicon.load();

    private static List<Cue> cues(ParsedSentence s) {
        return new CueFinder(LEXICON).find(document(s));
    }

    /** The words of each cue's content, in order. */
    private static List<String> contents(ParsedSentence s, List<Cue> cues) {
        return cues.stream().map(c -> text(s, c.content())).toList();
    }

    private static ParsedDocument document(ParsedSentence s) {
        StringBuilder text = new StringBuilder();
        s.tokens().forEach(t -> text.append(t.word()).append(' '));
        return new ParsedDocument(text.toString(), List.of(s), List.of(new TextSpan(0, text.length())));
    }

    /** The words a span covers, the tokens laid out one space apart as {@link #sentence} places them. */
    private static String text(ParsedSentence s, TextSpan span) {
        StringBuilder text = new StringBuilder();
        s.tokens().forEach(t -> text.append(t.word()).append(' '));
        return text.substring(span.start(), span.end());
    }
}
