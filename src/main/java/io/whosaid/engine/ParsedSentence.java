package io.whosaid.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sentence with its tokens and basic Universal Dependencies tree, flattened to arrays so the
 * attribution rules can walk it without CoreNLP types. Token indexes are 0-based; a root token has
 * head -1.
 */
public final class ParsedSentence {

    private final int index;
    private final int paragraph;
    private final List<Token> tokens;
    private final int[] heads;
    private final String[] relations;
    private final List<List<Integer>> children;
    private final boolean parsed;

    public ParsedSentence(int index, int paragraph, List<Token> tokens, int[] heads, String[] relations, boolean parsed) {
        this.index = index;
        this.parsed = parsed;
        this.paragraph = paragraph;
        this.tokens = List.copyOf(tokens);
        this.heads = heads.clone();
        this.relations = relations.clone();
        List<List<Integer>> kids = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            kids.add(new ArrayList<>());
        }
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] >= 0) {
                kids.get(heads[i]).add(i);
            }
        }
        this.children = kids.stream().map(Collections::unmodifiableList).toList();
    }

    public int index() {
        return index;
    }

    /** Whether the sentence has a dependency tree; sentences that cannot hold a cue are not parsed. */
    public boolean parsed() {
        return parsed;
    }

    public int paragraph() {
        return paragraph;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The root of the dependency tree, -1 for a sentence left unparsed. */
    public int root() {
        for (int i = 0; parsed && i < heads.length; i++) {
            if (heads[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    public int head(int i) {
        return heads[i];
    }

    /** The dependency relation of token i to its head, e.g. {@code nsubj}, {@code obl:according_to}. */
    public String relation(int i) {
        return relations[i];
    }

    /** The relation without its subtype: {@code obl:tmod} gives {@code obl}. */
    public String baseRelation(int i) {
        String rel = relations[i];
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first child of {@code i} whose relation (or base relation) is one of {@code rels}. */
    public int child(int i, String... rels) {
        for (int c : children.get(i)) {
            for (String rel : rels) {
                if (rel.equals(relations[c]) || rel.equals(baseRelation(c))) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** Smallest and largest token index of the subtree under {@code i}, as {@code {min, max}}. */
    public int[] subtreeRange(int i) {
        int[] range = {i, i};
        extend(i, range, null);
        return range;
    }

    /** Like {@link #subtreeRange(int)} but not descending into children with the given relations. */
    public int[] subtreeRangeExcluding(int i, java.util.Set<String> skipped) {
        int[] range = {i, i};
        extend(i, range, skipped);
        return range;
    }

    private void extend(int i, int[] range, java.util.Set<String> skipped) {
        for (int c : children.get(i)) {
            if (skipped != null && (skipped.contains(relations[c]) || skipped.contains(baseRelation(c)))) {
                continue;
            }
            range[0] = Math.min(range[0], c);
            range[1] = Math.max(range[1], c);
            extend(c, range, skipped);
        }
    }

    public boolean isAncestor(int ancestor, int node) {
        for (int i = node, guard = 0; i >= 0 && guard <= heads.length; i = heads[i], guard++) {
            if (i == ancestor) {
                return true;
            }
        }
        return false;
    }

    public int begin() {
        return tokens.get(0).begin();
    }

    public int end() {
        return tokens.get(tokens.size() - 1).end();
    }
}
