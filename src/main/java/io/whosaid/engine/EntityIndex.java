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

    /** A person's children, as "her daughter Mia" names them: the tie that makes the subject a parent. */
    private static final Set<String> CHILDREN = Set.of("son", "daughter");

    /** Nouns that a person's name in the possessive turns into a thing named after them. */
    private static final Set<String> EPONYM_HEADS = Set.of("disease", "syndrome", "disorder", "palsy", "law", "theorem",
            "principle", "paradox", "razor");
    /** Nouns of a place whose name follows "of" ("the city of ..."). */
    private static final Set<String> PLACE_NOUNS = Set.of("hometown", "city", "town", "village", "province", "state",
            "county", "district", "region", "island", "capital", "suburb", "neighbourhood", "neighborhood", "port");
    /** Legal-form suffixes that a company's common name leaves out. */
    private static final Set<String> LEGAL_FORMS = Set.of("Corp.", "Corp", "Corporation", "Inc.", "Inc", "Ltd.", "Ltd",
            "Co.", "LLC", "L.L.C.", "plc", "PLC", "Limited", "LP", "L.P.", "S.A.", "AG", "GmbH", "N.V.");
    private final ParsedDocument document;
    private final Lexicon lexicon;
    /** The words the tagger calls a place, once asked for. */
    private Set<String> placeWords;
    private final RoleReader roles;
    private final List<Person> people = new ArrayList<>();
    private final Map<Long, Person> personByToken = new HashMap<>();
    private final Map<String, String> acronyms = new HashMap<>();
    private final List<Mention> organizations = new ArrayList<>();
    private List<Map.Entry<Mention, Person>> mentionsInOrder;
    /** The gender the courtesy titles of a one-word name agree on ("Baker" of "Mr. Baker"). */
    private final Map<String, Gender> surnameGender = new HashMap<>();

    private EntityIndex(ParsedDocument document, Lexicon lexicon) {
        this.document = document;
        this.lexicon = lexicon;
        this.roles = new RoleReader(document, lexicon);
    }

    /** The people and organisations of an article; {@code quoted}: its quotations, marks included, in text order. */
    public static EntityIndex build(ParsedDocument document, Lexicon lexicon, List<TextSpan> quoted) {
        EntityIndex index = new EntityIndex(document, lexicon);
        index.collectPeople();
        index.collectNarratedRoles(quoted);
        index.collectRolesHeldAs();
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
                if (i == first + 1 && i < s.size() && surnameTheTaggerMissed(s, i)) {
                    i++; // "Grace Oh": the tagger reads "Oh" as an interjection and leaves it out
                }
                int last = i - 1;
                List<String> name = new ArrayList<>();
                for (int t = first; t <= last; t++) {
                    if (!RoleReader.POSSESSIVE.contains(s.token(t).word()) && lexicon.honorificGender(s.token(t).word()) == null) {
                        name.add(s.token(t).word());
                    }
                }
                if (name.isEmpty() || namesAnEponym(s, last) || namesAPlace(s, first)) {
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
        surnameHonorifics(mentions, words);
        // Longest names first, so that "Kerry" finds "John Kerry" already standing.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -words.get(i).size()).thenComparingInt(i -> i));
        for (int i : order) {
            Mention m = mentions.get(i);
            List<String> name = words.get(i);
            Person match = name.size() == 1 ? bestMatch(name, m.sentence(), m.first(), m) : exactMatch(name);
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
        addFullNamesTheTaggerMissed();
        addSurnamesTheTaggerMissed();
        for (Person p : people) {
            p.mentions().sort(Comparator.comparingInt(m -> m.span().start()));
            findRolesAndGender(p);
        }
    }

    /**
     * "Lee said her role as chair of the board", "Lee's role as coach": the office a
     * person's role is said to be. "his" or "her" stands for the person the sentence names as its
     * subject (else the last one it names before), if the pronoun fits them.
     */
    private void collectRolesHeldAs() {
        for (ParsedSentence s : document.sentences()) {
            for (int i = 1; i + 2 < s.size(); i++) {
                if (!s.token(i).word().equalsIgnoreCase("role") || !s.token(i + 1).word().equalsIgnoreCase("as")) {
                    continue;
                }
                int first = i + 2;
                if (s.token(first).pos().equals("DT")) {
                    first++;
                }
                int last = first - 1;
                while (last + 1 < s.size() && last - first < 9 && !endsOffice(s.token(last + 1))) {
                    last++;
                }
                Person holder = roleHolder(s, i - 1);
                if (holder != null && last >= first) {
                    holder.addRole(document.slice(s.token(first).begin(), s.token(last).end()));
                }
            }
        }
    }

    /** A word that ends the name of an office: punctuation (not an abbreviation's period), a verb, a clause's opening. */
    private static boolean endsOffice(Token t) {
        return t.pos().equals(",") || t.pos().equals(".") || t.pos().equals(":") || t.pos().startsWith("-")
                || t.isVerb() && !t.pos().equals("VBN") || t.pos().equals("WDT") || t.pos().equals("WP")
                || t.pos().equals("CC") && !t.word().equals("&") || t.pos().equals("MD") || t.isQuoteMark()
                || t.pos().equals("IN") && !t.word().equalsIgnoreCase("of") && !t.word().equalsIgnoreCase("for")
                        && !t.word().equalsIgnoreCase("at");
    }

    /** Whose role: the name before "'s", or the person "his"/"her" at {@code owner} stands for. */
    private Person roleHolder(ParsedSentence s, int owner) {
        Token t = s.token(owner);
        if (RoleReader.POSSESSIVE.contains(t.word())) {
            return owner > 0 ? personAt(s.index(), owner - 1) : null;
        }
        Gender gender = t.pos().equals("PRP$") ? lexicon.pronounGender(t.word()) : null;
        if (gender == null) {
            return null;
        }
        Person subject = null;
        Person latest = null;
        for (Map.Entry<Mention, Person> e : mentionsInOrder()) {
            Mention m = e.getKey();
            if (m.sentence() == s.index() && m.first() < owner && e.getValue().gender().compatibleWith(gender)) {
                latest = e.getValue();
                if (m.subject() && subject == null) {
                    subject = latest;
                }
            }
        }
        return subject != null ? subject : latest;
    }

    /**
     * The tagger leaves a full name untagged in a sentence that puzzles it ("Nights are long for
     * Ana Lima, ...") and tags it, or a shorter form of it, elsewhere ("Lima
     * said"): a run of untagged capitalised proper nouns that is the whole name of exactly one person
     * the article names, or ends with it after given names, or is a surname of two words or more
     * ("Al Said" of "Nadia Al Said"), is a mention of that person.
     */
    private void addFullNamesTheTaggerMissed() {
        for (ParsedSentence s : document.sentences()) {
            int i = 0;
            while (i < s.size()) {
                if (!untaggedNameWord(s, i)) {
                    i++;
                    continue;
                }
                int first = i;
                while (i < s.size() && untaggedNameWord(s, i)) {
                    i++;
                }
                int last = i - 1;
                // the whole run (two words or more: a lone word is addSurnamesTheTaggerMissed's), or
                // the run less one or two given names
                for (int start = last > first ? first : first + 1; start <= last && start <= first + 2; start++) {
                    Person named = personNamedExactly(words(s, start, last));
                    if (named != null) {
                        TextSpan span = new TextSpan(s.token(first).begin(), s.token(last).end());
                        boolean subject = s.parsed() ? s.baseRelation(last).startsWith("nsubj") : looksLikeSubject(s, first, last);
                        named.add(new Mention(s.index(), first, last, span, document.slice(span.start(), span.end()), subject),
                                words(s, first, last));
                        for (int t = first; t <= last; t++) {
                            personByToken.put(key(s.index(), t), named);
                        }
                        break;
                    }
                }
            }
        }
    }

    /** A capitalised proper noun the tagger gave no type, that is no title or courtesy title. */
    private boolean untaggedNameWord(ParsedSentence s, int t) {
        Token tok = s.token(t);
        return tok.pos().equals("NNP") && "O".equals(tok.ner()) && tok.isCapitalized()
                && !personByToken.containsKey(key(s.index(), t)) && lexicon.honorificGender(tok.word()) == null
                && !lexicon.isTitleWord(tok.word());
    }

    /** The one person whose name is these words, or ends with them when they are two or more ("Al Said"). */
    private Person personNamedExactly(List<String> name) {
        Person found = null;
        for (Person p : people) {
            List<String> known = p.nameWords();
            if (known.equals(name) || name.size() >= 2 && known.size() > name.size()
                    && known.subList(known.size() - name.size(), known.size()).equals(name)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    private static List<String> words(ParsedSentence s, int first, int last) {
        List<String> words = new ArrayList<>();
        for (int t = first; t <= last; t++) {
            words.add(s.token(t).word());
        }
        return words;
    }

    /**
     * A capitalised word of no type right after a lone given name, which the tagger left out of
     * the name because the word is also something else ("Oh", "Long", "Young").
     */
    private boolean surnameTheTaggerMissed(ParsedSentence s, int t) {
        Token tok = s.token(t);
        return "O".equals(tok.ner()) && tok.isCapitalized() && tok.word().length() > 1
                && (tok.pos().equals("NNP") || tok.pos().equals("UH") || tok.pos().startsWith("JJ"))
                && lexicon.firstNameGender(s.token(t - 1).word()) != Gender.UNKNOWN && !lexicon.isTitleWord(tok.word());
    }

    /**
     * The tagger misses some later mentions of a person it found in full ("...May 4.\n\nWaters
     * said she wants ..." left untagged): a proper noun standing alone, tagged as nothing or
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
                // alone, and not a modifier ("the Baker team", "a Baker caricature")
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
     * "Ella Stone drives the truck her daughter Mia Webb bought": the sentence's subject is the parent of the
     * child it names with "her son" or "his daughter", the pronoun agreeing with the subject. "mother
     * of Mia Webb" or "father of ...", or null.
     */
    private String parentOfChildNamed(ParsedSentence s, Person subject) {
        for (int t = 0; t + 2 < s.size(); t++) {
            String possessive = s.token(t).word().toLowerCase(Locale.ROOT);
            String tie = s.token(t + 1).lemma().toLowerCase(Locale.ROOT);
            Gender parent = possessive.equals("her") ? Gender.FEMALE : possessive.equals("his") ? Gender.MALE : null;
            if (parent == null || subject.gender() != parent || !CHILDREN.contains(tie) || !s.token(t + 2).isPerson()) {
                continue;
            }
            int end = t + 2;
            while (end + 1 < s.size() && s.token(end + 1).isPerson()) {
                end++;
            }
            return (parent == Gender.FEMALE ? "mother of " : "father of ")
                    + document.slice(s.token(t + 2).begin(), s.token(end).end());
        }
        return null;
    }

    /**
     * Roles the narration states outside appositions, in sentences of its own (no quotation marks
     * around them, no speech verb in them, so no one's claim becomes a role):
     * <ul>
     * <li>a predicate of a name that opens the sentence: "Lee is the coach of the Harbour Hawks", "Tom
     * Baker, who owns a bakery, was named the Liberal candidate";</li>
     * <li>a definite description opening the sentence right after a person was the subject of the
     * narration: "Jo Roe knows ...\n\nThe Moncton, N.B., sprinter is in the final" (the role is
     * the description's lower-case words: "sprinter").</li>
     * </ul>
     */
    private void collectNarratedRoles(List<TextSpan> quoted) {
        List<Map.Entry<Mention, Person>> mentions = mentionsInOrder();
        int nextMention = 0;
        int nextQuote = 0;
        Person lastSubject = null;
        int lastSubjectParagraph = -1;
        for (ParsedSentence s : document.sentences()) {
            // sentences and quotations both come in text order: one walk over each
            while (nextQuote < quoted.size() && quoted.get(nextQuote).end() <= s.begin()) {
                nextQuote++;
            }
            boolean insideQuotes = nextQuote < quoted.size() && quoted.get(nextQuote).start() < s.end();
            Person subjectHere = null;
            boolean named = false;
            while (nextMention < mentions.size() && mentions.get(nextMention).getKey().sentence() <= s.index()) {
                Map.Entry<Mention, Person> e = mentions.get(nextMention++);
                if (e.getKey().sentence() == s.index()) {
                    // "Ann Lee's knee injury kept her out of one race": the subject's possessor is who the
                    // sentence is about as much as a subject is
                    if (subjectHere == null && (e.getKey().subject() || possessesTheSubject(s, e.getKey()))) {
                        subjectHere = e.getValue();
                    }
                    named = true;
                }
            }
            if (s.size() < 4 || insideQuotes || hasSpeechVerb(s)) {
                lastSubject = null;
                continue;
            }
            String parent = subjectHere == null ? null : parentOfChildNamed(s, subjectHere);
            if (parent != null) {
                subjectHere.addRole(parent);
            }
            Person opening = personAt(s.index(), 0);
            if (opening != null) {
                int afterName = 0;
                while (afterName < s.size() && personAt(s.index(), afterName) == opening) {
                    afterName++;
                }
                String predicate = roles.predicateRole(s, afterName);
                if (predicate == null) {
                    predicate = roles.asRole(s, afterName);
                }
                if (predicate != null) {
                    opening.addRole(predicate);
                }
            } else if (lastSubject != null && s.paragraph() - lastSubjectParagraph <= 1) {
                String description = roles.describedSubject(s);
                if (description != null && lastSubject.gender().compatibleWith(
                        lexicon.titleGender(description.substring(description.lastIndexOf(' ') + 1)))) {
                    lastSubject.addRole(description);
                }
            }
            // the person a description in the next sentence can stand for: the last one named, if a subject
            if (named) {
                lastSubject = subjectHere;
                lastSubjectParagraph = s.paragraph();
            }
        }
    }

    private static boolean possessesTheSubject(ParsedSentence s, Mention m) {
        if (!s.parsed()) {
            // "Ann Lee's long illness ended ...": the name opens the sentence, a possessive, then
            // nouns and modifiers up to the verb
            if (m.first() != 0 || m.last() + 1 >= s.size() || !s.token(m.last() + 1).pos().equals("POS")) {
                return false;
            }
            for (int t = m.last() + 2; t < s.size() && t <= m.last() + 7; t++) {
                Token tok = s.token(t);
                if (tok.isVerb() || tok.pos().equals("MD")) {
                    return t > m.last() + 2;
                }
                if (!tok.pos().startsWith("NN") && !tok.pos().equals("JJ") && !tok.pos().equals("CD")
                        && !tok.pos().equals("HYPH")) {
                    return false;
                }
            }
            return false;
        }
        for (int t = m.first(); t <= m.last(); t++) {
            int head = s.head(t);
            if (s.relation(t).equals("nmod:poss") && head > m.last() && s.baseRelation(head).startsWith("nsubj")) {
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
            // "Alex Roe" and "Alexander Roe": a short form of the given name that is its beginning
            // or its end
            if (known.size() == name.size() && known.size() >= 2 && last(known).equals(last(name))
                    && Person.shortFormOf(known.get(0), name.get(0))) {
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
        return bestMatch(name, sentence, token, null);
    }

    /** As above, for a mention whose courtesy title, or its surname's, can rule out a person of the other gender. */
    private Person bestMatch(List<String> name, int sentence, int token, Mention mention) {
        String word = last(name);
        List<Person> bySurname = new ArrayList<>();
        List<Person> byFirstName = new ArrayList<>();
        for (Person p : people) {
            if (last(p.nameWords()).equalsIgnoreCase(word)) {
                if (mention != null && p.nameWords().size() > 1 && otherGenderThanSurname(p, word, mention)) {
                    continue;
                }
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

    /**
     * The courtesy titles each one-word name carries somewhere in the article ("Mr. Baker"): the
     * gender of the person the surname alone stands for, when all its titles agree. Two genders
     * ("Mr. Roe" and "Mrs. Roe") tell nothing.
     */
    private void surnameHonorifics(List<Mention> mentions, List<List<String>> words) {
        Map<String, Gender> seen = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Gender gender = honorificOf(mentions.get(i));
            if (words.get(i).size() == 1 && gender != null) {
                seen.merge(words.get(i).get(0), gender, (a, b) -> a == b ? a : Gender.ANY);
            }
        }
        seen.forEach((name, gender) -> {
            if (gender != Gender.ANY) {
                surnameGender.put(name, gender);
            }
        });
    }

    /** The gender of the courtesy title that opens a mention or stands right before it, or null. */
    private Gender honorificOf(Mention m) {
        ParsedSentence s = document.sentences().get(m.sentence());
        for (int t = Math.max(0, m.first() - 1); t <= m.last(); t++) {
            Gender gender = lexicon.honorificGender(s.token(t).word());
            if (gender != null) {
                return gender;
            }
        }
        return null;
    }

    /**
     * Whether a full-named person cannot be whom a bare surname stands for: the surname's courtesy
     * title gives the other gender, and the article names that person in full only later ("Governor
     * Baker ... Mr. Baker ... Susan Baker": she is not the governor). Named in full first, the
     * person is still the likelier one, unless this very mention carries the other title.
     */
    private boolean otherGenderThanSurname(Person p, String surname, Mention m) {
        Gender named = lexicon.firstNameGender(p.nameWords().get(0));
        Gender own = honorificOf(m);
        Gender titled = own != null ? own : surnameGender.get(surname);
        if (titled == null || named == Gender.UNKNOWN || named == Gender.ANY || named == titled) {
            return false;
        }
        return own != null || !p.mentions().get(0).precedes(m.sentence(), m.first());
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
            String title = roles.titleBefore(s, before);
            String appositive = roles.appositiveRole(s, m);
            String reversed = title == null ? roles.reversedAppositiveRole(s, m) : null;
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

    /** A noun for a person, compounds by their last part ("co-host" is a host). */

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
                while (last > first && RoleReader.POSSESSIVE.contains(s.token(last).word())) {
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
        if (isPlaceName(name)) {
            return name; // "Ottawa" is the government, not the "University of Ottawa"
        }
        String padded = " " + name + " ";
        for (Mention m : organizations) {
            String candidate = m.text();
            // "TransCanada" is the company's name; "TransCanada Corp." adds only its legal form
            if (candidate.length() > name.length() && (" " + candidate + " ").contains(padded)
                    && !LEGAL_FORMS.contains(candidate.substring(candidate.indexOf(name) + name.length()).strip())) {
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

    /** "Addison's disease", "Murphy's law": a name in the possessive before these nouns is no person of the story. */
    private static boolean namesAnEponym(ParsedSentence s, int last) {
        return last + 2 < s.size() && RoleReader.POSSESSIVE.contains(s.token(last + 1).word())
                && EPONYM_HEADS.contains(s.token(last + 2).word().toLowerCase(Locale.ROOT));
    }

    /** "the town of Kingsley", "his hometown of Carson": a name the tagger took for a person names a place. */
    private static boolean namesAPlace(ParsedSentence s, int first) {
        return first >= 2 && s.token(first - 1).word().equalsIgnoreCase("of")
                && PLACE_NOUNS.contains(s.token(first - 2).word().toLowerCase(Locale.ROOT));
    }

    /** Whether the article's tagger calls these words a place anywhere ("Ottawa", "Edmonton"). */
    private boolean isPlaceName(String name) {
        if (placeWords == null) {
            // read once: every organisation speaker asks
            Set<String> words = new HashSet<>();
            for (ParsedSentence s : document.sentences()) {
                for (Token token : s.tokens()) {
                    if ("LOCATION".equals(token.ner())) {
                        words.add(token.word());
                    }
                }
            }
            placeWords = words;
        }
        return placeWords.contains(name);
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
                    } else if (!(RoleReader.isJoiner(w) || w.equals(",") || w.equals("the"))) {
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
