package io.whosaid.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people and organisations an article names. People's mentions are merged by name (a surname or
 * a first name alone joins the fuller name it belongs to), each person gets a gender from courtesy
 * titles, first names and gendered title words, and roles from the titles written before a name
 * ("Secretary of State John Kerry") and appositives ("Jen Psaki, a State Department spokeswoman").
 */
public final class EntityIndex {

    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");
    private static final Set<String> NAME_CONNECTORS = Set.of("&", "and", "of", "for", "the", "de");
    private static final Set<String> COPULAS = Set.of("be", "become", "serve", "remain");
    /** "was named the Liberal candidate": verbs of appointment between a copula and the role. */
    private static final Set<String> APPOINTED = Set.of("named", "appointed", "elected", "chosen", "hired", "made");

    private final ParsedDocument document;
    private final Lexicon lexicon;
    private final List<Person> people = new ArrayList<>();
    private final Map<Long, Person> personByToken = new HashMap<>();
    private final Map<String, String> acronyms = new HashMap<>();
    private final List<Mention> organizations = new ArrayList<>();
    private List<Map.Entry<Mention, Person>> mentionsInOrder;

    private EntityIndex(ParsedDocument document, Lexicon lexicon) {
        this.document = document;
        this.lexicon = lexicon;
    }

    public static EntityIndex build(ParsedDocument document, Lexicon lexicon) {
        EntityIndex index = new EntityIndex(document, lexicon);
        index.collectPeople();
        index.collectNarratedRoles();
        index.collectOrganizations();
        return index;
    }

    public List<Person> people() {
        return people;
    }

    /** The person whose mention covers token {@code token} of sentence {@code sentence}, or null. */
    public Person personAt(int sentence, int token) {
        return personByToken.get(key(sentence, token));
    }

