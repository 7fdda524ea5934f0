package io.whosaid.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stance of each quote, by rules over the parsed words (no model of its own, so it costs well
 * under a millisecond per quote):
 * <ul>
 * <li><b>polarity</b> of the quote's words from a valence lexicon, VADER's way: a negator in the
 * three words before a word flips and damps it, words after "but" weigh more than words before;</li>
 * <li><b>relevance</b> to the target: its content words (light stemming, so "cooperating" meets
 * "cooperation") found in the quote, or in the sentence that carries it;</li>
 * <li><b>alignment</b>: a speaker the target names in its leading words or in parentheses ("Jane Roe's
 * candidacy", "the Greens' side (Roe)") speaks for it: positive or on-topic words are favour;</li>
 * <li>the <b>frame</b> of the cue: denying a relevant claim is against it, praise is favour.</li>
 * </ul>
 * Without a target the label is the quote's own attitude: the frame where it takes a side (denial,
 * warning, endorsement), else the polarity.
 */
public final class StanceDetector {

    /** VADER's damping of a negated word and its normalisation constant. */
    private static final double NEGATION_SCALE = -0.74;
    private static final double NORMALISATION = 15.0;
    /** Compound polarity beyond which a quote takes a side. */
    private static final double POLAR = 0.3;
    /** Share of the article's sentences beyond which a target word is background. */
    private static final double BACKGROUND_SHARE = 0.2;

