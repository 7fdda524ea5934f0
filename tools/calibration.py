#!/usr/bin/env python3
"""Confidence calibration of a running whosaid service against gold articles.

Buckets every predicted quote by its `confidence` and prints, per bucket, how many were right:
span matched (Jaccard >= 0.5, one-to-one, as the scorer matches) and speaker right. Quotes that
match an `optional` gold quote are left out. Reuses the evaluation kit's scorer for matching:

    python3 tools/calibration.py --gold ../shared/eval/dev/ggt --url http://localhost:8080/api/v1/attributions
"""
import evalkit


def main():
    args = evalkit.parse_args(__doc__)
    import score  # the evaluation kit's own matching rules

    buckets = {}
    for article, response in evalkit.answered_articles(args):
        gold = score.gold_spans(article)
        pred = score.pred_spans(article, response)
        confidences = [q.get("confidence", 0.0) for q in response.get("quotes", []) if q["end"] > q["start"]]
        matched, _ = score.match(gold, pred, score.PRIMARY)
        verdict = {}
        for g, p in matched:
            verdict[id(p)] = None if g.get("optional") else (not g.get("speaker") or score.speaker_ok(g, p))
        for p, confidence in zip(pred, confidences):
            right = verdict.get(id(p), False)
            if right is None:
                continue
            bucket = min(int(confidence * 10), 9) / 10
            tally = buckets.setdefault(bucket, [0, 0])
            tally[0] += 1
            tally[1] += bool(right)
    print("| confidence | quotes | right |")
    print("|---|---:|---:|")
    for bucket in sorted(buckets):
        n, right = buckets[bucket]
        print(f"| {bucket:.1f}-{bucket + 0.1:.1f} | {n} | {right / n:.3f} |")


if __name__ == "__main__":
    main()
