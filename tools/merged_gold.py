#!/usr/bin/env python3
"""Direct F1 of a running whosaid service with PolNeAR's per-sentence quotes merged back.

PolNeAR marks each sentence of a multi-sentence quotation as a quote of its own; FORMAT.md (and
GGT) count one quote per pair of quotation marks, as whosaid does. This prints direct F1 (Jaccard
>= 0.5, the scorer's own matching) twice: on the gold as given, and with the gold direct quotes
that lie inside one predicted direct quotation merged into one. It measures how much of the gap
is that convention; it changes no figure the scorer reports.

    python3 tools/merged_gold.py --gold ../shared/eval/dev/polnear --url http://localhost:8080/api/v1/attributions
"""
import evalkit


def direct_counts(score, gold, pred):
    """True positives, predictions and gold quotes of the direct class, as the scorer counts them."""
    matched, _ = score.match(gold, pred, score.PRIMARY)
    tp = sum(1 for g, _ in matched if not g.get("optional") and score.is_direct(g["type"]))
    on_optional = sum(1 for g, p in matched if g.get("optional") and score.is_direct(p["type"]))
    predicted = sum(1 for p in pred if score.is_direct(p["type"])) - on_optional
    golds = sum(1 for g in gold if not g.get("optional") and score.is_direct(g["type"]))
    return tp, predicted, golds


def merged(score, gold, pred):
    """The gold with direct quotes inside one predicted direct quotation merged; and how many merges."""
    drop, joined = set(), []
    for p in pred:
        if p["type"] != "direct":
            continue
        inside = [i for i, g in enumerate(gold) if i not in drop and not g.get("optional") and score.is_direct(g["type"])
                  and g["start"] >= p["start"] - 2 and g["end"] <= p["end"] + 2]
        if len(inside) >= 2:
            first = dict(gold[inside[0]])
            first["start"] = min(gold[i]["start"] for i in inside)
            first["end"] = max(gold[i]["end"] for i in inside)
            joined.append(first)
            drop.update(inside)
    return [g for i, g in enumerate(gold) if i not in drop] + joined, len(joined)


def f1(tp, predicted, golds):
    p = tp / predicted if predicted else 0.0
    r = tp / golds if golds else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    args = evalkit.parse_args(__doc__)
    import score  # the evaluation kit's own matching rules

    as_given, as_merged, merges = [0, 0, 0], [0, 0, 0], 0
    for article, response in evalkit.answered_articles(args):
        gold = score.gold_spans(article)
        pred = score.pred_spans(article, response)
        joined, n = merged(score, gold, pred)
        merges += n
        for total, counts in ((as_given, direct_counts(score, gold, pred)), (as_merged, direct_counts(score, joined, pred))):
            for k in range(3):
                total[k] += counts[k]
    print(f"direct F1 on the gold as given: {f1(*as_given):.3f}")
    print(f"direct F1 with {merges} per-sentence splits merged: {f1(*as_merged):.3f}")


if __name__ == "__main__":
    main()