    private static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "nothing", "nobody", "none",
            "neither", "nor", "without", "cannot", "hardly", "nowhere");
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "about", "after", "before",
            "from", "into", "over", "such", "their", "them", "they", "this", "that", "these", "those", "its", "his",
            "her", "our", "your", "incl", "including", "between", "against", "toward", "towards", "new", "other",
            "what", "which", "who", "whom", "was", "were", "are", "has", "have", "had", "been", "being", "will",
            "would", "can", "could", "should", "may", "might", "also", "more", "most", "than", "then", "all", "any",
            "some", "side", "there", "here", "does", "did", "not", "via", "per", "out", "under", "upon", "during");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
    /** Longest first: the first that fits is stripped, once. */
    private static final String[] SUFFIXES = {"izations", "ization", "ations", "ation", "ating", "ated", "ates",
        "ities", "ity", "ments", "ment", "ings", "ing", "ers", "er", "ors", "or", "ies", "ied", "ed", "es", "ive",
        "ate", "al", "ly", "s", "e"};
    /** Plurals in -es after a sibilant ("taxes", "churches"), which may leave a three-letter stem. */
    private static final Pattern SIBILANT_PLURAL = Pattern.compile("(.{2,}(?:x|s|z|ch|sh))es");

    private final Lexicon lexicon;

    public StanceDetector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The quotes with their stance toward {@code target} (blank or null: no target). */
    public List<Quote> assess(ParsedDocument document, List<Quote> quotes, String target) {
        String wanted = target == null || target.isBlank() ? null : target.strip();
        TargetTerms terms = wanted == null ? null : TargetTerms.of(wanted).weighedIn(document);
        List<Quote> assessed = new ArrayList<>(quotes.size());
        Map<String, Integer> relevantUpToParagraph = new HashMap<>();
        for (Quote quote : quotes) {
            Reading reading = read(document, quote.span(), terms);
            int paragraph = Paragraphs.indexOf(document.paragraphs(), quote.span().start());
            String speaker = quote.speaker() == null ? null : quote.speaker().name();
            // A continuation (no cue of its own) of its speaker's relevant quote in the same or the next
            // paragraph ("“There are no plans to consult Iran,” he said. “There is no plan to coordinate
            // ...”") is about the same thing even when it does not repeat the target's words.
            Integer carried = speaker == null || quote.cue() != null ? null : relevantUpToParagraph.get(speaker);
            reading.relevant = reading.targetHits >= 1 || reading.sentenceTargetHits >= 1.5
                    || (carried != null && paragraph - carried <= 1);
            if (speaker != null) {
                if (reading.relevant) {
                    relevantUpToParagraph.put(speaker, paragraph);
                } else {
                    relevantUpToParagraph.remove(speaker);
                }
            }
            assessed.add(quote.withStance(stanceOf(quote, reading, wanted, terms)));
        }
        return assessed;
    }

    private Stance stanceOf(Quote quote, Reading reading, String target, TargetTerms terms) {
        String frame = quote.frame();
        if (terms == null) {
            return ownAttitude(reading, frame);
        }
        boolean aligned = aligned(quote.speaker(), terms);
        boolean relevant = reading.relevant;
        StanceLabel label;
        double confidence;
        if (aligned) {
            if (reading.polarity >= POLAR || (relevant && reading.polarity > -POLAR)) {
                label = StanceLabel.FAVOR;
            } else {
                label = StanceLabel.NEUTRAL;
            }
            confidence = label == StanceLabel.NEUTRAL ? 0.5 : 0.6 + 0.3 * Math.abs(reading.polarity);
        } else if (relevant) {
            if ("denial".equals(frame) || reading.targetNegated || (reading.claimNegated && reading.polarity < POLAR)) {
                label = StanceLabel.AGAINST;
                confidence = 0.75;
            } else if (reading.polarity <= -POLAR) {
                label = StanceLabel.AGAINST;
                confidence = 0.5 + 0.3 * -reading.polarity;
            } else if (reading.polarity >= POLAR || "endorsement".equals(frame)) {
                label = StanceLabel.FAVOR;
                confidence = 0.5 + 0.3 * reading.polarity;
            } else if (reading.undecided) {
                label = StanceLabel.NEUTRAL;
                confidence = 0.5;
            } else {
                label = StanceLabel.FAVOR; // a relevant claim stated plainly: "is exploring direct talks with Iran"
                confidence = 0.5;
            }
        } else {
            label = StanceLabel.NEUTRAL;
            confidence = 0.7 - 0.3 * Math.abs(reading.polarity);
        }
        return new Stance(label, target, round(confidence), frame);
    }

    private static Stance ownAttitude(Reading reading, String frame) {
        if ("denial".equals(frame) || "warning".equals(frame)) {
            return new Stance(StanceLabel.AGAINST, null, 0.8, frame);
        }
        if ("endorsement".equals(frame)) {
            return new Stance(StanceLabel.FAVOR, null, 0.8, frame);
        }
        if (reading.polarity >= POLAR) {
            return new Stance(StanceLabel.FAVOR, null, round(0.5 + 0.4 * reading.polarity), frame);
        }
        if (reading.polarity <= -POLAR) {
            return new Stance(StanceLabel.AGAINST, null, round(0.5 - 0.4 * reading.polarity), frame);
        }
        return new Stance(StanceLabel.NEUTRAL, null, round(0.8 - Math.abs(reading.polarity)), frame);
    }

    /** Polarity of the quote's words and how much of the target it (and its sentence) mentions. */
    private Reading read(ParsedDocument document, TextSpan span, TargetTerms terms) {
        Reading reading = new Reading();
        int[] at = document.tokenAtOrAfter(span.start());
        if (at == null) {
            return reading;
        }
        double before = 0;
        double after = 0;
        boolean contrasted = false;
        Set<String> hits = new HashSet<>();
        Set<String> sentenceHits = new HashSet<>();
        for (int si = at[0]; si < document.sentences().size(); si++) {
            ParsedSentence s = document.sentences().get(si);
            if (s.begin() >= span.end()) {
                break;
            }
            for (int t = 0; t < s.size(); t++) {
                Token token = s.token(t);
                String stem = terms == null ? null : terms.canonical(stem(token.word()));
                boolean inside = token.begin() >= span.start() && token.end() <= span.end();
                if (inside && negatesClaim(s, t, span)) {
                    reading.claimNegated = true;
                }
                if (stem != null && terms.weights.containsKey(stem)) {
                    (inside ? hits : sentenceHits).add(stem);
                    if (inside && negatedWithin(s, t, span)) {
                        reading.targetNegated = true;
                    }
                }
                if (!inside) {
                    continue;
                }
                String word = token.word().toLowerCase(Locale.ROOT);
                if (isNegator(token) && !negates(s, t)) {
                    reading.undecided = true; // "might or might not": the question is left open
                }
                if (word.equals("but") || word.equals("however")) {
                    contrasted = true;
                    continue;
                }
                // A shifter with an object takes its polarity from it: "fight poverty" is not a fight.
                boolean shifting = s.parsed() && lexicon.isPolarityShifter(token.lemma()) && s.child(t, "obj") >= 0;
                double valence = isNegator(token) || shifting ? 0 : lexicon.valence(word, token.lemma());
                if (valence == 0) {
                    continue;
                }
                if (negatedWithin(s, t, span)) {
                    valence *= NEGATION_SCALE;
                }
                if (valence < 0 && shiftedByVerb(s, t)) {
                    valence *= NEGATION_SCALE;
                }
                if (contrasted) {
                    after += valence;
                } else {
                    before += valence;
                }
            }
        }
        double sum = contrasted ? 0.5 * before + 1.5 * after : before;
        reading.polarity = sum / Math.sqrt(sum * sum + NORMALISATION);
        sentenceHits.addAll(hits);
        if (terms != null) {
            reading.targetHits = hits.stream().mapToDouble(terms.weights::get).sum();
            reading.sentenceTargetHits = sentenceHits.stream().mapToDouble(terms.weights::get).sum();
        }
        return reading;
    }

    /**
     * Whether token {@code t} is negated inside the span: on a parsed sentence, a negator attached to
     * the token or to one of its heads inside the span ("no plans to consult Iran", "wasn't interested
     * in teaming up"); otherwise one of the three words before it.
     */
    private static boolean negatedWithin(ParsedSentence s, int t, TextSpan span) {
        if (s.parsed()) {
            for (int node = t, steps = 0; node >= 0 && steps < 6; node = s.head(node), steps++) {
                Token at = s.token(node);
                if (at.begin() < span.start() || at.end() > span.end()) {
                    break;
                }
                for (int child : s.children(node)) {
                    if (child != t && negates(s, child)) {
                        return true;
                    }
                }
            }
            return false;
        }
        for (int k = Math.max(0, t - 3); k < t; k++) {
            Token before = s.token(k);
            if (before.begin() >= span.start() && negates(s, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code t} is the quote's main predicate in this sentence and is denied: a negator
     * on it ("isn't working on a plan") or on its subject ("There are no plans to consult ...",
     * "Nobody wants ..."). The parser reads only sentences that may carry a cue; in the others a
     * negator among the first four words of the quoted sentence stands in ("There is no plan ...",
     * "We're not giving up").
     */
    private static boolean negatesClaim(ParsedSentence s, int t, TextSpan span) {
        if (!s.parsed()) {
            int first = t;
            while (first > 0 && s.token(first - 1).begin() >= span.start()
                    && !Token.isQuoteMark(s.token(first - 1).word())) {
                first--;
            }
            return t - first < 4 && isNegator(s.token(t));
        }
        int head = s.head(t);
        boolean top = head < 0 || s.token(head).begin() < span.start() || s.token(head).end() > span.end();
        if (!top || Token.isQuoteMark(s.token(t).word())) {
            return false;
        }
        for (int child : s.children(t)) {
            if (negates(s, child)) {
                return true;
            }
            if ("nsubj".equals(s.baseRelation(child))) {
                if (isNegator(s.token(child))) {
                    return true;
                }
                for (int det : s.children(child)) {
                    if ("det".equals(s.baseRelation(det)) && isNegator(s.token(det))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a bad word is the object of a verb that removes it ("minimize the violence", "reduce
     * the risk of violence"): climbing from the word through the noun phrase to an object relation
     * whose head is a polarity shifter.
     */
    private boolean shiftedByVerb(ParsedSentence s, int t) {
        if (!s.parsed()) {
            return false;
        }
        for (int node = t, steps = 0; node >= 0 && s.head(node) >= 0 && steps < 3; node = s.head(node), steps++) {
            String relation = s.baseRelation(node);
            if ("obj".equals(relation)) {
                return lexicon.isPolarityShifter(s.token(s.head(node)).lemma());
            }
            if (!"nmod".equals(relation) && !"compound".equals(relation) && !"amod".equals(relation)
                    && !"conj".equals(relation)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A negator that negates: not the second half of an alternative ("might or might not be willing",
     * "whether or not"), which leaves the question open rather than denying it.
     */
    private static boolean negates(ParsedSentence s, int t) {
        if (!isNegator(s.token(t))) {
            return false;
        }
        for (int k = Math.max(0, t - 2); k < t; k++) {
            if (s.token(k).word().equalsIgnoreCase("or")) {
                return false;
            }
        }
        return true;
    }

    /** "not", "n't" (with either apostrophe), "no", "never" ... */
    private static boolean isNegator(Token token) {
        return NEGATORS.contains(token.word().toLowerCase(Locale.ROOT).replace('\u2019', '\''))
                || "not".equals(token.lemma());
    }

    /** Whether the target names the speaker, or the organisation in the speaker's role. */
    private boolean aligned(Speaker speaker, TargetTerms terms) {
        if (speaker == null) {
            return false;
        }
        List<String> words = new ArrayList<>(capitalisedWords(speaker.name()));
        if (speaker.role() != null) {
            for (String w : capitalisedWords(speaker.role())) {
                if (!lexicon.isTitleWord(w)) {
                    words.add(w);
                }
            }
        }
        for (String w : words) {
            if (w.length() >= 3 && lexicon.honorificGender(w) == null && terms.names.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> capitalisedWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (Character.isUpperCase(m.group().charAt(0))) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** A light suffix-stripping stem: enough for "cooperation", "cooperating" and "cooperate" to meet. */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3 || !Character.isLetter(w.charAt(0))) {
            return null;
        }
        Matcher plural = SIBILANT_PLURAL.matcher(w);
        if (plural.matches()) {
            return plural.group(1);
        }
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    private static double round(double value) {
        return Math.round(Math.max(0.05, Math.min(0.95, value)) * 100) / 100.0;
    }

    /**
     * The target's content-word stems with their weight, and its capitalised words (names a speaker
     * can match). A term in more than a fifth of the article's sentences is its setting ("Iraq" in an
     * article on Iraq), not what a quote takes a side on: it weighs half.
     */
    private record TargetTerms(Map<String, Double> weights, Set<String> names, Map<String, String> aliases) {

        /** The target stem a word's stem stands for ("iranian" for "iran"), or the stem itself. */
        String canonical(String stem) {
            return stem == null ? null : aliases.getOrDefault(stem, stem);
        }

        TargetTerms weighedIn(ParsedDocument document) {
            Map<String, Integer> sentencesWith = new HashMap<>();
            for (ParsedSentence s : document.sentences()) {
                Set<String> seen = new HashSet<>();
                for (Token token : s.tokens()) {
                    String stem = canonical(stem(token.word()));
                    if (stem != null && weights.containsKey(stem) && seen.add(stem)) {
                        sentencesWith.merge(stem, 1, Integer::sum);
                    }
                }
            }
            int sentences = Math.max(1, document.sentences().size());
            Map<String, Double> weighed = new HashMap<>();
            int most = sentencesWith.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            weights.forEach((stem, w) -> {
                int count = sentencesWith.getOrDefault(stem, 0);
                weighed.put(stem, count == most && count > BACKGROUND_SHARE * sentences ? 0.5 : 1.0);
            });
            return new TargetTerms(weighed, names, aliases);
        }

        static TargetTerms of(String target) {
            Map<String, Double> stems = new HashMap<>();
            Set<String> names = new HashSet<>();
            Map<String, String> aliases = new HashMap<>();
            Matcher m = WORD.matcher(target);
            boolean leading = true;
            while (m.find()) {
                String word = m.group();
                boolean inParentheses = target.lastIndexOf('(', m.start()) > target.lastIndexOf(')', m.start());
                String lower = word.toLowerCase(Locale.ROOT);
                if (lower.length() < 3 || STOP_WORDS.contains(lower)) {
                    continue;
                }
                String stem = stem(word);
                if (stem != null) {
                    stems.put(stem, 1.0);
                }
                if (Character.isUpperCase(word.charAt(0))) {
                    for (String demonym : demonymsOf(word)) {
                        aliases.putIfAbsent(stem(demonym), stem);
                    }
                    if (leading || inParentheses) {
                        names.add(word);
                    }
                } else if (!inParentheses) {
                    leading = false;
                }
            }
            return new TargetTerms(stems, names, aliases);
        }

        /**
         * The regular adjective forms of a place name ("Iran" gives "Iranian", "Canada" "Canadian",
         * "Iraq" "Iraqi", "China" "Chinese"): a quote about Iranian help is about Iran. Forms that are
         * no word never meet a token, so the list may overgenerate.
         */
        static List<String> demonymsOf(String place) {
            List<String> forms = new ArrayList<>(List.of(place + "ian", place + "an", place + "i", place + "ese"));
            char last = Character.toLowerCase(place.charAt(place.length() - 1));
            if (last == 'a' || last == 'y' || last == 'e') {
                String root = place.substring(0, place.length() - 1);
                forms.addAll(List.of(root + "ian", root + "an", root + "ese"));
            }
            return forms;
        }
    }

    private static final class Reading {
        double polarity;
        double targetHits;
        double sentenceTargetHits;
        boolean targetNegated;
        boolean claimNegated;
        boolean undecided;
        boolean relevant;
    }
}
