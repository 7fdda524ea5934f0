package io.whosaid.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * All mentions of one person in an article, merged by name ("Kerry" into "John Kerry"). Mutable
 * only while {@link EntityIndex} builds it.
 */
public final class Person {

    private final List<Mention> mentions = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private String fullName;
    private List<String> nameWords;
    private Gender gender = Gender.UNKNOWN;

    Person(Mention first, List<String> nameWords) {
        this.fullName = String.join(" ", nameWords);
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

    /** The most informative role the article gives: the longest of the candidates found. */
    public String role() {
        String best = null;
        for (String role : roles) {
            if (best == null || role.split(" ").length > best.split(" ").length) {
                best = role;
            }
        }
        return best;
    }

    List<String> roles() {
        return roles;
    }

    void add(Mention mention, List<String> words) {
        mentions.add(mention);
        if (words.size() > nameWords.size()) {
            nameWords = List.copyOf(words);
            fullName = String.join(" ", words);
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
}
