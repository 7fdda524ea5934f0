package io.whosaid.engine;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the attribution written right next to a direct quote from the tokens alone: "“…,” said X",
 * "“…,” X said", "X said: “…”". The dependency parser is unreliable exactly here (a quote is a
 * sentence inside a sentence; "said lead author Dr. Allan Garland" comes out with "lead" as the
 * verb), while the surface pattern is the most regular in news writing.
 */
final class AdjacentCueFinder {

    /** An attribution next to a quote: the source's head token and the speech verb, in one sentence. */
    record Match(int sentence, int source, int verb) {
    }

    private static final int MAX_SOURCE_TOKENS = 8;
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ".", ";", ":", "who", "whose", "which", "while",
            "as", "when", "after", "before", "because", "in", "on", "at", "—", "–", "(");

    /** Tags of a word opening a clause of its own: a preposition or subordinator, a conjunction, a wh-adverb. */
    private static final Set<String> SUBORDINATING_TAGS = Set.of("IN", "CC", "WRB");

    private final ParsedDocument document;
    private final Lexicon lexicon;

    AdjacentCueFinder(ParsedDocument document, Lexicon lexicon) {
        this.document = document;
        this.lexicon = lexicon;
    }

    /** "“…,” said X" or "“…,” X said" right after the quote's closing mark. */
    Match after(TextSpan quote) {
        int[] at = document.tokenAtOrAfter(quote.end());
        if (at == null) {
            return null;
        }
        ParsedSentence s = document.sentences().get(at[0]);
        int i = at[1];
        while (i < s.size() && (s.token(i).isQuoteMark() || s.token(i).word().equals(","))) {
            i++;
        }
        if (i >= s.size() || !onlySpaceAndMarks(quote.end(), s.token(i).begin())) {
            return null;
        }
        if (SUBORDINATING_TAGS.contains(s.token(i).pos())) {
            return null; // "“...” Although a few members say ...": a clause of its own opens, no attribution
        }
        if (isSpeechVerb(s.token(i))) {
            int source = sourceAfter(s, i + 1);
            return source < 0 ? null : new Match(s.index(), source, i);
        }
        for (int v = i + 1; v < s.size() && v - i <= MAX_SOURCE_TOKENS; v++) {
            Token t = s.token(v);
            if (isSpeechVerb(t)) {
                int source = v - 1;
                while (source > i && s.token(source).isPunctuation()) {
                    source--;
                }
                return isNominal(s.token(source)) ? new Match(s.index(), source, v) : null;
            }
            if (t.isPunctuation() && !t.word().equals(".") || t.isVerb() && !t.isPerson()) {
                return null;
            }
        }
        return null;
    }

    /** "X said: “…”" or "X said, “…”" right before the quote's opening mark. */
    Match before(TextSpan quote) {
        int[] at = document.tokenBefore(quote.start());
        if (at == null) {
            return null;
        }
        ParsedSentence s = document.sentences().get(at[0]);
        int i = at[1];
        if (!s.token(i).word().equals(":") && !s.token(i).word().equals(",")
                || !onlySpaceAndMarks(s.token(i).end(), quote.start())) {
            return null;
        }
        // the verb, possibly followed by an addressee or a time ("told reporters:", "said Monday:")
        for (int v = i - 1; v >= 0 && i - v <= 3; v--) {
            if (isSpeechVerb(s.token(v))) {
                int source = CueFinder.subjectOf(s, v);
                return source < 0 ? null : new Match(s.index(), source, v);
            }
        }
        return null;
    }

    /** The head of the source after an inverted verb: its name's last word, else the last noun before a break. */
    private int sourceAfter(ParsedSentence s, int from) {
        if (from >= s.size()) {
            return -1;
        }
        if (s.token(from).isPronoun()) {
            return from;
        }
        int lastPerson = -1;
        int lastOrganization = -1;
        int lastNoun = -1;
        for (int t = from; t < s.size() && t - from < MAX_SOURCE_TOKENS; t++) {
            Token tok = s.token(t);
            if (CLAUSE_BREAKS.contains(tok.word().toLowerCase(Locale.ROOT)) && !(tok.word().equals(".") && t + 1 < s.size()
                    && s.token(t + 1).isProperNoun())) {
                break;
            }
            if (tok.isPerson()) {
                lastPerson = t;
            } else if (lastPerson >= 0) {
                break; // the name is complete
            } else if (tok.isOrganization()) {
                // "said Hawks head coach Tim Barlow": an organisation before a person's title qualifies it
                lastOrganization = t;
            }
            if (tok.isNoun()) {
                lastNoun = t;
            }
        }
        return lastPerson >= 0 ? lastPerson : lastOrganization >= 0 ? lastOrganization : lastNoun;
    }

    private boolean isSpeechVerb(Token t) {
        if (t.isNoun() && !t.pos().equals("NNS")) {
            return false;
        }
        String word = t.word().toLowerCase(Locale.ROOT);
        return lexicon.isSpeechVerb(t.lemma()) && (t.isVerb() || word.endsWith("s") || word.endsWith("ed") || word.equals("said")
                || word.equals("told") || word.equals("wrote"));
    }

    private static boolean isNominal(Token t) {
        return t.isNoun() || t.isPronoun();
    }


    private boolean onlySpaceAndMarks(int from, int to) {
        if (to < from) {
            return false;
        }
        for (int c = from; c < to; c++) {
            char ch = document.text().charAt(c);
            if (ch == '\n' || Character.isLetterOrDigit(ch)) {
                return false;
            }
        }
        return true;
    }
}
