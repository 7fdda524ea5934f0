package io.whosaid.engine;

/**
 * One token of a parsed sentence, with its character offsets into the original text (UTF-16 code
 * units, as Java strings count them). {@code index} is the token's position in its sentence.
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** A verb with tense or a modal: what a clause that can stand alone needs. */
    public boolean isFiniteVerb() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return pos.equals("PRP");
    }

    public boolean isPunctuation() {
        return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0));
    }

    /**
     * A quotation mark as the tokenizer leaves it: PTB's {@code ``} and {@code ''}, straight and curly
     * double marks, and single marks standing alone (an apostrophe inside a word is never a token of
     * its own).
     */
    public boolean isQuoteMark() {
        return isQuoteMark(word);
    }

    /** A single character that is a quotation mark on its own: straight or curly, double or single. */
    public static boolean isQuoteMark(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    /** A single quotation mark, straight or curly (or PTB's opening backquote). */
    public static boolean isSingleQuoteMark(String w) {
        return w.equals("'") || w.equals("\u2018") || w.equals("\u2019") || w.equals("`");
    }

    public static boolean isQuoteMark(String w) {
        return w.length() == 1 ? isQuoteMark(w.charAt(0)) : w.equals("``") || w.equals("''");
    }

    public boolean isIndefiniteArticle() {
        return word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an");
    }

    public boolean isPerson() {
        return "PERSON".equals(ner);
    }

    public boolean isOrganization() {
        return "ORGANIZATION".equals(ner);
    }

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
