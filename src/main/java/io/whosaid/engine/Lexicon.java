package io.whosaid.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The word lists the rules read: speech verbs with their reporting frame, title words, courtesy
 * titles and first-name genders. Our lists live in {@code lexicon/*.txt} with a header naming their
 * sources; the first-name genders are CoreNLP's own list from its models jar.
 */
public final class Lexicon {

    public static final String SPEECH_VERBS = "lexicon/speech-verbs.txt";
    public static final String TITLES = "lexicon/titles.txt";
    public static final String HONORIFICS = "lexicon/honorifics.txt";
    public static final String ORGANIZATION_NOUNS = "lexicon/organization-nouns.txt";
    public static final String DOCUMENT_NOUNS = "lexicon/document-nouns.txt";
    public static final String CHARACTERISING_VERBS = "lexicon/characterising-verbs.txt";
    public static final String SPEECH_NOUNS = "lexicon/speech-nouns.txt";
    public static final String FAMILY_TIES = "lexicon/family-ties.txt";
    public static final String GENERIC_PERSON_NOUNS = "lexicon/generic-person-nouns.txt";
    public static final String SENTIMENT = "lexicon/sentiment.txt";
    public static final String POLARITY_SHIFTERS = "lexicon/polarity-shifters.txt";
    public static final String GENDERED_NOUNS = "lexicon/gendered-nouns.txt";
    public static final String SURNAME_FIRST_NAMES = "lexicon/surname-first-names.txt";
    public static final String NAME_GENDERS = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    /** CoreNLP's animacy list (Ji and Lin 2009, as its dcoref uses it): nouns that name living beings. */
    public static final String ANIMATE_NOUNS = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    private static final String NAMING_VERB = "call";
    /** Words ending in -man/-men that are no "... man" ("German Chancellor Angela Merkel"). */
    private static final Set<String> NOT_COMPOUNDS_OF_MAN = Set.of("human", "humans", "german", "germans", "roman",
            "romans", "ottoman", "norman", "omen", "specimen", "regimen", "abdomen");

    private final Map<String, String> speechVerbFrames;
    private final Map<String, String> titleWords;
    private final Map<String, Gender> honorifics;
    private final Map<String, Gender> firstNames;
    private final Set<String> organizationNouns;
    private final Set<String> documentNouns;
    private final Set<String> animateNouns;
    private final Set<String> familyTies;
    private final Set<String> genericPersonNouns;
    private final Map<String, Double> valences;
    private final Set<String> polarityShifters;
    private final Map<String, Gender> genderedNouns;
    private final Set<String> characterisingVerbs;
    private final Set<String> speechNouns;
    private final Set<String> phrasalHeads;

    private Lexicon(Map<String, String> speechVerbFrames, Map<String, String> titleWords, Map<String, Gender> honorifics,
            Map<String, Gender> firstNames, Set<String> organizationNouns, Set<String> documentNouns,
            Map<String, Double> valences, Set<String> animateNouns, Set<String> familyTies, Set<String> genericPersonNouns,
            Set<String> polarityShifters, Map<String, Gender> genderedNouns, Set<String> characterisingVerbs,
            Set<String> speechNouns) {
        this.speechNouns = Set.copyOf(speechNouns);
        this.polarityShifters = Set.copyOf(polarityShifters);
        this.characterisingVerbs = Set.copyOf(characterisingVerbs);
        this.genderedNouns = Map.copyOf(genderedNouns);
        this.animateNouns = Set.copyOf(animateNouns);
        this.familyTies = Set.copyOf(familyTies);
        this.genericPersonNouns = Set.copyOf(genericPersonNouns);
        this.speechVerbFrames = Map.copyOf(speechVerbFrames);
        Set<String> heads = new HashSet<>();
        speechVerbFrames.keySet().stream().filter(verb -> verb.contains(" ")).forEach(verb -> heads.add(verb.split(" ")[0]));
        this.phrasalHeads = Set.copyOf(heads);
        this.titleWords = Map.copyOf(titleWords);
        this.honorifics = Map.copyOf(honorifics);
        this.firstNames = Map.copyOf(firstNames);
        this.organizationNouns = Set.copyOf(organizationNouns);
        this.documentNouns = Set.copyOf(documentNouns);
        this.valences = Map.copyOf(valences);
    }

    public static Lexicon load() {
        Map<String, String> verbs = new HashMap<>();
        read(SPEECH_VERBS, (key, value) -> verbs.put(key, value == null ? "neutral" : value));
        Map<String, String> titles = new HashMap<>();
        read(TITLES, (key, value) -> titles.put(key, value == null ? key : value));
        Map<String, Gender> honorifics = new HashMap<>();
        read(HONORIFICS, (key, value) -> honorifics.put(key, Gender.valueOf(value)));
        Map<String, Gender> names = new HashMap<>();
        read(NAME_GENDERS, (key, value) -> {
            if ("MALE".equals(value) || "FEMALE".equals(value)) {
                // a name listed with both genders ("Pat", "Robin", "Jordan") tells nothing
                names.merge(key, Gender.valueOf(value), (known, other) -> known == other ? known : Gender.UNKNOWN);
            }
        });
        // "Kim Jong-un", "Lu Kang": a family name written first is no given name
        read(SURNAME_FIRST_NAMES, (key, value) -> names.put(key, Gender.UNKNOWN));
        Set<String> organizations = new HashSet<>();
        read(ORGANIZATION_NOUNS, (key, value) -> organizations.add(key));
        Set<String> documents = new HashSet<>();
        read(DOCUMENT_NOUNS, (key, value) -> documents.add(key));
        Map<String, Double> valences = new HashMap<>();
        read(SENTIMENT, (key, value) -> valences.put(key, Double.valueOf(value)));
        Set<String> animate = new HashSet<>();
        read(ANIMATE_NOUNS, (key, value) -> animate.add(key));
        Set<String> ties = new HashSet<>();
        read(FAMILY_TIES, (key, value) -> ties.add(key));
        Set<String> generic = new HashSet<>();
        read(GENERIC_PERSON_NOUNS, (key, value) -> generic.add(key));
        Set<String> shifters = new HashSet<>();
        read(POLARITY_SHIFTERS, (key, value) -> shifters.add(key));
        Map<String, Gender> gendered = new HashMap<>();
        read(GENDERED_NOUNS, (key, value) -> gendered.put(key, Gender.valueOf(value)));
        Set<String> characterising = new HashSet<>();
        read(CHARACTERISING_VERBS, (key, value) -> characterising.add(key));
        Set<String> speechNouns = new HashSet<>();
        read(SPEECH_NOUNS, (key, value) -> speechNouns.add(key));
        return new Lexicon(verbs, titles, honorifics, names, organizations, documents, valences, animate, ties, generic,
                shifters, gendered, characterising, speechNouns);
    }

    private static void read(String resource, BiConsumer<String, String> sink) {
        ClassLoader loader = Lexicon.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                sink.accept(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public boolean isSpeechVerb(String lemma) {
        return speechVerbFrames.containsKey(lemma.toLowerCase(Locale.ROOT));
    }

    /** "point" with "out": a verb that reports speech only with its particle. */
    public boolean isPhrasalSpeechVerb(String lemma, String particle) {
        return speechVerbFrames.containsKey((lemma + " " + particle).toLowerCase(Locale.ROOT));
    }

    /** Whether a lemma opens a phrasal speech verb ("point" of "point out"). */
    public boolean opensPhrasalSpeechVerb(String lemma) {
        return phrasalHeads.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * "call": not a speech verb in general ("called the police"), but news reports what people
     * call things ("called the plan a disgrace") and call for ("called for an inquiry").
     */
    public boolean isNamingVerb(String lemma) {
        return NAMING_VERB.equalsIgnoreCase(lemma);
    }

    /** "likened", "accused", "rated": a verb that reports words only when it takes a quotation. */
    public boolean isCharacterisingVerb(String lemma) {
        return characterisingVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** A speech verb, the naming verb or a characterising verb: the sentences the parser must see. */
    public boolean mayIntroduceSpeech(String lemma) {
        return isSpeechVerb(lemma) || isNamingVerb(lemma) || isCharacterisingVerb(lemma);
    }

    /** "claim", "warning", "interjection": a noun whose "that" clause spells out what someone said. */
    public boolean isSpeechNoun(String lemma) {
        return speechNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The reporting frame of a speech verb (neutral, assertive, denial ...); neutral for any other verb. */
    public String frameOf(String lemma) {
        return speechVerbFrames.getOrDefault(lemma.toLowerCase(Locale.ROOT), "neutral");
    }

    public boolean isTitleWord(String word) {
        return titleWords.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The full form of a title word ("Gov." gives "governor"), lower-cased; the word itself otherwise. */
    public String canonicalTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String full = titleWords.get(w);
        if (full != null) {
            return full;
        }
        // Plurals share their singular's title ("spokesmen" is not listed, "officers" is "officer").
        if (w.endsWith("men")) {
            return titleWords.getOrDefault(w.substring(0, w.length() - 3) + "man", w);
        }
        if (w.endsWith("s")) {
            return titleWords.getOrDefault(w.substring(0, w.length() - 1), w);
        }
        return w;
    }

    /** The gender a courtesy title implies ("Mr." male), or null when the word is none. */
    public Gender honorificGender(String word) {
        return honorifics.get(word.toLowerCase(Locale.ROOT));
    }

    public Gender firstNameGender(String word) {
        return firstNames.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /**
     * How positive (up to +4) or negative (down to -4) a word is, by the word as written, else by its
     * lemma ("welcomed" is listed as "welcome"); 0 for words the sentiment list does not hold.
     */
    public double valence(String word, String lemma) {
        Double v = valences.get(word.toLowerCase(Locale.ROOT));
        if (v == null && lemma != null) {
            v = valences.get(lemma.toLowerCase(Locale.ROOT));
        }
        return v == null ? 0.0 : v;
    }

    /** Whether a verb turns a bad object into a good act ("reduce", "end", "fight"), by its lemma. */
    public boolean isPolarityShifter(String lemma) {
        return lemma != null && polarityShifters.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a common noun names an organisation ("department", "utility"). */
    public boolean isOrganizationNoun(String lemma) {
        return organizationNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun names a living being ("resident", "maverick", "senator"), not a thing ("poll", "phrase"). */
    public boolean isAnimateNoun(String lemma) {
        return animateNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a role is only a family tie ("husband", "Wife"). */
    public boolean isFamilyTie(String role) {
        return familyTies.contains(role.toLowerCase(Locale.ROOT));
    }

    /** Whether a description says no more than that somebody is a person ("woman", "man"). */
    public boolean isGenericPersonNoun(String description) {
        return genericPersonNouns.contains(description.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun names a written or recorded statement ("statement", "report"). */
    public boolean isDocumentNoun(String lemma) {
        return documentNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The gender of a third-person singular pronoun ("she", "him", "his"), or null for any other word. */
    public Gender pronounGender(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> Gender.MALE;
            case "she", "her", "hers", "herself" -> Gender.FEMALE;
            default -> null;
        };
    }

    /** Gender a title word implies ("spokeswoman" female), or UNKNOWN. */
    public Gender titleGender(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Gender listed = genderedNouns.get(w);
        if (listed == null && w.endsWith("s")) {
            listed = genderedNouns.get(w.substring(0, w.length() - 1)); // "sisters", "widows"
        }
        if (listed != null) {
            return listed;
        }
        if (w.endsWith("woman") || w.endsWith("women")) {
            return Gender.FEMALE;
        }
        if ((w.endsWith("man") || w.endsWith("men")) && !NOT_COMPOUNDS_OF_MAN.contains(w)) {
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }
}
