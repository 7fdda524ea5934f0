package io.whosaid.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the source token of a cue into a {@link Speaker}: a named person under their fullest name
 * and role, an organisation, an unnamed source as its describing noun phrase (linked to a named
 * person when the article gives that person the same title), or a pronoun resolved to the most
 * salient compatible antecedent. Keeps the speakers it resolved so far, in text order, because
 * news pronouns most often point back to the last person quoted.
 */
final class SpeakerResolver {

    /** A resolved speaker, with the person behind it when there is one, and how sure we are. */
    record Resolution(Speaker speaker, Person person, double certainty, int offset, boolean plural) {
    }

    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** Rank words that make a different office of the same title ("vice president", "deputy minister"). */
    private static final Set<String> RANKS = Set.of("vice", "deputy", "assistant", "associate", "former");
    private static final Set<String> MALE = Set.of("he", "him", "his");
    private static final Set<String> FEMALE = Set.of("she", "her");
    private static final Set<String> PLURAL = Set.of("they", "them", "their");
    private static final Set<String> NEUTER = Set.of("it");
    private static final Set<String> DESCRIPTION_SKIPPED = Set.of("acl", "acl:relcl", "appos", "punct", "parataxis",
            "dep", "advcl", "cc:preconj", "case", "fixed");
    /** Words that open why a source goes unnamed, which is no part of who they are. */
    private static final Set<String> WHY_UNNAMED = Set.of("unauthorized", "unauthorised", "authorized", "authorised",
            "allowed", "permitted", "cleared", "speaking", "granted", "requesting", "insisting");
    /** Prepositions that name a person to compare another with. */
    private static final Set<String> COMPARISONS = Set.of("unlike", "like");
    private static final Set<String> QUANTIFIERS = Set.of("several", "some", "many", "few", "most", "all", "other", "another",
            "both", "numerous", "various", "multiple");
    /** Relations of clauses that depend on another: their subject is not the sentence's. */
    private static final Set<String> SUBORDINATE_CLAUSES = Set.of("advcl", "acl", "ccomp", "xcomp");
    private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "appos", "flat:name");

    private final ParsedDocument document;
    private final EntityIndex entities;
    private final Lexicon lexicon;
    private final List<TextSpan> quotedSpans;
    private final List<TextSpan> reportedContent = new ArrayList<>();
    private final List<Resolution> history = new ArrayList<>();
    private final Set<Integer> captions;

    SpeakerResolver(ParsedDocument document, EntityIndex entities, Lexicon lexicon, List<TextSpan> quotedSpans,
            Set<Integer> captions) {
        this.document = document;
        this.entities = entities;
        this.lexicon = lexicon;
        this.quotedSpans = quotedSpans;
        this.captions = captions;
    }

    List<Resolution> history() {
        return history;
    }

    /**
     * Remembers the content of a reported-speech quote: people named inside what somebody said
     * ("Marsh said he owes much to his father, Bill") are the speaker's topic, and a later "he
     * said" points back to them only when nobody outside reported content fits.
     */
    void reported(TextSpan content) {
        reportedContent.add(content);
    }

    Resolution resolve(int sentenceIndex, int source) {
        ParsedSentence s = document.sentences().get(sentenceIndex);
        Token head = s.token(source);
        if (head.pos().equals("WP") || head.pos().equals("WDT")) {
            // "..., Ann Lee, who called for ...": the relative pronoun stands for the noun before it
            int antecedent = source - 1;
            while (antecedent >= 0 && s.token(antecedent).word().equals(",")) {
                antecedent--;
            }
            if (antecedent < 0 || !s.token(antecedent).isProperNoun()
                    || !(s.token(antecedent).isPerson() || s.token(antecedent).isOrganization())) {
                return null; // nobody named right before it: better no speaker than a wrong one
            }
            source = antecedent;
            head = s.token(source);
        }
        Resolution r;
        if (head.isPronoun() || head.pos().equals("PRP$")) {
            r = resolvePronoun(s, source); // "her message is simple: ...": the owner of a statement
        } else {
            r = resolveNominal(s, source);
        }
        if (r != null) {
            history.add(r);
        }
        return r;
    }

    private Resolution resolveNominal(ParsedSentence s, int headAsParsed) {
        int source = titledName(s, ageAsNoun(s, describedNoun(s, headAsParsed)));
        Token head = s.token(source);
        Resolution numbered = numberedName(s, source);
        if (numbered != null) {
            return numbered;
        }
        Resolution together = namedTogether(s, source);
        if (together != null) {
            return together;
        }
        Person person = personAround(s, source);
        if (person == null) {
            person = personAfterTitle(s, source);
        }
        if (person != null) {
            return new Resolution(new Speaker(person.fullName(), mentionText(s, source), person.role(), SpeakerKind.PERSON),
                    person, 1.0, head.begin(), false);
        }
        Mention organization = entities.organizationAt(s.index(), source);
        Person named = organization == null ? null : entities.personNamed(List.of(organization.text().split("\\s+")));
        if (named != null) {
            // NER tagged a known person's surname as an organisation ("Campbell")
            return new Resolution(new Speaker(named.fullName(), organization.text(), named.role(), SpeakerKind.PERSON),
                    named, 0.85, head.begin(), false);
        }
        if (organization != null) {
            String name = entities.fullOrganizationName(organization.text());
            return new Resolution(new Speaker(name, organization.text(), null, SpeakerKind.ORGANIZATION), null, 0.95,
                    head.begin(), head.pos().equals("NNPS"));
        }
        if (head.isProperNoun()) {
            int[] chunk = properChunk(s, source);
            if (isNamePart(s, chunk[1] + 1) && chunk[1] + 2 < s.size() && s.token(chunk[1] + 2).pos().equals("CD")) {
                chunk[1] += 2; // "Teamsters Local 615", the number hung elsewhere by the parser
            }
            String name = document.slice(s.token(chunk[0]).begin(), s.token(chunk[1]).end());
            List<String> words = new ArrayList<>();
            for (int t = chunk[0]; t <= chunk[1]; t++) {
                if (lexicon.honorificGender(s.token(t).word()) == null) {
                    words.add(s.token(t).word());
                }
            }
            boolean single = chunk[0] == chunk[1];
            // "Mr. Lee": with the courtesy title set aside, the Lee the article names in full
            boolean titledName = !words.isEmpty() && words.size() < chunk[1] - chunk[0] + 1;
            if (single || titledName) {
                Person byName = entities.personNamed(single ? List.of(head.word()) : words);
                if (byName != null) {
                    return new Resolution(new Speaker(byName.fullName(), name, byName.role(), SpeakerKind.PERSON),
                            byName, 0.9, head.begin(), false);
                }
            }
            name = entities.fullOrganizationName(name);
            boolean institutional = "LOCATION".equals(head.ner()) || head.pos().equals("NNPS")
                    || lexicon.firstNameGender(s.token(chunk[0]).word()) == Gender.UNKNOWN;
            return new Resolution(new Speaker(name, name, null, institutional ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON),
                    null, 0.85, head.begin(), head.pos().equals("NNPS"));
        }
        Person misTagged = namedAfterTitle(s, source);
        if (misTagged != null) {
            // "Canadian actor Oh said": the words up to the title are the role
            int from = s.subtreeRange(source)[0];
            while (from < source && s.token(from).pos().equals("DT")) {
                from++;
            }
            misTagged.addRole(document.slice(s.token(from).begin(), head.end()));
            return new Resolution(new Speaker(misTagged.fullName(), mentionText(s, source + 1), misTagged.role(), SpeakerKind.PERSON),
                    misTagged, 0.85, s.token(source + 1).begin(), false);
        }
        String description = description(s, source);
        if (description == null) {
            return null;
        }
        if (lexicon.isDocumentNoun(head.lemma())) {
            Resolution author = authorOfDocument(s, source);
            if (author != null) {
                return author;
            }
        }
        // "sergeant-at-arms" is one sergeant: its first part tells the number and the title
        Token titleWord = s.token(firstOfHyphenated(s, source));
        boolean plural = titleWord.pos().equals("NNS");
        Person linked = plural ? null : personWithTitle(titleWord.word(), description);
        if (linked != null) {
            String role = description.replaceFirst("^(?i)(the|a|an)\\s+", "");
            linked.addRole(role);
            return new Resolution(new Speaker(linked.fullName(), description, linked.role(), SpeakerKind.PERSON),
                    linked, 0.75, head.begin(), false);
        }
        if (!plural && isDefinite(s, source) && !lexicon.isDocumentNoun(head.lemma())) {
            Resolution antecedent = definiteAntecedent(s, source, description);
            if (antecedent != null) {
                return antecedent;
            }
        }
        if (plural && isDefinite(s, source) && description.split("\\s+").length == 2) {
            Resolution group = groupNamedBefore(head, description);
            if (group != null) {
                return group;
            }
        }
        if (!plural && isIndefinite(s, source)) {
            Person introduced = namedRightAfter(s, head);
            if (introduced != null) {
                introduced.addRole(description.replaceFirst("^(?i)(a|an)\\s+", ""));
                return new Resolution(new Speaker(introduced.fullName(), description, introduced.role(), SpeakerKind.PERSON),
                        introduced, 0.7, head.begin(), false);
            }
        }
        SpeakerKind kind = head.isOrganization() ? SpeakerKind.ORGANIZATION : SpeakerKind.UNNAMED;
        return new Resolution(new Speaker(description, description, kind == SpeakerKind.UNNAMED ? function(s, source) : null, kind),
                null, 0.8, head.begin(), plural);
    }

    /**
     * What an unnamed source is: its noun with the words that qualify it, without determiners,
     * numbers and quantifiers ("two senior U.S. officials" gives "senior U.S. officials").
     */
    private String function(ParsedSentence s, int head) {
        if (!s.token(head).isNoun()) {
            return null; // "people arrested last week": a participle phrase tells no function
        }
        int start = head;
        while (start > 0 && s.isAncestor(head, start - 1) && (gluedHyphen(s, start - 1) || gluedHyphen(s, start)
                || !s.token(start - 1).isPunctuation()
                && !s.token(start - 1).pos().equals("DT") && !s.token(start - 1).pos().equals("CD")
                && !s.token(start - 1).pos().equals("PRP$") && !s.token(start - 1).pos().equals("IN")
                && !s.token(start - 1).pos().equals("TO") && !QUANTIFIERS.contains(s.token(start - 1).word().toLowerCase(Locale.ROOT)))) {
            start--; // the parts of a hyphenated word ("editor-in-chief") stay together
        }
        int end = head;
        while (end + 2 < s.size() && gluedHyphen(s, end + 1)) {
            end += 2;
        }
        // keep a coordinated noun ("lawyers and experts")
        int conj = s.child(head, "conj");
        if (conj > head && conj - head <= 3) {
            end = conj;
        }
        return document.slice(s.token(start).begin(), s.token(end).end());
    }

    /**
     * The first part of a hyphenated word the tokenizer split ("sergeant-at-arms" into "sergeant",
     * "-", "at", "-", "arms"), whose last part the parser makes the head: the part that names
     * what the person is.
     */
    private static int firstOfHyphenated(ParsedSentence s, int head) {
        int first = head;
        while (first >= 2 && gluedHyphen(s, first - 1)) {
            first -= 2;
        }
        return first;
    }

    /** A hyphen written with no space on either side, inside one word. */
    private static boolean gluedHyphen(ParsedSentence s, int t) {
        return t > 0 && t + 1 < s.size() && s.token(t).word().equals("-")
                && s.token(t - 1).end() == s.token(t).begin() && s.token(t).end() == s.token(t + 1).begin();
    }

    /**
     * "Teamsters Local 987 said", "Apollo 11 radioed": a number the parser took for the source
     * on its own ends the name before it, and the whole is an organisation. Null otherwise.
     */
    private Resolution numberedName(ParsedSentence s, int source) {
        if (!s.token(source).pos().equals("CD") || !isNamePart(s, source - 1)) {
            return null;
        }
        int first = source - 1;
        while (isNamePart(s, first - 1)) {
            first--;
        }
        String name = document.slice(s.token(first).begin(), s.token(source).end());
        return new Resolution(new Speaker(name, name, null, SpeakerKind.ORGANIZATION), null, 0.8, s.token(first).begin(), false);
    }

    /** A capitalised word, however tagged ("Local" as an adjective), that is no sentence's first word. */
    private static boolean isNamePart(ParsedSentence s, int t) {
        return t > 0 && t < s.size() && s.token(t).isCapitalized() && (s.token(t).isNoun() || s.token(t).pos().startsWith("JJ"));
    }

    /** "A statement from the EU said": the EU. */
    private Resolution authorOfDocument(ParsedSentence s, int document) {
        for (int c : s.children(document)) {
            String rel = s.relation(c);
            int preposition = s.child(c, "case");
            String by = preposition < 0 ? "" : s.token(preposition).word().toLowerCase(Locale.ROOT);
            if (rel.equals("nmod:poss") || rel.equals("nmod") && (by.equals("from") || by.equals("by") || by.equals("of"))) {
                Token t = s.token(c);
                if (t.isProperNoun() || t.isOrganization() || t.isPerson()) {
                    return wholeName(s, c, resolveNominal(s, c));
                }
            }
        }
        // the owner said outright wins over a name modifying the document: "the agency's May report"
        for (int c : s.children(document)) {
            // "The UN statement", "a White House memo", "the Tarn website": a name modifying the
            // document is its author, a place or a date is not ("the Ontario report", "the May memo")
            Token t = s.token(c);
            if (s.relation(c).equals("compound") && c < document && !isDateWord(t) && (t.isOrganization() || t.isPerson()
                    || t.pos().equals("NNP") && t.isCapitalized() && "O".equals(t.ner()))) {
                return wholeName(s, c, resolveNominal(s, c));
            }
        }
        return null;
    }

    /** Months and weekdays the tagger sometimes reads as names ("the June report"). */
    private static boolean isDateWord(Token t) {
        return "DATE".equals(t.ner()) || "TIME".equals(t.ner())
                || DATE_WORDS.contains(t.word().toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /**
     * An organisation the tagger cut short inside a longer proper name ("Infrastructure Canada",
     * tagged as the place "Canada"): the author is the whole name.
     */
    private Resolution wholeName(ParsedSentence s, int author, Resolution resolved) {
        if (resolved == null || resolved.person() != null || resolved.speaker().kind() != SpeakerKind.ORGANIZATION) {
            return resolved;
        }
        int[] chunk = properChunk(s, author);
        // the tagger reads a capitalised common noun opening a name as a noun ("Infrastructure"):
        // capitalised inside a sentence, it is part of the name
        while (chunk[0] > 1 && s.token(chunk[0] - 1).isCapitalized() && s.token(chunk[0] - 1).isNoun()
                && s.isAncestor(author, chunk[0] - 1)) {
            chunk[0]--;
        }
        String whole = document.slice(s.token(chunk[0]).begin(), s.token(chunk[1]).end());
        Speaker sp = resolved.speaker();
        if (whole.length() <= sp.name().length() || !whole.contains(sp.name())) {
            return resolved;
        }
        return new Resolution(new Speaker(whole, whole, sp.role(), sp.kind()), null, resolved.certainty(), resolved.offset(),
                resolved.plural());
    }

    /**
     * "the" + a description with no name of its own, and no "of"-phrase or appositive that
     * identifies it independently: a reference back ("the utility said", "the 32-year-old labourer
     * said", "the Toronto resident said"). A person or organisation named inside it ("the Pentagon
     * spokesman") may be somebody not yet mentioned.
     */
    private boolean isDefinite(ParsedSentence s, int head) {
        boolean definite = articleBeforeDescription(s, head);
        for (int c : s.children(head)) {
            String rel = s.baseRelation(c);
            Token child = s.token(c);
            if (rel.equals("det") && child.word().equalsIgnoreCase("the")) {
                definite = true;
            } else if (rel.equals("nmod") && describesSomebody(s, head)) {
                // "the 52-year-old owner of the bakery", "the former head of the agency": an age or a
                // past office describes somebody, not an office
                continue;
            } else if (rel.equals("nmod") || rel.equals("appos") && child.isProperNoun()) {
                // "the head of the agency" names an office; a description after a comma ("the
                // rookie, younger brother of ...") only adds to the one it refers back to
                return false;
            } else if (child.isProperNoun() && (child.isPerson() || child.isOrganization())) {
                return false;
            }
        }
        return definite;
    }

    /**
     * "says the 32-year-old": the tokenizer splits the age at its hyphens and the parser can take
     * "year" for the source; the phrase is about somebody, and its last word ("old") stands for them.
     */
    private static int ageAsNoun(ParsedSentence s, int source) {
        boolean year = s.token(source).word().toLowerCase(Locale.ROOT).startsWith("year");
        return year && source + 2 < s.size() && s.token(source + 1).word().equals("-")
                && s.token(source + 2).word().equalsIgnoreCase("old") ? source + 2 : source;
    }

    /** "old" closing an age ("32-year-old"): a person of that age. */
    private static boolean isAge(ParsedSentence s, int t) {
        return s.token(t).word().equalsIgnoreCase("old") && t >= 2 && s.token(t - 1).word().equals("-")
                && s.token(t - 2).word().toLowerCase(Locale.ROOT).startsWith("year");
    }

    /** Whether the narration before {@code offset} names one person and no other. */
    private boolean onlyPersonNamedBefore(int offset) {
        Person only = null;
        for (Map.Entry<Mention, Person> e : entities.mentionsInOrder()) {
            if (e.getKey().span().start() >= offset || contains(quotedSpans, e.getKey().span())) {
                continue;
            }
            if (only != null && only != e.getValue()) {
                return false;
            }
            only = e.getValue();
        }
        return only != null;
    }

    /** An age or "former" before the noun: the description is of a person, not of an office. */
    private static boolean describesSomebody(ParsedSentence s, int head) {
        if (statesAnAge(s, head)) {
            return true;
        }
        for (int t = head - 1; t >= 0 && !s.token(t).pos().equals("DT"); t--) {
            if (s.token(t).word().equalsIgnoreCase("former")) {
                return true;
            }
        }
        return false;
    }

    /** An age among the words before the noun ("the 52-year-old owner", which the tokenizer splits at the hyphens). */
    private static boolean statesAnAge(ParsedSentence s, int head) {
        for (int t = head - 1; t >= 0 && !s.token(t).pos().equals("DT"); t--) {
            if (isAge(s, t) || s.token(t).word().toLowerCase(Locale.ROOT).endsWith("year-old")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the tall, soft-spoken engineer" as the parser leaves it, the first adjective taken for a
     * noun with "the" on it: "the" before a run of adjectives and commas ending at the noun.
     */
    private boolean articleBeforeDescription(ParsedSentence s, int head) {
        int i = head - 1;
        boolean comma = false;
        while (i > 0) {
            Token t = s.token(i);
            boolean adjective = isAdjectival(t) || isMisparsedAdjective(t);
            if (t.pos().equals(",")) {
                comma = true;
            } else if (!adjective) {
                break;
            }
            i--;
        }
        return comma && i >= 0 && i < head - 1 && s.token(i).word().equalsIgnoreCase("the");
    }

    /**
     * "the tall, soft-spoken engineer" is parsed with the first adjective as a noun and the real
     * noun as its appositive: the appositive, when only modifiers and commas stand between them.
     */
    private int describedNoun(ParsedSentence s, int source) {
        if (!isMisparsedAdjective(s.token(source))) {
            return source;
        }
        int appos = s.child(source, "appos");
        if (appos <= source || appos - source > 6 || !s.token(appos).pos().startsWith("NN")) {
            return source;
        }
        for (int i = source + 1; i < appos; i++) {
            if (!isAdjectival(s.token(i)) && !s.token(i).pos().equals(",")) {
                return source;
            }
        }
        return appos;
    }

    /**
     * "Painter and sculptor Ann Lowe said": the parser makes the first title the subject and the
     * name its conjunct; with no determiner before the title and only titles between, the name is
     * whom they describe ("The teacher and Ann Lowe said" names two people).
     */
    private int titledName(ParsedSentence s, int source) {
        Token head = s.token(source);
        int conj = s.child(source, "conj");
        if (head.isPerson() || s.child(source, "det") >= 0 || conj < source || !s.token(conj).isPerson()
                || !lexicon.isTitleWord(head.word()) && !lexicon.isAnimateNoun(head.lemma())) {
            return source;
        }
        for (int t = source + 1; t < conj && !s.token(t).isPerson(); t++) {
            Token between = s.token(t);
            if (!between.pos().equals("CC") && !lexicon.isTitleWord(between.word()) && !lexicon.isAnimateNoun(between.lemma())) {
                return source;
            }
        }
        return conj;
    }

    /** An adjective, or what strings adjectives together ("soft-spoken", "very", "and"). */
    private static boolean isAdjectival(Token t) {
        String pos = t.pos();
        return pos.startsWith("JJ") || pos.equals("HYPH") || pos.equals("RB") || pos.equals("CC");
    }

    /** A lower-case "noun" that names neither a being nor a title: "tall" in "the tall, soft-spoken engineer". */
    private boolean isMisparsedAdjective(Token t) {
        return t.pos().equals("NN") && Character.isLowerCase(t.word().charAt(0)) && !lexicon.isAnimateNoun(t.lemma())
                && !lexicon.isTitleWord(t.word());
    }

    private static boolean isIndefinite(ParsedSentence s, int head) {
        int det = s.child(head, "det");
        return det >= 0 && det < head && s.token(det).isIndefiniteArticle();
    }

    /**
     * The person an indefinite title introduces when the name follows at once: "A spokeswoman for
     * the premier said ... / “...,” said Jane Roe." Only a person first named in a later sentence of
     * this or the next paragraph, in a sentence with a speech verb, with no title of their own (a titled name is
     * somebody else), of a compatible gender, and only the first one named after the description.
     */
    private Person namedRightAfter(ParsedSentence s, Token head) {
        if (!lexicon.isTitleWord(head.word())) {
            return null;
        }
        int paragraph = s.paragraph();
        Map.Entry<Mention, Person> next = null;
        for (Map.Entry<Mention, Person> e : entities.mentionsInOrder()) {
            if (e.getKey().sentence() > s.index() && !contains(quotedSpans, e.getKey().span())) {
                next = e;
                break;
            }
        }
        if (next == null) {
            return null;
        }
        Mention m = next.getKey();
        Person p = next.getValue();
        if (p.mentions().get(0) != m || !p.roles().isEmpty()
                || paragraphOf(m) - paragraph > 1
                || !p.gender().compatibleWith(lexicon.titleGender(head.word()))) {
            return null;
        }
        ParsedSentence named = document.sentences().get(m.sentence());
        for (int t = 0; t < named.size(); t++) {
            if (lexicon.isSpeechVerb(named.token(t).lemma()) && named.token(t).isVerb()) {
                return p;
            }
        }
        return null;
    }

    private static boolean hasProperModifier(ParsedSentence s, int head) {
        for (int c : s.children(head)) {
            if (c < head && s.token(c).isProperNoun()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Veteran actor Oh said": a title right before a capitalised word the tagger missed as a
     * name (here an interjection), when the article names exactly one person so, and the word
     * ends the source. Null otherwise.
     */
    private Person namedAfterTitle(ParsedSentence s, int source) {
        Token head = s.token(source);
        if (!(lexicon.isTitleWord(head.word()) || lexicon.isAnimateNoun(head.lemma())) || source + 2 >= s.size()) {
            return null;
        }
        Token next = s.token(source + 1);
        Token after = s.token(source + 2);
        if (next.isProperNoun() && next.isPerson() || !Character.isUpperCase(next.word().charAt(0))
                || !(after.isVerb() || after.isPunctuation())) {
            return null;
        }
        return entities.personNamed(List.of(next.word()));
    }

    /**
     * "the tall, soft-spoken engineer": lower-case adjectives describe the person; a capitalised
     * one ("the Republican nominee") qualifies an office, and a noun ("the band leader") names one.
     */
    private static boolean hasDescriptiveModifier(ParsedSentence s, int head) {
        boolean described = false;
        for (int t = head - 1; t >= 0 && !s.token(t).pos().equals("DT"); t--) {
            Token modifier = s.token(t);
            if (Character.isUpperCase(modifier.word().charAt(0)) || modifier.pos().startsWith("NN") && s.head(t) == head) {
                return false;
            }
            described |= modifier.pos().startsWith("JJ") && Character.isLowerCase(modifier.word().charAt(0));
        }
        return described;
    }

    /**
     * The person named as a subject in the sentence right before this one (in this or the
     * previous paragraph), when it is the only subject there of a compatible gender; else null.
     */
    private Person subjectOfPreviousSentence(ParsedSentence s, int offset, Gender gender) {
        if (s.index() == 0) {
            return null;
        }
        int previous = s.index() - 1;
        if (s.paragraph() - document.sentences().get(previous).paragraph() > 1) {
            return null;
        }
        Set<Person> subjects = new LinkedHashSet<>();
        for (Map.Entry<Mention, Person> e : narratorMentionsBefore(offset, s.paragraph(), 1)) {
            Mention m = e.getKey();
            if (m.sentence() == previous && m.subject() && e.getValue().gender().compatibleWith(gender)) {
                subjects.add(e.getValue());
            }
        }
        return subjects.size() == 1 ? subjects.iterator().next() : null;
    }

    /**
     * "the officials" after "two agency officials" said something: the same unnamed
     * group, its fuller description and role, when it spoke within the last three paragraphs.
     */
    private Resolution groupNamedBefore(Token head, String description) {
        for (Resolution r : heardWithin(Paragraphs.indexOf(document.paragraphs(), head.begin()), 3)) {
            Speaker sp = r.speaker();
            String[] words = sp.name().split("\\s+");
            if (sp.kind() == SpeakerKind.UNNAMED && r.plural() && words.length > 1
                    && words[words.length - 1].equalsIgnoreCase(head.word())) {
                return new Resolution(new Speaker(sp.name(), description, sp.role(), sp.kind()), null, 0.75,
                        head.begin(), true);
            }
        }
        return null;
    }

    /** The organisation or person a definite description refers back to, by its head noun. */
    private Resolution definiteAntecedent(ParsedSentence s, int head, String description) {
        int word = firstOfHyphenated(s, head);
        Token t = s.token(word);
        int paragraph = s.paragraph();
        if (lexicon.isOrganizationNoun(t.lemma())) {
            // "the commission" after "the Commission on Presidential Debates": the last organisation
            // whose name holds the noun; else the organisation quoted just before.
            String named = entities.organizationWithWord(t.word(), t.begin());
            if (named != null) {
                return new Resolution(new Speaker(named, description, null, SpeakerKind.ORGANIZATION), null, 0.8, t.begin(), false);
            }
            for (Resolution r : heardWithin(paragraph, 3)) {
                if (r.speaker().kind() == SpeakerKind.ORGANIZATION) {
                    Speaker sp = r.speaker();
                    return new Resolution(new Speaker(sp.name(), description, sp.role(), sp.kind()), null, 0.7, t.begin(), false);
                }
            }
            return null;
        }
        boolean title = lexicon.isTitleWord(t.word());
        if (!title && !lexicon.isAnimateNoun(t.lemma()) && !isAge(s, head)) {
            return null; // "the phrase suggests ...": not somebody
        }
        Gender gender = lexicon.titleGender(t.word());
        Person person = title ? titledAntecedent(t.begin(), paragraph, t.word(), description)
                : justIntroduced(t.begin(), paragraph, gender, false);
        if (person == null && !title && !hasProperModifier(s, head)) {
            // "the judge" or "the Indiana governor" with nobody of that title named yet is news,
            // not the salient person; "the 32-year-old" is
            person = antecedent(t.begin(), paragraph, gender);
        }
        if (person == null && title && describesSomebody(s, head)) {
            // "says the 41-year-old founder of the farm", "the former head of the board said": an age or a
            // past office makes the title a description of somebody, the one just introduced; a past
            // office only when nobody else has been named yet (a well-known figure is described so too)
            boolean aged = statesAnAge(s, head);
            // An age introduces a newcomer, so a person already known, named again in passing after
            // them, is looked past ("Meet Rosa Mendez, who like Lopez came from Peru. “...,” says the
            // 45-year-old owner"); a bare description takes the last name only if it is new.
            person = aged || onlyPersonNamedBefore(t.begin()) ? justIntroduced(t.begin(), paragraph, gender, aged) : null;
        }
        if (person == null && title && hasDescriptiveModifier(s, word) && !hasProperModifier(s, head)) {
            // "Lee knew the risk. “...,” the soft-spoken engineer said": a title dressed in
            // description is elegant variation for the one the last sentence was about
            person = subjectOfPreviousSentence(s, t.begin(), gender);
        }
        if (person == null) {
            return null;
        }
        // "says the 52-year-old owner of the bakery": what the article tells of the person
        // (an age is no role: "the 52-year-old owner of the bakery" is the bakery's owner)
        String said = description.replaceFirst("^(?i)the\\s+", "").replaceFirst("^\\d+-years?-old(\\s+|$)", "");
        if (!said.isEmpty() && !lexicon.isGenericPersonNoun(said)) {
            person.addRole(said); // "the woman" tells nothing of what she does
        }
        return new Resolution(new Speaker(person.fullName(), description, person.role(), SpeakerKind.PERSON), person, 0.7,
                t.begin(), false);
    }

    /**
     * "Jo Roe and Ann Lee said", "The bakery's owners Jo Roe and Ann Lee said": people named side by
     * side as one source speak together, under both names ("Jo Roe and Ann Lee"). Null unless the
     * source (or a name hung on it) has another person as its conjunct.
     */
    private Resolution namedTogether(ParsedSentence s, int source) {
        int nameHead = entities.personAt(s.index(), source) != null ? source : -1;
        for (int c : s.children(source)) {
            String rel = s.baseRelation(c);
            if (nameHead < 0 && c > source && (rel.equals("dep") || rel.equals("appos")) && entities.personAt(s.index(), c) != null) {
                nameHead = c;
            }
        }
        if (nameHead < 0) {
            return null;
        }
        List<Person> people = new ArrayList<>(List.of(entities.personAt(s.index(), nameHead)));
        for (int c : s.children(nameHead)) {
            Person partner = s.baseRelation(c).equals("conj") ? entities.personAt(s.index(), c) : null;
            if (partner != null && !people.contains(partner)) {
                people.add(partner);
            }
        }
        if (people.size() < 2) {
            return null;
        }
        List<String> names = people.stream().map(Person::fullName).toList();
        String joined = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return new Resolution(new Speaker(joined, mentionText(s, source), null, SpeakerKind.PERSON), null, 0.9,
                s.token(source).begin(), true);
    }

    /**
     * "according to former Bank of Ireland chairman Jo Roe", parsed with the bank as the head:
     * a person hung on the source with a title between them is who speaks, the organisation is theirs.
     */
    private Person personAfterTitle(ParsedSentence s, int source) {
        for (int c : s.children(source)) {
            Person p = c > source && s.baseRelation(c).equals("dep") ? entities.personAt(s.index(), c) : null;
            if (p == null) {
                continue;
            }
            for (int t = source + 1; t < c; t++) {
                if (lexicon.isTitleWord(s.token(t).word())) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The person named at the source token, or in a name part attached to it ("spokesman John Kirby"). */
    private Person personAround(ParsedSentence s, int source) {
        Person p = entities.personAt(s.index(), source);
        if (p != null) {
            return p;
        }
        boolean commonNoun = s.token(source).pos().equals("NN") || s.token(source).pos().equals("NNS");
        for (int c : s.children(source)) {
            if (commonNoun && c < source && s.baseRelation(c).equals("compound")) {
                continue; // "Kole aides", "Trump supporters": the name qualifies them, it is not who they are
            }
            if (NAME_PARTS.contains(s.relation(c)) || NAME_PARTS.contains(s.baseRelation(c))) {
                p = entities.personAt(s.index(), c);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The unique person the article gives a title with this head word ("spokesman"), if any. */
    private Person personWithTitle(String word, String description) {
        if (!lexicon.isTitleWord(word)) {
            return null;
        }
        String title = lexicon.canonicalTitle(word);
        List<String> qualifiers = qualifiers(description, word);
        Person found = null;
        int best = 1;
        boolean tied = false;
        for (Person p : entities.people()) {
            boolean titled = p.roles().stream().anyMatch(role -> entities.titleWordsOf(role).contains(title));
            int fit = titled ? fit(qualifiers, p, description) : 0;
            if (fit < best) {
                continue;
            }
            // one person sharing the description's qualifier ("Democratic") beats others merely not ruled out
            tied = fit == best && found != null;
            found = p;
            best = fit;
        }
        return tied ? null : found;
    }

    private Resolution resolvePronoun(ParsedSentence s, int source) {
        String word = s.token(source).word().toLowerCase(Locale.ROOT);
        int offset = s.token(source).begin();
        int paragraph = s.paragraph();
        if (MALE.contains(word) || FEMALE.contains(word)) {
            Gender gender = MALE.contains(word) ? Gender.MALE : Gender.FEMALE;
            Person person = antecedent(offset, paragraph, gender);
            double confidence = 0.9;
            if (person == null) {
                person = protagonist(offset, gender);
                confidence = 0.6;
            }
            if (person == null) {
                person = lastSpeakerOf(gender, paragraph);
            }
            if (person == null) {
                Speaker described = lastDescribedSpeakerOf(gender, paragraph);
                return described == null ? null
                        : new Resolution(described.mentionedAs(s.token(source).word()), null, 0.6, offset, false);
            }
            return new Resolution(new Speaker(person.fullName(), s.token(source).word(), person.role(), SpeakerKind.PERSON),
                    person, confidence, offset, false);
        }
        if (PLURAL.contains(word) || NEUTER.contains(word)) {
            boolean plural = PLURAL.contains(word);
            Resolution group = plural ? pluralSubjectBefore(s, source) : null;
            boolean speakerInSentence = !history.isEmpty() && history.get(history.size() - 1).offset() >= s.token(0).begin();
            if (group == null && plural && !speakerInSentence) {
                // a source already heard in this sentence ("..., experts say, including a rule they
                // say ...") comes first, from the history below
                group = pluralSubjectOfPreviousSentence(s);
            }
            if (group != null) {
                Speaker sp = group.speaker();
                return new Resolution(sp.mentionedAs(s.token(source).word()), group.person(), 0.6, offset, true);
            }
            for (Resolution r : heardWithin(paragraph, 2)) {
                boolean fits = plural ? r.plural() || r.speaker().kind() == SpeakerKind.ORGANIZATION
                        : (r.speaker().kind() == SpeakerKind.ORGANIZATION || isDocument(r.speaker())) && !r.plural();
                if (fits) {
                    Speaker sp = r.speaker();
                    return new Resolution(sp.mentionedAs(s.token(source).word()), r.person(), 0.7, offset, r.plural());
                }
            }
        }
        return null;
    }

    /** The last word of a phrase ("report" of "the new report"). */
    private static String lastWord(String phrase) {
        String[] words = phrase.split("\\s+");
        return words[words.length - 1];
    }

    /** "the audit", "a new report": a speaker the text names by a document noun, which "it" can take up. */
    private boolean isDocument(Speaker speaker) {
        return speaker.kind() == SpeakerKind.UNNAMED && lexicon.isDocumentNoun(lastWord(speaker.name()));
    }

    /**
     * "Republican senators want a vote, and they say ...": a plural noun that is the subject of an
     * earlier clause of the same sentence (the narrator's words, not a quotation's) is what "they"
     * stands for; null when there is none.
     */
    private Resolution pluralSubjectBefore(ParsedSentence s, int pronoun) {
        int semicolon = pronoun - 1;
        while (semicolon >= 0 && !s.token(semicolon).word().equals(";")) {
            semicolon--;
        }
        if (semicolon > 0 && s.relation(s.head(pronoun)).equals("parataxis")) {
            // "The Greens think the levy unfair; they say ...": a semicolon ends a statement
            // as a full stop does, and "they" is the subject of the one before, however it was parsed
            for (int t = 0; t < semicolon; t++) {
                Token tok = s.token(t);
                boolean pluralNoun = tok.pos().equals("NNS") || tok.pos().equals("NNPS");
                if (pluralNoun && s.relation(t).equals("nsubj") && !SUBORDINATE_CLAUSES.contains(s.baseRelation(s.head(t)))
                        && !contains(quotedSpans, new TextSpan(tok.begin(), tok.end()))) {
                    return resolveNominal(s, t);
                }
            }
        }
        if (!isMainClause(s, s.head(pronoun))) {
            return null; // "... what would happen if they were to reply": not the narrator's next claim
        }
        for (int t = pronoun - 1; t >= 0; t--) {
            if (isPluralMainSubject(s, t)) {
                return resolveNominal(s, t);
            }
        }
        return null;
    }

    /** A plural noun that is the subject of a main clause, in the narrator's words (not quoted). */
    private boolean isPluralMainSubject(ParsedSentence s, int t) {
        Token tok = s.token(t);
        boolean pluralNoun = tok.pos().equals("NNS") || tok.pos().equals("NNPS");
        return pluralNoun && s.relation(t).equals("nsubj") && isMainClause(s, s.head(t))
                && !contains(quotedSpans, new TextSpan(tok.begin(), tok.end()));
    }

    /**
     * "Dairy farmers filed claims last year. The new levy, they argue, ...": the one plural noun that
     * is the main subject of the sentence before (in this or the previous paragraph, outside
     * quotation marks) is what "they" stands for; null when there is none.
     */
    private Resolution pluralSubjectOfPreviousSentence(ParsedSentence s) {
        if (s.index() == 0) {
            return null;
        }
        ParsedSentence previous = document.sentences().get(s.index() - 1);
        if (s.paragraph() - previous.paragraph() > 1) {
            return null;
        }
        int found = -1;
        for (int t = 0; t < previous.size(); t++) {
            if (isPluralMainSubject(previous, t)) {
                if (found >= 0) {
                    return null; // two groups: no telling which
                }
                found = t;
            }
        }
        return found < 0 ? null : resolveNominal(previous, found);
    }

    /** Whether {@code verb} is the sentence's root or a clause coordinated with it. */
    private static boolean isMainClause(ParsedSentence s, int verb) {
        return verb >= 0 && (s.head(verb) < 0 || s.baseRelation(verb).equals("conj") && s.head(s.head(verb)) < 0);
    }

    /**
     * The antecedent of "he"/"she": the latest gender-compatible person mentioned as a subject (or
     * quoted) in this or the previous paragraph; failing that, the latest compatible mention within
     * three paragraphs. Names inside quotation marks are not antecedents of the narrator's pronouns.
     */
    private Person antecedent(int offset, int paragraph, Gender gender) {
        Person fallback = null;
        Person reportedFallback = null;
        List<Map.Entry<Mention, Person>> before = narratorMentionsBefore(offset, paragraph, 3);
        for (int i = 0; i < before.size(); i++) {
            Map.Entry<Mention, Person> e = before.get(i);
            Mention m = e.getKey();
            Person p = e.getValue();
            if (!p.gender().compatibleWith(gender) || comparedWith(m)) {
                continue;
            }
            if (contains(reportedContent, m.span())) {
                if (reportedFallback == null) {
                    reportedFallback = p;
                }
                continue;
            }
            boolean salient = m.subject() && !subjectOfAdverbialClause(m) || wasQuoted(p);
            if (salient && paragraph - paragraphOf(m) <= 1) {
                // "Lee rejected the complaint as the work of Baker's clients. “...,” he said": the
                // subject of that sentence outranks a person quoted earlier named in another role
                Person subject = m.subject() ? null : subjectEarlierInSentence(before, i, gender);
                return subject != null ? subject : p;
            }
            if (fallback == null) {
                fallback = p;
            }
        }
        return fallback != null ? fallback : reportedFallback;
    }

    /** The sources resolved so far, latest first, back to {@code paragraphsBack} paragraphs before {@code paragraph}. */
    private List<Resolution> heardWithin(int paragraph, int paragraphsBack) {
        List<Resolution> recent = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            Resolution r = history.get(i);
            if (paragraph - Paragraphs.indexOf(document.paragraphs(), r.offset()) > paragraphsBack) {
                break;
            }
            recent.add(r);
        }
        return recent;
    }

    /**
     * "Ann Roe ran to the car. “...,” she yelled. [a paragraph of scene] “...,” she said.": with
     * nobody of the pronoun's gender named in the narration close enough and no main figure of that
     * gender, the person who spoke last, within three paragraphs, if of that gender.
     */
    private Person lastSpeakerOf(Gender gender, int paragraph) {
        for (Resolution r : heardWithin(paragraph, 3)) {
            if (r.person() != null && r.speaker().kind() == SpeakerKind.PERSON) {
                return r.person().gender().compatibleWith(gender) ? r.person() : null;
            }
        }
        return null;
    }

    /**
     * "“...,” a woman at the dock said. She added that ...": with nobody of that gender named, the
     * last speaker heard within three paragraphs, when a description gives their gender ("the
     * woman", "her husband", "a spokeswoman"); null otherwise.
     */
    private Speaker lastDescribedSpeakerOf(Gender gender, int paragraph) {
        for (Resolution r : heardWithin(paragraph, 3)) {
            Speaker sp = r.speaker();
            if (r.person() != null || sp.kind() == SpeakerKind.PERSON) {
                return null; // a named person spoke last, and the rules for names have passed over them
            }
            // the description's head: its role ("woman" of "a woman at the dock"), else its last word
            if (sp.kind() == SpeakerKind.UNNAMED && !r.plural()) {
                return lexicon.titleGender(lastWord(sp.role() != null ? sp.role() : sp.name())) == gender ? sp : null;
            }
        }
        return null;
    }

    /**
     * "Unlike Reyes, he is still waiting for his licence", "who like her aunt came from Lima": a person named
     * only to be compared with someone is not whom the story goes on about.
     */
    private boolean comparedWith(Mention m) {
        ParsedSentence s = document.sentences().get(m.sentence());
        return m.first() > 0 && COMPARISONS.contains(s.token(m.first() - 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "While Lena Ford had volunteers writing letters for her, the campaign has gone quiet for Mark
     * Hill, which worries Susan Price. “...,” she said": the subject of a clause that sets a
     * concession, cause or time against the main one is not whom the sentence is about.
     */
    private boolean subjectOfAdverbialClause(Mention m) {
        ParsedSentence s = document.sentences().get(m.sentence());
        int verb = s.head(m.last());
        return s.parsed() && verb >= 0 && s.baseRelation(verb).equals("advcl") && s.child(verb, "mark") >= 0;
    }

    /** Whether the mention is the subject of its sentence's main verb ("a message that Lee sent" is not). */
    private boolean subjectOfMainClause(Mention m) {
        ParsedSentence s = document.sentences().get(m.sentence());
        int verb = s.head(m.last());
        return s.parsed() && verb >= 0 && s.head(verb) < 0;
    }

    /** The person named as the main clause's subject before {@code before[i]} in its sentence, outside reported content, or null. */
    private Person subjectEarlierInSentence(List<Map.Entry<Mention, Person>> before, int i, Gender gender) {
        Mention named = before.get(i).getKey();
        for (int j = i + 1; j < before.size() && before.get(j).getKey().sentence() == named.sentence(); j++) {
            Mention m = before.get(j).getKey();
            Person p = before.get(j).getValue();
            if (m.subject() && p != before.get(i).getValue() && p.gender().compatibleWith(gender)
                    && !contains(reportedContent, m.span()) && subjectOfMainClause(m)) {
                return p;
            }
        }
        return null;
    }

    /**
     * "the senator said": the person named last, within three paragraphs, whom the article gives
     * that title ("Sen. Lindsey Graham"), before any more salient person.
     */
    private Person titledAntecedent(int offset, int paragraph, String titleWord, String description) {
        String title = lexicon.canonicalTitle(titleWord);
        List<String> qualifiers = qualifiers(description, titleWord);
        for (Map.Entry<Mention, Person> e : narratorMentionsBefore(offset, paragraph, 3)) {
            for (String role : e.getValue().roles()) {
                if (entities.titleWordsOf(role).contains(title) && qualifiesFor(qualifiers, e.getValue(), description)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** The capitalised words of a description before its title: "GOP" in "The GOP nominee". */
    private static List<String> qualifiers(String description, String titleWord) {
        List<String> words = new ArrayList<>();
        String[] parts = description.split("\\s+");
        for (int i = 1; i < parts.length && !parts[i].equals(titleWord); i++) {
            if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
                words.add(parts[i]);
            }
        }
        return words;
    }

    /**
     * "The GOP nominee" is not the person whose role is "Democratic presidential nominee": when both
     * the description and the person's roles carry capitalised qualifiers (title words aside), they
     * must share one; and "the nominee" is not the "vice presidential nominee" (a rank the
     * description does not give).
     */
    private boolean qualifiesFor(List<String> qualifiers, Person person, String description) {
        return fit(qualifiers, person, description) > 0;
    }

    /** 2: the person's role shares a qualifier with the description; 1: nothing conflicts; 0: it does. */
    private int fit(List<String> qualifiers, Person person, String description) {
        boolean qualifiedRole = false;
        boolean shared = false;
        String said = " " + description.toLowerCase(Locale.ROOT) + " ";
        for (String role : person.roles()) {
            for (String word : role.split("\\s+")) {
                if (RANKS.contains(word.toLowerCase(Locale.ROOT)) && !said.contains(" " + word.toLowerCase(Locale.ROOT) + " ")) {
                    return 0;
                }
                if (lexicon.isTitleWord(word) && !Character.isUpperCase(word.charAt(0)) || word.equals("of")) {
                    break; // what follows the title ("coach of the Harbour Hawks") is not a qualifier
                }
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !lexicon.isTitleWord(word)) {
                    qualifiedRole = true;
                    shared |= qualifiers.contains(word);
                }
            }
        }
        if (!qualifiers.isEmpty() && shared) {
            return 2;
        }
        return qualifiers.isEmpty() || !qualifiedRole ? 1 : 0;
    }

    /**
     * "..., insists 16-year-old Jo Roe. “...,” says the Cambridge resident": a description right
     * after a person is first named, in this or the previous paragraph, adds news about that person,
     * whoever was quoted before. With {@code pastKnownNames}, people named again after the newcomer
     * are looked past.
     */
    private Person justIntroduced(int offset, int paragraph, Gender gender, boolean pastKnownNames) {
        List<Map.Entry<Mention, Person>> recent = narratorMentionsBefore(offset, paragraph, 1);
        for (Map.Entry<Mention, Person> mention : recent) {
            Person p = mention.getValue();
            if (firstNarratorMention(p) == mention.getKey()) {
                return p.gender().compatibleWith(gender) ? p : null;
            }
            if (!pastKnownNames) {
                return null;
            }
        }
        return null;
    }

    /** A person's first mention in the narration: a photo caption or a quotation naming them introduces nobody. */
    private Mention firstNarratorMention(Person p) {
        for (Mention m : p.mentions()) {
            if (!contains(quotedSpans, m.span()) && !captions.contains(paragraphOf(m))) {
                return m;
            }
        }
        return null;
    }

    /**
     * The people named before {@code offset}, latest first, at most {@code paragraphsBack} paragraphs
     * before {@code paragraph}; names inside quotation marks are the quoted speaker's, not the
     * narrator's, and names in photo captions are the picture's: both are left out.
     */
    private List<Map.Entry<Mention, Person>> narratorMentionsBefore(int offset, int paragraph, int paragraphsBack) {
        List<Map.Entry<Mention, Person>> mentions = entities.mentionsInOrder();
        List<Map.Entry<Mention, Person>> before = new ArrayList<>();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i).getKey();
            if (m.span().start() >= offset || contains(quotedSpans, m.span())) {
                continue;
            }
            int at = paragraphOf(m);
            if (paragraph - at > paragraphsBack) {
                break;
            }
            if (!captions.contains(at)) {
                before.add(mentions.get(i));
            }
        }
        return before;
    }

    /**
     * The people the narrator names from {@code from} up to {@code to} as the subject of a clause
     * ("Lee broke her leg ...", "Baker cut the budget ..."), with their latest such mention;
     * names in quotation marks and names in other roles ("Baker's clinic") are left out.
     */
    Map<Person, Mention> narratorSubjectsBetween(int from, int to) {
        Map<Person, Mention> named = new LinkedHashMap<>();
        for (Map.Entry<Mention, Person> e : narratorMentionsBetween(from, to)) {
            if (e.getKey().subject()) {
                named.put(e.getValue(), e.getKey());
            }
        }
        return named;
    }

    /** Whether the narrator names anyone from {@code from} up to {@code to}. */
    boolean narratorNamesSomeoneBetween(int from, int to) {
        return !narratorMentionsBetween(from, to).isEmpty();
    }

    /** The people named from {@code from} up to {@code to}, in text order, outside quotation marks. */
    private List<Map.Entry<Mention, Person>> narratorMentionsBetween(int from, int to) {
        List<Map.Entry<Mention, Person>> between = new ArrayList<>();
        for (Map.Entry<Mention, Person> e : entities.mentionsInOrder()) {
            TextSpan span = e.getKey().span();
            if (span.start() >= to) {
                break;
            }
            if (span.start() >= from && !contains(quotedSpans, span)) {
                between.add(e);
            }
        }
        return between;
    }

    private int paragraphOf(Mention m) {
        return Paragraphs.indexOf(document.paragraphs(), m.span().start());
    }

    /**
     * A feature story returns to its main figure after pages about others ("..., she says" long after
     * her name): with nobody of that gender named nearby, "she" is the person of that gender the
     * article has named and quoted most, when no one else of that gender comes close (at least three
     * mentions, twice as many as the next). Null otherwise.
     */
    private Person protagonist(int offset, Gender gender) {
        Map<Person, Integer> mentions = new LinkedHashMap<>();
        for (Map.Entry<Mention, Person> e : entities.mentionsInOrder()) {
            Person p = e.getValue();
            if (e.getKey().span().start() < offset && p.gender() == gender) {
                mentions.merge(p, 1, Integer::sum);
            }
        }
        Person best = null;
        int most = 0;
        int second = 0;
        for (Map.Entry<Person, Integer> e : mentions.entrySet()) {
            if (e.getValue() > most) {
                second = most;
                most = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return best != null && most >= 3 && most >= 2 * second && wasQuoted(best) ? best : null;
    }

    private boolean wasQuoted(Person p) {
        for (Resolution r : history) {
            if (r.person() == p) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(List<TextSpan> spans, TextSpan span) {
        for (TextSpan outer : spans) {
            if (outer.contains(span)) {
                return true;
            }
        }
        return false;
    }

    private static int[] properChunk(ParsedSentence s, int source) {
        int first = source;
        int last = source;
        while (first > 0 && s.token(first - 1).isProperNoun() && s.isAncestor(source, first - 1)) {
            first--;
        }
        while (last + 1 < s.size() && s.token(last + 1).isProperNoun() && s.isAncestor(source, last + 1)) {
            last++;
        }
        return new int[] {first, last};
    }

    /** The describing noun phrase of an unnamed source: "a senior security official in Baghdad". */
    private String description(ParsedSentence s, int source) {
        int[] range = s.subtreeRangeExcluding(source, DESCRIPTION_SKIPPED);
        int start = range[0];
        int end = range[1];
        while (start < end && (s.token(start).isPunctuation() || s.token(start).pos().equals("CC"))) {
            start++;
        }
        for (int t = source + 1; t <= end; t++) {
            if (WHY_UNNAMED.contains(s.token(t).word().toLowerCase(Locale.ROOT))) {
                end = t - 1; // "two managers familiar with the plan but unauthorized to discuss it": why the name is withheld
                break;
            }
        }
        while (end > start && (s.token(end).isPunctuation() || s.token(end).pos().equals("CC")
                || s.token(end).word().equalsIgnoreCase("not"))) {
            end--;
        }
        if (end - start > 12) {
            start = Math.max(start, source - 6);
            end = Math.min(end, source + 6);
        }
        return document.slice(s.token(start).begin(), s.token(end).end());
    }

    private String mentionText(ParsedSentence s, int source) {
        Person p = entities.personAt(s.index(), source);
        if (p != null) {
            for (Mention m : p.mentions()) {
                if (m.sentence() == s.index() && m.first() <= source && m.last() >= source) {
                    return m.text();
                }
            }
        }
        return s.token(source).word();
    }
}
