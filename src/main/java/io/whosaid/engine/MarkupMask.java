package io.whosaid.engine;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CMSs often send an article as HTML. The rules should read the prose, not the markup, yet every
 * offset must still index the text as submitted. So markup is masked in place, never removed:
 * scripts, styles and comments become blanks, a block tag ({@code <p>}, {@code <br>}, {@code </li>})
 * becomes a paragraph break padded with blanks, any other tag becomes blanks, and the entities of
 * quotation marks and spaces become their character padded with blanks. The result always has the
 * same length as the input; text without markup is returned unchanged.
 */
final class MarkupMask {

    private static final Pattern MAYBE_MARKUP = Pattern.compile("<[a-zA-Z/!]|&[a-zA-Z#]");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|noscript)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9-]*)(?:\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{2,5}|#x[0-9a-fA-F]{2,4}|[a-zA-Z]{2,7});");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "section", "article", "header", "footer", "aside", "figure", "figcaption", "table", "tr",
            "td", "th", "hr", "title", "body", "head", "html", "main", "nav", "pre", "dd", "dt", "dl");
    /** Entities that matter to quotes and spacing; others stay as written. */
    private static final Map<String, Character> ENTITIES = Map.ofEntries(Map.entry("ldquo", '\u201C'),
            Map.entry("rdquo", '\u201D'), Map.entry("lsquo", '\u2018'), Map.entry("rsquo", '\u2019'),
            Map.entry("quot", '"'), Map.entry("laquo", '\u00AB'), Map.entry("raquo", '\u00BB'),
            Map.entry("bdquo", '\u201E'), Map.entry("nbsp", ' '), Map.entry("amp", '&'), Map.entry("apos", '\''),
            Map.entry("mdash", '\u2014'), Map.entry("ndash", '\u2013'));

    private MarkupMask() {
    }

    static String mask(String text) {
        if (!MAYBE_MARKUP.matcher(text).find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        Matcher hidden = HIDDEN.matcher(text);
        while (hidden.find()) {
            blank(out, hidden.start(), hidden.end());
        }
        Matcher tag = TAG.matcher(out);
        while (tag.find()) {
            int start = tag.start();
            int end = tag.end();
            boolean block = BLOCKS.contains(tag.group(1).toLowerCase(java.util.Locale.ROOT));
            blank(out, start, end);
            if (block) {
                out.setCharAt(start, '\n');
                out.setCharAt(start + 1, '\n');
            }
        }
        Matcher entity = ENTITY.matcher(out);
        while (entity.find()) {
            Character decoded = decode(entity.group(1));
            if (decoded != null) {
                blank(out, entity.start(), entity.end());
                out.setCharAt(entity.start(), decoded);
            }
        }
        return out.toString();
    }

    private static Character decode(String name) {
        if (name.startsWith("#")) {
            try {
                int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return code > 0 && code < 0xD800 && !Character.isISOControl(code) ? (char) code : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }

    /** Blanks a region, keeping its line breaks so paragraphs stay where they were. */
    private static void blank(StringBuilder out, int start, int end) {
        for (int i = start; i < end; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
