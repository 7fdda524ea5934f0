package io.whosaid.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * All mentions of one person in an article, merged by name ("Kerry" into "John Kerry"). Mutable
 * only while {@link EntityIndex} builds it.
 */
public final class Person {

    /** Words that turn a title into another office: "vice president" is not the president. */
    private static final Set<String> OFFICE_CHANGERS = Set.of("vice", "deputy", "assistant", "associate", "former",
            "ex", "acting", "interim");

    private final Lexicon lexicon;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private String fullName;
    private List<String> nameWords;
    private Gender gender = Gender.UNKNOWN;

    Person(Mention first, List<String> nameWords, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.fullName = asWritten(nameWords);
        this.nameWords = List.copyOf(nameWords);
        mentions.add(first);
    }

    public String fullName() {
        return fullName;
    }

    List<String> nameWords() {
        return nameWords;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public Gender gender() {
        return gender;
    }

    /**
     * The role the article gives first: news style introduces a person with the full title at the
     * first mention and shortens it afterwards; a later mention that spells the same title out wins.
     * A bare family tie ("husband Mohammad ...") gives
     * way to any function the article states.
     */
    public String role() {
        for (String role : roles) {
            if (!lexicon.isFamilyTie(role)) {
                return fullerForm(role);
            }
        }
        return roles.isEmpty() ? null : roles.get(0);
    }

    /**
     * A later role that spells this one out ("Coach" ... "coach of the Harbour Hawks", "surgeon" ...
     * "trauma surgeon"), else the role itself; not one that makes it another office ("vice
     * president", "former minister").
     */
    private String fullerForm(String role) {
        String words = " " + role.toLowerCase(Locale.ROOT) + " ";
        for (String other : roles) {
            String padded = " " + other.toLowerCase(Locale.ROOT) + " ";
            if (other.length() <= role.length()) {
                continue;
            }
            // the same title qualified or spelled out ("trauma surgeon at the city hospital"), not a
            // title that is the object of another one's preposition ("donor for Coach")
            int at = padded.indexOf(words);
            if (at < 0) {
                continue;
            }
            String before = padded.substring(0, at + 1);
            String after = padded.substring(at + words.length() - 1);
            if (!before.contains(" for ") && !before.contains(" of ") && !before.contains(" to ")
                    && !changesOffice(before + after)) {
                return other;
            }
        }
        return role;
    }

    private static boolean changesOffice(String addedWords) {
        for (String word : addedWords.strip().split("\\s+")) {
            if (OFFICE_CHANGERS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    List<String> roles() {
        return roles;
    }

    /**
     * One given name is a short form of the other: its beginning or end, three letters or more
     * ("Alex" of "Alexander", "Sandro" of "Alessandro", "Chris" of "Christopher").
     */
    static boolean shortFormOf(String given, String other) {
        boolean givenLonger = given.length() > other.length();
        String longer = givenLonger ? given : other;
        String shorter = givenLonger ? other : given;
        if (shorter.length() < 3 || shorter.length() == longer.length() || !Character.isUpperCase(shorter.charAt(0))
                || !Character.isUpperCase(longer.charAt(0))) {
            return false;
        }
        // the end of the name, whose first letter the short form capitalises ("Sandro")
        return longer.startsWith(shorter)
                || longer.regionMatches(true, longer.length() - shorter.length(), shorter, 0, shorter.length());
    }

    void add(Mention mention, List<String> words) {
        mentions.add(mention);
        // the full given name over its short form, whichever the article printed first
        boolean fullerGivenName = words.size() == nameWords.size() && words.size() >= 2
                && shortFormOf(words.get(0), nameWords.get(0)) && words.get(0).length() > nameWords.get(0).length();
        if (words.size() > nameWords.size() || fullerGivenName) {
            nameWords = List.copyOf(words);
            fullName = asWritten(words);
        }
    }

    void addRole(String role) {
        if (role != null && !role.isBlank() && !roles.contains(role)) {
            roles.add(role);
        }
    }

    void noteGender(Gender evidence) {
        if (evidence == Gender.MALE || evidence == Gender.FEMALE) {
            if (gender == Gender.UNKNOWN) {
                gender = evidence;
            } else if (gender != evidence) {
                gender = Gender.ANY; // conflicting evidence: stay compatible with both
            }
        }
    }

    /** The name's words as printed: "Park Min-ji", whose hyphen the tokenizer splits off. */
    private static String asWritten(List<String> words) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            boolean joined = i > 0 && (words.get(i).equals("-") || words.get(i - 1).equals("-"));
            name.append(i == 0 || joined ? "" : " ").append(words.get(i));
        }
        return name.toString();
    }
}
