package io.whosaid.engine;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a person's role where news style states it, from the tokens around a name: a title before
 * it ("Pentagon spokesman John Kirby"), an apposition after it ("Jen Psaki, a State Department
 * spokeswoman") or before it ("The captain of the team, Jo Roe,"), a predicate of the narration
 * ("Lee is the coach of the Harbour Hawks") and a description standing for the person ("The
 * Moncton sprinter is in the final"). Roles are given as the article words them, with the description
 * of an organisation left out ("president of Northwind Partners").
 */
final class RoleReader {

    static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");
    private static final Set<String> NAME_CONNECTORS = Set.of("&", "and", "of", "for", "the", "de");
    private static final Set<String> COPULAS = Set.of("be", "become", "serve", "remain");
    /** "was named the Liberal candidate": verbs of appointment between a copula and the role. */
    private static final Set<String> APPOINTED = Set.of("named", "appointed", "elected", "chosen", "hired", "made");

    private final ParsedDocument document;
    private final Lexicon lexicon;

    RoleReader(ParsedDocument document, Lexicon lexicon) {
        this.document = document;
        this.lexicon = lexicon;
    }

    /**
     * The title written right before a name, read backwards from token {@code end}: capitalised
     * words, title words and the "of"/"for" joining them ("Secretary of State", "Pentagon spokesman
     * Rear Adm.", "cookbook author"). It must hold a title word, or be a lower-case common noun
     * standing right before the name ("sprinter Jo Roe").
     */
    String titleBefore(ParsedSentence s, int end) {
        int start = end + 1;
        boolean hasTitle = false;
        for (int t = end; t >= 0 && end - t < 7; t--) {
            Token tok = s.token(t);
            String w = tok.word();
            boolean title = lexicon.isTitleWord(w);
            boolean joiner = isJoiner(w) && t < end;
            boolean nominal = tok.pos().startsWith("NN") || tok.pos().equals("JJ") || tok.pos().equals("NNPS")
                    // a number inside a name ("Teamsters Local 615 president"), whatever NER made of it
                    || tok.pos().equals("CD") && (tok.isOrganization() || t > 0 && s.token(t - 1).isProperNoun());
            boolean ok = title || joiner || nominal && !tok.isPerson();
            String next = t < end ? s.token(t + 1).word() : "";
            if (ok && !title && !tok.isCapitalized() && (next.equals("of") || next.equals("for"))) {
                break; // "no relief for Mayor Ann Lowe": "of"/"for" join titles and names only
            }
            if (!ok || POSSESSIVE.contains(w) || t > 0 && POSSESSIVE.contains(s.token(t - 1).word()) && !title) {
                if (ok) {
                    // "CNN's Arwa Damon": an owner, not a title; stop before the possessive word.
                    hasTitle |= title;
                    start = t;
                }
                break;
            }
            hasTitle |= title;
            start = t;
        }
        while (start <= end && isJoiner(s.token(start).word())) {
            start++;
        }
        if (start > end) {
            return null;
        }
        // "Pentagon spokesman Rear Adm. John Kirby": the rank next to the name is a form of address;
        // the role is the function before it, when there is one.
        int functionEnd = end;
        while (functionEnd > start && isRankWord(s.token(functionEnd).word())) {
            functionEnd--;
        }
        if (functionEnd < end && functionEnd >= start && containsTitle(s, start, functionEnd)) {
            end = functionEnd;
        }
        Token adjacent = s.token(end);
        // "sprinter Jo Roe", not "a lesson Baker should have learned" (a title takes no "a")
        // ... and names a person: "remarks Baker had made" is no title
        boolean lowerNoun = adjacent.pos().startsWith("NN") && !adjacent.isCapitalized()
                && !(start > 0 && s.token(start - 1).isIndefiniteArticle())
                && (isPersonNoun(adjacent.lemma()) || lexicon.isTitleWord(adjacent.word())
                        || lexicon.isTitleWord(adjacent.lemma()));
        if (!hasTitle && !lowerNoun) {
            return null;
        }
        // A sentence-initial capital ("Police said") is no title unless the word is one.
        if (start == 0 && !lexicon.isTitleWord(s.token(0).word()) && start == end && !lowerNoun) {
            return null;
        }
        if (adjacent.pos().equals("NNS") && start == end && !adjacent.isCapitalized()) {
            return adjacent.lemma(); // "co-hosts Jo Roe and Ann Lee": each is a co-host
        }
        return document.slice(s.token(start).begin(), adjacent.end());
    }

    private boolean isPersonNoun(String lemma) {
        String last = lemma.substring(lemma.lastIndexOf('-') + 1);
        return lexicon.isAnimateNoun(lemma) || lexicon.isAnimateNoun(last)
                || last.endsWith("s") && lexicon.isAnimateNoun(last.substring(0, last.length() - 1));
    }

    private boolean isRankWord(String w) {
        // Academic titles stay: "Dr." is often all the article says of a person's function.
        return w.endsWith(".") && lexicon.isTitleWord(w) && !w.equals("Dr.") && !w.equals("Prof.")
                || w.equals("Rear") || w.equals("Vice") || w.equals("Lt.");
    }

    private boolean containsTitle(ParsedSentence s, int from, int to) {
        for (int t = from; t <= to; t++) {
            if (lexicon.isTitleWord(s.token(t).word()) && !s.token(t).word().endsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isJoiner(String w) {
        return w.equals("of") || w.equals("for") || w.equals("and") || w.equals("&");
    }

    /**
     * The noun phrase set off after a name: "Jen Psaki, a State Department spokeswoman, said",
     * "Roe (17-4), the league's bantamweight champion", "Patrice Lindsay, director of ... Foundation,
     * said", and the copular relative "Tom Baker, who became Manitoba's chief justice".
     * Read from the tokens, determiner dropped; it must hold a title word or a lower-case noun, so
     * that lists of names and places ("Lee, B.C.") are not taken for roles.
     */
    String appositiveRole(ParsedSentence s, Mention m) {
        int t = m.last() + 1;
        if (t < s.size() && s.token(t).word().equals("(")) {
            while (t < s.size() && !s.token(t).word().equals(")")) {
                t++;
            }
            t++;
        }
        if (t >= s.size() || !s.token(t).word().equals(",")) {
            return null;
        }
        t++;
        if (t + 1 < s.size() && s.token(t).word().equalsIgnoreCase("who") && COPULAS.contains(s.token(t + 1).lemma())) {
            t += 2;
            if (t < s.size() && s.token(t).word().equalsIgnoreCase("as")) {
                t++;
            }
        }
        boolean determined = false;
        while (t < s.size() && (s.token(t).pos().equals("DT") || s.token(t).pos().equals("PRP$"))) {
            determined = true;
            t++;
        }
        int start = t;
        String tie = tieToSomebodyNamed(s, start);
        if (tie != null) {
            return tie; // "Paul Roy, father of Nina Roy, says"
        }
        // An appositive role starts with its determiner ("a spokeswoman") or a title word
        // ("director of ..."), or is a bare lower-case noun phrase for a person ("emergency program
        // co-ordinator"); anything else after a comma is the sentence going on.
        if (start >= s.size() || !determined && !lexicon.isTitleWord(s.token(start).word())
                && !(s.token(start).isProperNoun() && !s.token(start).isPerson()) && !barePersonNoun(s, start)) {
            return null;
        }
        String firstPos = s.token(start).pos();
        if (firstPos.equals("CC") || firstPos.equals("IN") || firstPos.equals("RB") || firstPos.startsWith("W")
                // "Smith, saying ...": the sentence goes on; "a leading expert": an adjective
                || !determined && (firstPos.equals("VBG") || firstPos.equals("VBN"))) {
            return null;
        }
        boolean roleWord = false;
        boolean titled = false;
        for (; t < s.size() && t - start <= 16; t++) {
            Token tok = s.token(t);
            String w = tok.word();
            if (tok.pos().equals("IN") && t + 1 < s.size() && s.token(t + 1).pos().equals("VBG")) {
                break; // "chief justice after serving on the bench": the role ends before the adjunct
            }
            if (tok.isVerb() && !tok.pos().equals("VBN") && !tok.pos().equals("VBG")) {
                // "For Carole Laurin, a series of strokes meant ...": no closing comma, so the
                // phrase is the sentence's subject, not something said of the name
                return null;
            }
            if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals("(") || w.equals("\u2014")
                    || w.equalsIgnoreCase("who") || w.equalsIgnoreCase("which") || tok.isPerson()
                    || tok.isQuoteMark()) {
                break;
            }
            roleWord |= lexicon.isTitleWord(w) || tok.isNoun() && !tok.isCapitalized() && !tok.isProperNoun();
            titled |= lexicon.isTitleWord(w);
        }
        int end = t - 1;
        // "a surgeon from Brandon": where the person comes from is not their function
        for (int k = start + 1; k < end; k++) {
            if (s.token(k).word().equals("from") && "LOCATION".equals(s.token(k + 1).ner())) {
                end = k - 1;
                break;
            }
        }
        while (end >= start && (s.token(end).isPunctuation() || isJoiner(s.token(end).word())
                || s.token(end).pos().equals("IN") || s.token(end).pos().equals("DT"))) {
            end--;
        }
        // "Lee, B.C." is a place; "Baker, who became Manitoba's chief justice" a role
        if (!roleWord || end < start || "LOCATION".equals(s.token(start).ner()) && !titled) {
            return null;
        }
        return withoutDescriptor(s, start, end);
    }

    /**
     * The role with the description of its organisation left out, as the role is usually given:
     * "president of residential real estate advisory firm Bullpen Research" is "president of Bullpen
     * Research", "co-founder of the California tech giant Oracle" is "co-founder of Oracle". Only
     * between "of", "at" or "for" and a proper name that ends the role; lower-case words and
     * adjectives only.
     */
    private String withoutDescriptor(ParsedSentence s, int start, int end) {
        if (!s.token(end).isProperNoun()) {
            return document.slice(s.token(start).begin(), s.token(end).end());
        }
        // the organisation's name, connectors inside it included ("Research & Consulting Inc.",
        // "Centre for the National Interest")
        int name = end;
        boolean connected = false;
        for (int i = name - 1; i > start; i--) {
            int j = i;
            while (j > start && NAME_CONNECTORS.contains(s.token(j).word())) {
                j--;
            }
            if (!s.token(j).isProperNoun() || s.token(j).isPerson() || j == start) {
                break;
            }
            connected |= j < i && !s.token(i).word().equals("&");
            name = j;
            i = j;
        }
        if (name <= start) {
            return document.slice(s.token(start).begin(), s.token(end).end());
        }
        int t = name - 1;
        boolean described = false;
        while (t > start && !isJoiner(s.token(t).word()) && !s.token(t).word().equals("at")) {
            Token tok = s.token(t);
            boolean descriptive = tok.pos().equals("JJ") || tok.pos().equals("VBN") || tok.pos().equals("VBG")
                    || tok.pos().startsWith("NN") && !tok.isCapitalized() || tok.pos().equals("DT") || tok.pos().equals("HYPH")
                    || tok.pos().equals("NNP") && "LOCATION".equals(tok.ner());
            if (!descriptive) {
                return document.slice(s.token(start).begin(), s.token(end).end());
            }
            described |= !tok.pos().equals("DT");
            t--;
        }
        if (!described || t <= start || t == name - 1) {
            return document.slice(s.token(start).begin(), s.token(end).end());
        }
        // "at the Centre for ...": a name built with "of"/"for" keeps its article; "of Oracle" has none
        String article = connected && s.token(t + 1).word().equalsIgnoreCase("the") ? s.token(t + 1).word() + " " : "";
        return document.slice(s.token(start).begin(), s.token(t).end()) + " " + article
                + document.slice(s.token(name).begin(), s.token(end).end());
    }

    /**
     * The description set off before a name that opens its clause: "The captain of the team, Jordan
     * Stewart, and his mother ...", "Will the two newest Green councillors, Pete Fry and ...". A
     * definite noun phrase whose head is a title or a person noun; not the object of a preposition
     * ("In a letter to the minister, Ann Lee said"). Numbers and superlatives are dropped and a plural
     * head made singular: each of the people named is one "Green councillor".
     */
    String reversedAppositiveRole(ParsedSentence s, Mention m) {
        int listStart = m.first();
        // "Her lawyers, Jo Roe and Ann Lee,": a later name of the list shares the description
        while (listStart >= 2 && (s.token(listStart - 1).word().equals("and") || s.token(listStart - 1).word().equals(","))
                && s.token(listStart - 2).isPerson()) {
            listStart -= 2;
            while (listStart > 0 && s.token(listStart - 1).isPerson()) {
                listStart--;
            }
        }
        int comma = listStart - 1;
        if (comma < 1 || !s.token(comma).word().equals(",")) {
            return null;
        }
        int start = comma;
        int head = -1;
        for (int t = comma - 1; t >= 0 && comma - t <= 8; t--) {
            Token tok = s.token(t);
            String pos = tok.pos();
            boolean possessor = tok.isPerson() && POSSESSIVE.contains(s.token(t + 1).word());
            boolean nominal = pos.startsWith("NN") && (!tok.isPerson() || possessor) || pos.equals("JJ")
                    || pos.equals("JJS") || pos.equals("CD") || POSSESSIVE.contains(tok.word());
            if (!nominal && !pos.equals("DT") && !pos.equals("PRP$") && !tok.word().equals("of")) {
                break;
            }
            if (possessor) {
                start = t; // the possessor's name is where the phrase opens: "Chris Vale's agent"
                while (start > 0 && s.token(start - 1).isPerson()) {
                    start--;
                }
                break;
            }
            if (head < 0 && pos.startsWith("NN")) {
                head = t;
            }
            if (tok.word().equals("of")) {
                head = -1; // "captain of the team": the head is the noun before "of"
            }
            start = t;
        }
        if (start >= comma || head < 0) {
            return null;
        }
        Token first = s.token(start);
        boolean opensClause = start == 0 || s.token(start - 1).isQuoteMark() || s.token(start - 1).pos().equals("CC")
                || s.token(start - 1).pos().equals("MD") || s.token(start - 1).isVerb();
        // "the ...", "his ...", or a named possessor: "Vale's agent, Dana Okafor, told ..."
        boolean namedPossessor = first.isPerson();
        boolean definite = first.word().equalsIgnoreCase("the") || first.pos().equals("PRP$") || namedPossessor;
        Token headToken = s.token(head);
        boolean personHead = lexicon.isTitleWord(headToken.word()) || lexicon.isAnimateNoun(headToken.lemma());
        if (!opensClause || !definite || !personHead || headToken.isProperNoun() || lexicon.isGenericPersonNoun(headToken.lemma())) {
            return null;
        }
        int from = namedPossessor ? start : start + 1;
        while (from < head && (s.token(from).pos().equals("CD") || s.token(from).pos().equals("JJS"))) {
            from++;
        }
        if (headToken.pos().equals("NNS") && head == comma - 1) {
            String prefix = from < head ? document.slice(s.token(from).begin(), s.token(head - 1).end()) + " " : "";
            return prefix + headToken.lemma();
        }
        return document.slice(s.token(from).begin(), s.token(comma - 1).end());
    }

    /**
     * "Karen Lindsay, emergency program co-ordinator, said": lower-case nouns and adjectives up to
     * the closing comma, the last a noun for a person.
     */
    private boolean barePersonNoun(ParsedSentence s, int start) {
        int t = start;
        while (t < s.size() && t - start < 5 && !s.token(t).isCapitalized()
                && (s.token(t).pos().startsWith("NN") || s.token(t).pos().equals("JJ"))) {
            t++;
        }
        return t > start && t < s.size() && s.token(t).word().equals(",") && s.token(t - 1).pos().startsWith("NN")
                && lexicon.isAnimateNoun(s.token(t - 1).lemma());
    }

    /**
     * "Lee is the coach of the Harbour Hawks": after the name opening the sentence (token {@code afterName}
     * is the first after it; a ", who ...," clause may follow),
     * a form of be/become/remain, optionally "named"/"appointed"/"elected", then a noun phrase
     * with a determiner whose head is a title or a person noun; the phrase ends at a comma, a verb or a
     * preposition other than of/for.
     */
    String predicateRole(ParsedSentence s, int afterName) {
        int t = afterName;
        if (t + 1 < s.size() && s.token(t).word().equals(",") && s.token(t + 1).word().equalsIgnoreCase("who")) {
            int close = t + 2;
            while (close < s.size() && close - t < 40 && !s.token(close).word().equals(",")) {
                close++;
            }
            t = close + 1;
        }
        if (t >= s.size() || !s.token(t).isVerb() || !COPULAS.contains(s.token(t).lemma())) {
            return null;
        }
        t++;
        if (t < s.size() && (s.token(t).lemma().equals("be") || s.token(t).pos().equals("RB"))) {
            t++; // "has been", "is now"
        }
        if (t < s.size() && APPOINTED.contains(s.token(t).word().toLowerCase(Locale.ROOT))) {
            t++;
        }
        if (t >= s.size() || !s.token(t).pos().equals("DT") && !s.token(t).pos().equals("PRP$")) {
            return null;
        }
        return nounPhraseRole(s, t + 1, false);
    }

    /**
     * "Lee sees this both as a historian who ...", "to focus on his work as chair of the
     * league": in a sentence that opens with the name, "as" and a noun phrase whose head is a title
     * (not merely a person noun: "as a child" is no role).
     */
    String asRole(ParsedSentence s, int afterName) {
        for (int t = afterName; t + 1 < s.size(); t++) {
            if (!s.token(t).word().equals("as")) {
                continue;
            }
            int start = t + 1;
            if (s.token(start).pos().equals("DT")) {
                start++;
            }
            String role = start < s.size() ? nounPhraseRole(s, start, true) : null;
            if (role != null) {
                return role;
            }
        }
        return null;
    }

    /**
     * The role a noun phrase from token {@code start} names: it ends at a comma, a verb or a
     * preposition other than of/for; its head must name a function ({@code titleOnly}: be a title).
     */
    private String nounPhraseRole(ParsedSentence s, int start, boolean titleOnly) {
        int t;
        int end = start - 1;
        int head = -1;
        boolean headFixed = false; // the head stands before "of"/"for": "coach of the Harbour Hawks"
        for (t = start; t < s.size() && t - start < 12; t++) {
            Token tok = s.token(t);
            String w = tok.word();
            boolean properObject = t + 1 < s.size() && s.token(t + 1).isProperNoun();
            if (w.equals(",") || w.equals(".") || w.equals(";") || tok.isVerb() || tok.isPerson() || tok.isQuoteMark()
                    || tok.pos().startsWith("W") || tok.pos().equals("IN") && !isJoiner(w) && !properObject
                    || tok.pos().equals("CC") && !w.equals("&")) {
                break;
            }
            if (w.equals("of") || w.equals("for")) {
                headFixed = true;
            } else if (tok.pos().startsWith("NN") && !headFixed) {
                head = t;
            }
            end = t;
        }
        if (head < 0 || end < start) {
            return null;
        }
        Token headToken = s.token(head);
        boolean acronym = headToken.word().length() > 1 && headToken.word().equals(headToken.word().toUpperCase(Locale.ROOT));
        if (titleOnly ? !lexicon.isTitleWord(headToken.word()) || headToken.isCapitalized() && !acronym
                : headToken.isCapitalized() || !namesAFunction(headToken)) {
            return null;
        }
        while (end > start && (isJoiner(s.token(end).word()) || s.token(end).pos().equals("DT"))) {
            end--;
        }
        return withoutDescriptor(s, start, end);
    }

    /**
     * "father of Nina Roy", "the mother of Mia Webb": a family tie is no role on its own, but a tie to
     * somebody the article names says who the person is in the story. The tie with the name, or null.
     */
    private String tieToSomebodyNamed(ParsedSentence s, int start) {
        int tie = start < s.size() && s.token(start).pos().equals("DT") ? start + 1 : start;
        if (tie + 2 >= s.size() || !lexicon.isFamilyTie(s.token(tie).lemma()) || !s.token(tie + 1).word().equals("of")
                || !s.token(tie + 2).isPerson()) {
            return null;
        }
        int end = tie + 2;
        while (end + 1 < s.size() && s.token(end + 1).isPerson()) {
            end++;
        }
        return document.slice(s.token(tie).begin(), s.token(end).end());
    }

    /**
     * Whether a narrated description's head says what somebody does: a title or a noun for a person,
     * not a bare "woman" nor a family tie.
     */
    private boolean namesAFunction(Token head) {
        return (lexicon.isTitleWord(head.word()) || lexicon.isAnimateNoun(head.lemma()))
                && !lexicon.isGenericPersonNoun(head.lemma()) && !lexicon.isFamilyTie(head.lemma());
    }

    /**
     * "The Moncton, N.B., sprinter is in the final": a sentence opening with "The", a description whose
     * head is a title or a person noun, then its verb. The role is the head with the words right before
     * it, up to a comma or a number ("sprinter", "star goalkeeper", "Democratic presidential nominee").
     */
    String describedSubject(ParsedSentence s) {
        if (!s.token(0).word().equals("The")) {
            return null;
        }
        int t = 1;
        while (t < s.size() && t < 8 && !s.token(t).isVerb() && !s.token(t).pos().equals("MD")
                && !s.token(t).pos().equals("IN") && !s.token(t).isPerson()) {
            t++;
        }
        if (t >= s.size() || t < 2 || !(s.token(t).isVerb() || s.token(t).pos().equals("MD"))) {
            return null;
        }
        int head = t - 1;
        Token headToken = s.token(head);
        if (!headToken.pos().equals("NN") || headToken.isCapitalized() || !namesAFunction(headToken)) {
            return null;
        }
        int start = head;
        while (start > 1 && s.token(start - 1).word().chars().noneMatch(Character::isDigit)) {
            Token before = s.token(start - 1);
            if (before.pos().startsWith("NN") || before.pos().equals("JJ")) {
                start--;
            } else if ((before.pos().equals("HYPH") || before.word().equals("-")) && start > 2
                    && s.token(start - 2).word().chars().noneMatch(Character::isDigit)) {
                start -= 2; // "two-time champ"
            } else {
                break;
            }
        }
        while (start < head && (s.token(start).pos().equals("HYPH") || s.token(start).word().equals("-"))) {
            start++;
        }
        return document.slice(s.token(start).begin(), headToken.end());
    }
}