    /** The person whose name ends (or starts) with these words, if the article names exactly one. */
    public Person personNamed(List<String> words) {
        return bestMatch(words, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** Every person mention with its person, in text order (computed once: pronouns ask per cue). */
    public List<Map.Entry<Mention, Person>> mentionsInOrder() {
        if (mentionsInOrder != null) {
            return mentionsInOrder;
        }
        List<Map.Entry<Mention, Person>> all = new ArrayList<>();
        for (Person p : people) {
            for (Mention m : p.mentions()) {
                all.add(Map.entry(m, p));
            }
        }
        all.sort(Comparator.comparingInt(e -> e.getKey().span().start()));
        mentionsInOrder = List.copyOf(all);
        return mentionsInOrder;
    }


    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    private void collectPeople() {
        List<Mention> mentions = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (ParsedSentence s : document.sentences()) {
            int i = 0;
            while (i < s.size()) {
                if (!s.token(i).isPerson()) {
                    i++;
                    continue;
                }
                int first = i;
                while (i < s.size() && s.token(i).isPerson()) {
                    i++;
                }
                int last = i - 1;
                List<String> name = new ArrayList<>();
                for (int t = first; t <= last; t++) {
                    if (!POSSESSIVE.contains(s.token(t).word()) && lexicon.honorificGender(s.token(t).word()) == null) {
                        name.add(s.token(t).word());
                    }
                }
                if (name.isEmpty()) {
                    continue;
                }
                boolean subject = false;
                for (int t = first; t <= last; t++) {
                    int head = s.head(t);
                    subject |= s.baseRelation(t).startsWith("nsubj") && (head < first || head > last);
                }
                if (!s.parsed()) {
                    subject = looksLikeSubject(s, first, last);
                }
                TextSpan span = new TextSpan(s.token(first).begin(), s.token(last).end());
                mentions.add(new Mention(s.index(), first, last, span, document.slice(span.start(), span.end()), subject));
                words.add(name);
            }
        }
        // Longest names first, so that "Kerry" finds "John Kerry" already standing.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -words.get(i).size()).thenComparingInt(i -> i));
        for (int i : order) {
            Mention m = mentions.get(i);
            List<String> name = words.get(i);
            Person match = name.size() == 1 ? bestMatch(name, m.sentence(), m.first()) : exactMatch(name);
            if (match == null) {
                match = new Person(m, name, lexicon);
                people.add(match);
            } else {
                match.add(m, name);
            }
            for (int t = m.first(); t <= m.last(); t++) {
                personByToken.put(key(m.sentence(), t), match);
            }
        }
        addSurnamesTheTaggerMissed();
        for (Person p : people) {
            p.mentions().sort(Comparator.comparingInt(m -> m.span().start()));
            findRolesAndGender(p);
        }
    }

    /**
     * The tagger misses some later mentions of a person it found in full ("...July 3.\n\nVickers
     * said he wants ..." tagged an organisation): a proper noun standing alone, tagged as nothing or
     * as an organisation, that is the surname
     * of a person the article names in full, is a mention of the person that surname best matches
     * there.
     */
    private void addSurnamesTheTaggerMissed() {
        Set<String> surnames = new HashSet<>();
        for (Person p : people) {
            List<String> name = p.nameWords();
            if (name.size() >= 2) {
                surnames.add(name.get(name.size() - 1));
            }
        }
        for (ParsedSentence s : document.sentences()) {
            for (int t = 0; t < s.size(); t++) {
                Token tok = s.token(t);
                // alone, and not a modifier ("the Trump team", "a Romney caricature")
                boolean alone = (t == 0 || !s.token(t - 1).isProperNoun() && !s.token(t - 1).pos().equals("DT"))
                        && (t + 1 >= s.size() || !s.token(t + 1).isProperNoun() && !s.token(t + 1).pos().startsWith("NN"));
                if (!surnames.contains(tok.word()) || !tok.pos().equals("NNP") || !alone
                        || !"O".equals(tok.ner()) && !"ORGANIZATION".equals(tok.ner())
                        || personByToken.containsKey(key(s.index(), t))) {
                    continue;
                }
                Person p = bestMatch(List.of(tok.word()), s.index(), t);
                if (p == null) {
                    continue;
                }
                boolean subject = s.parsed() ? s.baseRelation(t).startsWith("nsubj") : looksLikeSubject(s, t, t);
                p.add(new Mention(s.index(), t, t, new TextSpan(tok.begin(), tok.end()), tok.word(), subject), List.of(tok.word()));
                personByToken.put(key(s.index(), t), p);
            }
        }
    }

    /**
     * Roles the narration states outside appositions, in sentences of its own (no quotation marks
     * around them, no speech verb in them, so no one's claim becomes a role):
     * <ul>
     * <li>a predicate of a name that opens the sentence: "Gillis is the coach of The Spirit", "Karen
     * Wang, who owns a playhouse, was named the Liberal candidate";</li>
     * <li>a definite description opening the sentence right after a person was the subject of the
     * narration: "Adam Hadwin knows ...\n\nThe Abbotsford, B.C., golfer is in the field" (the role is
     * the description's lower-case words: "golfer").</li>
     * </ul>
     */
    private void collectNarratedRoles() {
        List<QuoteMarkScanner.QuotedSpan> quoted = QuoteMarkScanner.scan(document.text(), document.paragraphs());
        Person lastSubject = null;
        int lastSubjectParagraph = -1;
        for (ParsedSentence s : document.sentences()) {
            if (s.size() < 4 || insideQuotes(s, quoted) || hasSpeechVerb(s)) {
                lastSubject = null;
                continue;
            }
            Person opening = personAt(s.index(), 0);
            if (opening != null) {
                String predicate = predicateRole(s, opening);
                if (predicate != null) {
                    opening.addRole(predicate);
                }
            } else if (lastSubject != null && s.paragraph() - lastSubjectParagraph <= 1) {
                String description = describedSubject(s);
                if (description != null && lastSubject.gender().compatibleWith(
                        lexicon.titleGender(description.substring(description.lastIndexOf(' ') + 1)))) {
                    lastSubject.addRole(description);
                }
            }
            // the person a description in the next sentence can stand for: the last one named, if a subject
            for (Map.Entry<Mention, Person> e : mentionsInOrder()) {
                if (e.getKey().sentence() == s.index()) {
                    lastSubject = e.getKey().subject() ? e.getValue() : null;
                    lastSubjectParagraph = s.paragraph();
                }
            }
        }
    }

    private static boolean insideQuotes(ParsedSentence s, List<QuoteMarkScanner.QuotedSpan> quoted) {
        for (QuoteMarkScanner.QuotedSpan q : quoted) {
            if (q.outer().start() < s.end() && q.outer().end() > s.begin()) {
                return true;
            }
        }
        return false;
    }

    private boolean hasSpeechVerb(ParsedSentence s) {
        for (Token token : s.tokens()) {
            if (token.isVerb() && lexicon.mayIntroduceSpeech(token.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Gillis is the coach of The Spirit": after the name opening the sentence (and a ", who ...,"
     * clause), a form of be/become/remain, optionally "named"/"appointed"/"elected", then a noun phrase
     * with a determiner whose head is a title or a person noun; the phrase ends at a comma, a verb or a
     * preposition other than of/for.
     */
    private String predicateRole(ParsedSentence s, Person person) {
        int t = 0;
        while (t < s.size() && personAt(s.index(), t) == person) {
            t++;
        }
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
        int start = t + 1;
        int end = start - 1;
        int head = -1;
        boolean headFixed = false; // the head stands before "of"/"for": "coach of The Spirit"
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
        if (headToken.isCapitalized() || !(lexicon.isTitleWord(headToken.word()) || lexicon.isAnimateNoun(headToken.lemma()))
                || lexicon.isGenericPersonNoun(headToken.lemma()) || lexicon.isFamilyTie(headToken.lemma())) {
            return null;
        }
        while (end > start && (isJoiner(s.token(end).word()) || s.token(end).pos().equals("DT"))) {
            end--;
        }
        return withoutDescriptor(s, start, end);
    }

    /**
     * "The Abbotsford, B.C., golfer is in the field": a sentence opening with "The", a description whose
     * head is a title or a person noun, then its verb. The role is the head with the words right before
     * it, up to a comma or a number ("golfer", "star defenceman", "Democratic presidential nominee").
     */
    private String describedSubject(ParsedSentence s) {
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
        if (!headToken.pos().equals("NN") || headToken.isCapitalized()
                || !(lexicon.isTitleWord(headToken.word()) || lexicon.isAnimateNoun(headToken.lemma()))
                || lexicon.isGenericPersonNoun(headToken.lemma()) || lexicon.isFamilyTie(headToken.lemma())) {
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

    /**
     * Without a parse: a name not after a preposition, not a possessor ("Baker's clinic treated her")
     * and followed closely by a verb is taken as a subject.
     */
    private static boolean looksLikeSubject(ParsedSentence s, int first, int last) {
        if (first > 0 && s.token(first - 1).pos().equals("IN")
                || last + 1 < s.size() && s.token(last + 1).pos().equals("POS")) {
            return false;
        }
        for (int t = last + 1; t < s.size() && t <= last + 3; t++) {
            if (s.token(t).isVerb() || s.token(t).pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    private Person exactMatch(List<String> name) {
        for (Person p : people) {
            List<String> known = p.nameWords();
            if (known.size() >= name.size() && known.subList(known.size() - name.size(), known.size()).equals(name)) {
                return p;
            }
            // "Hillary Rodham Clinton" and "Hillary Clinton": same first and last word.
            if (known.get(0).equals(name.get(0)) && last(known).equals(last(name))) {
                return p;
            }
        }
        return null;
    }

    /**
     * A one-word name joins the person whose surname it is; failing that, the person whose first
     * name it is. Several people sharing the surname: the one the surname alone already stood for,
     * else the one named most recently before it, else the one named most often.
     */
    private Person bestMatch(List<String> name, int sentence, int token) {
        String word = last(name);
        List<Person> bySurname = new ArrayList<>();
        List<Person> byFirstName = new ArrayList<>();
        for (Person p : people) {
            if (last(p.nameWords()).equalsIgnoreCase(word)) {
                bySurname.add(p);
            } else if (p.nameWords().size() > 1 && p.nameWords().get(0).equalsIgnoreCase(word)) {
                byFirstName.add(p);
            }
        }
        List<Person> candidates = bySurname.isEmpty() ? byFirstName : bySurname;
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        // News style gives one person the bare surname and names relatives in full ("Heidi Cruz"):
        // once the surname alone has stood for one of them, it keeps standing for that one.
        List<Person> calledBySurname = candidates.stream()
                .filter(p -> p.mentions().stream().anyMatch(m -> m.first() == m.last() && m.text().equalsIgnoreCase(word)
                        && m.precedes(sentence, token)))
                .toList();
        if (calledBySurname.size() == 1) {
            return calledBySurname.get(0);
        }
        Person recent = null;
        int recentStart = -1;
        for (Person p : candidates) {
            for (Mention m : p.mentions()) {
                if (m.precedes(sentence, token) && m.span().start() > recentStart) {
                    recent = p;
                    recentStart = m.span().start();
                }
            }
        }
        if (recent != null) {
            return recent;
        }
        return candidates.stream().max(Comparator.comparingInt(p -> p.mentions().size())).orElse(null);
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }

    private void findRolesAndGender(Person person) {
        person.noteGender(lexicon.firstNameGender(person.nameWords().get(0)));
        for (Mention m : person.mentions()) {
            ParsedSentence s = document.sentences().get(m.sentence());
            int before = m.first() - 1;
            while (before >= 0 && lexicon.honorificGender(s.token(before).word()) != null) {
                person.noteGender(lexicon.honorificGender(s.token(before).word()));
                before--;
            }
            for (int t = m.first(); t <= m.last(); t++) {
                Gender g = lexicon.honorificGender(s.token(t).word());
                if (g != null) {
                    person.noteGender(g);
                }
            }
            String title = titleBefore(s, before);
            String appositive = appositiveRole(s, m);
            String reversed = title == null ? reversedAppositiveRole(s, m) : null;
            for (String role : new String[] {title, appositive, reversed}) {
                if (role != null) {
                    person.addRole(role);
                    for (String w : role.split(" ")) {
                        person.noteGender(lexicon.titleGender(w));
                    }
                }
            }
        }
    }

    /**
     * The title written right before a name, read backwards from token {@code end}: capitalised
     * words, title words and the "of"/"for" joining them ("Secretary of State", "Pentagon spokesman
     * Rear Adm.", "cookbook author"). It must hold a title word, or be a lower-case common noun
     * standing right before the name ("golfer Brooke Henderson").
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
                    // a number inside a name ("UFCW Local 832 president"), whatever NER made of it
                    || tok.pos().equals("CD") && (tok.isOrganization() || t > 0 && s.token(t - 1).isProperNoun());
            boolean ok = title || joiner || nominal && !tok.isPerson();
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
        // "golfer Brooke Henderson", not "a lesson Davis should have learned" (a title takes no "a")
        // ... and names a person: "comments Trump had made" is no title
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
            return adjacent.lemma(); // "co-hosts Andy Samberg and Sandra Oh": each is a co-host
        }
        return document.slice(s.token(start).begin(), adjacent.end());
    }

    /** A noun for a person, compounds by their last part ("co-host" is a host). */
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

    private static boolean isJoiner(String w) {
        return w.equals("of") || w.equals("for") || w.equals("and") || w.equals("&");
    }

    /**
     * The noun phrase set off after a name: "Jen Psaki, a State Department spokeswoman, said",
     * "Nunes (17-4), the UFC's bantamweight champion", "Patrice Lindsay, director of ... Foundation,
     * said", and the copular relative "Kevin Vickers, who became Canada's ambassador to Ireland".
     * Read from the tokens, determiner dropped; it must hold a title word or a lower-case noun, so
     * that lists of names and places ("Hadwin, B.C.") are not taken for roles.
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
                break; // "ambassador to Ireland after being hailed a hero": the role ends before the adjunct
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
        while (end >= start && (s.token(end).isPunctuation() || isJoiner(s.token(end).word())
                || s.token(end).pos().equals("IN") || s.token(end).pos().equals("DT"))) {
            end--;
        }
        // "Hadwin, B.C." is a place; "Vickers, who became Canada's ambassador to Ireland" a role
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
        int comma = m.first() - 1;
        if (comma < 1 || !s.token(comma).word().equals(",")) {
            return null;
        }
        int start = comma;
        int head = -1;
        for (int t = comma - 1; t >= 0 && comma - t <= 8; t--) {
            Token tok = s.token(t);
            String pos = tok.pos();
            boolean nominal = pos.startsWith("NN") && !tok.isPerson() || pos.equals("JJ") || pos.equals("JJS")
                    || pos.equals("CD") || POSSESSIVE.contains(tok.word());
            if (!nominal && !pos.equals("DT") && !pos.equals("PRP$") && !tok.word().equals("of")) {
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
        boolean definite = first.word().equalsIgnoreCase("the") || first.pos().equals("PRP$");
        Token headToken = s.token(head);
        boolean personHead = lexicon.isTitleWord(headToken.word()) || lexicon.isAnimateNoun(headToken.lemma());
        if (!opensClause || !definite || !personHead || headToken.isProperNoun() || lexicon.isGenericPersonNoun(headToken.lemma())) {
            return null;
        }
        int from = start + 1;
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

    private void collectOrganizations() {
        List<String> longNames = new ArrayList<>();
        for (ParsedSentence s : document.sentences()) {
            int i = 0;
            while (i < s.size()) {
                if (!s.token(i).isOrganization()) {
                    i++;
                    continue;
                }
                int first = i;
                while (i < s.size() && (s.token(i).isOrganization()
                        || s.token(i).word().equals(",") && i + 1 < s.size() && s.token(i + 1).isOrganization())) {
                    i++;
                }
                int last = i - 1;
                while (last > first && POSSESSIVE.contains(s.token(last).word())) {
                    last--;
                }
                TextSpan span = new TextSpan(s.token(first).begin(), s.token(last).end());
                String name = document.slice(span.start(), span.end());
                longNames.add(name);
                organizations.add(new Mention(s.index(), first, last, span, name, false));
            }
        }
        for (String name : longNames) {
            StringBuilder initials = new StringBuilder();
            for (String w : name.split("[\\s,]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    initials.append(w.charAt(0));
                }
            }
            if (initials.length() >= 2 && !name.equals(initials.toString())) {
                acronyms.putIfAbsent(initials.toString(), name);
            }
        }
    }

    /** The organisation name run covering token {@code token}, or null. */
    public Mention organizationAt(int sentence, int token) {
        for (Mention m : organizations) {
            if (m.sentence() == sentence && m.first() <= token && m.last() >= token) {
                return m;
            }
        }
        return null;
    }

    /**
     * The fullest form the article gives an organisation name: an acronym's long form ("IRCC"), or
     * the one longer name that ends or starts with it ("Hydro" in an article about "BC Hydro").
     */
    public String fullOrganizationName(String name) {
        // Misses are remembered as "" so that a long article is scanned once per acronym.
        String expanded = acronyms.computeIfAbsent(name, a -> {
            String spelled = spelledOut(a);
            return spelled == null ? "" : spelled;
        });
        if (!expanded.isEmpty()) {
            return expanded;
        }
        String found = null;
        String padded = " " + name + " ";
        for (Mention m : organizations) {
            String candidate = m.text();
            if (candidate.length() > name.length() && (" " + candidate + " ").contains(padded)) {
                if (found != null && !found.equals(candidate) && !candidate.contains(found)) {
                    if (found.contains(candidate)) {
                        continue;
                    }
                    return name; // ambiguous: keep the article's words
                }
                if (found == null || candidate.length() > found.length()) {
                    found = candidate;
                }
            }
        }
        return found == null ? name : found;
    }

    /**
     * The capitalised words whose initials make this acronym ("Immigration, Refugees and
     * Citizenship Canada" for "IRCC"), looked for in the whole text when NER did not tag them.
     */
    private String spelledOut(String acronym) {
        if (acronym.length() < 2 || acronym.length() > 8 || !acronym.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        for (ParsedSentence s : document.sentences()) {
            for (int first = 0; first < s.size(); first++) {
                if (!s.token(first).isCapitalized() || s.token(first).word().charAt(0) != acronym.charAt(0)
                        || s.token(first).word().equals(acronym)) {
                    continue;
                }
                int matched = 0;
                int t = first;
                int last = -1;
                while (t < s.size() && matched < acronym.length()) {
                    String w = s.token(t).word();
                    if (s.token(t).isCapitalized() && w.charAt(0) == acronym.charAt(matched) && Character.isLetter(w.charAt(0))) {
                        matched++;
                        last = t;
                    } else if (!(isJoiner(w) || w.equals(",") || w.equals("the"))) {
                        break;
                    }
                    t++;
                }
                if (matched == acronym.length() && (last + 1 >= s.size() || !s.token(last + 1).isCapitalized())) {
                    return document.slice(s.token(first).begin(), s.token(last).end());
                }
            }
        }
        return null;
    }

    /** The fullest name of the last organisation before {@code offset} whose name holds {@code word}. */
    public String organizationWithWord(String word, int offset) {
        String padded = " " + word.toLowerCase(Locale.ROOT) + " ";
        for (int i = organizations.size() - 1; i >= 0; i--) {
            Mention m = organizations.get(i);
            if (m.span().start() < offset && (" " + m.text().toLowerCase(Locale.ROOT) + " ").contains(padded)) {
                return fullOrganizationName(m.text());
            }
        }
        return namedNounPhrase(word, offset);
    }

    /**
     * "the Obama administration", "the Defense Department": the last phrase before {@code offset} in
     * which proper nouns name the thing the common noun {@code word} stands for.
     */
    private String namedNounPhrase(String word, int offset) {
        for (int si = document.sentences().size() - 1; si >= 0; si--) {
            ParsedSentence s = document.sentences().get(si);
            if (s.begin() >= offset) {
                continue;
            }
            for (int t = s.size() - 1; t > 0; t--) {
                if (s.token(t).begin() >= offset || !s.token(t).word().equalsIgnoreCase(word)) {
                    continue;
                }
                int first = t;
                while (first > 0 && s.token(first - 1).isProperNoun() && !s.token(first - 1).isPerson()
                        || first > 0 && s.token(first - 1).isPerson() && first == t) {
                    first--;
                }
                if (first < t) {
                    return document.slice(s.token(first).begin(), s.token(t).end());
                }
            }
        }
        return null;
    }

    /** Lower-cased words of a role, with abbreviations spelled out ("Gov." gives "governor"). */
    Set<String> titleWordsOf(String role) {
        Set<String> words = new java.util.HashSet<>();
        for (String w : role.split("\\s+")) {
            words.add(lexicon.canonicalTitle(w.toLowerCase(Locale.ROOT)));
        }
        return words;
    }
}
