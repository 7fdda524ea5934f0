#!/usr/bin/env python3
"""Load test of a running whosaid service: N distinct articles from C concurrent clients.

Every article is the seed article followed by a paragraph of its own, a quote naming its number and
a speaker of its own; every answer is checked against the article that was sent (status, the
article's own quote at its exact offsets, its own speaker, the id) so a lost, wrong or mixed-up
answer is counted, not missed. Only 200 and 503 (with Retry-After) are acceptable statuses.

    python3 tools/loadtest.py --url http://localhost:8080/api/v1/attributions --articles 256 --clients 32

Standard library only. Exit status 0 when there were no wrong or lost answers and no other status.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.request

FIRST = ["Ann", "Boris", "Clara", "David", "Elena", "Frank", "Grace", "Hector"]
LAST = ["Lindqvist", "Moreau", "Okafor", "Petrov", "Nakamura", "Silva", "Kowalski", "Haddad"]


def speaker(i):
    return f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]}"


def article(seed, i, run):
    return (f"{seed}\n\nThe council met again on Tuesday (load test {run}).\n\n"
            f"\u201CPlan number {i} will be funded,\u201D said Councillor {speaker(i)}.")


def post(url, text, timeout):
    body = json.dumps({"text": text}).encode("utf-8")
    req = urllib.request.Request(url, data=body, method="POST",
                                 headers={"Content-Type": "application/json", "Accept": "application/json"})
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read(), time.monotonic() - t0
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read(), time.monotonic() - t0


def check(i, text, status, headers, raw):
    """'ok', '503', or a description of what is wrong with this answer."""
    if status == 503:
        return "503" if headers.get("Retry-After") else "503 without Retry-After"
    if status != 200:
        return f"status {status}"
    try:
        answer = json.loads(raw)
    except ValueError:
        return "body is not JSON"
    quote = f"Plan number {i} will be funded"
    mine = [q for q in answer.get("quotes", []) if q.get("text") == quote]
    if not mine:
        return "its own quote is missing"
    q = mine[0]
    if q.get("start") != text.index(quote) or q.get("end") != text.index(quote) + len(quote):
        return "wrong offsets"
    if (q.get("speaker") or {}).get("name") != speaker(i):
        return f"wrong speaker {q.get('speaker')}"
    for other in answer.get("quotes", []):
        t = other.get("text", "")
        if t.startswith("Plan number ") and t != quote:
            return f"another article's quote: {t!r}"
        if text[other["start"]:other["end"]] != t:
            return "a quote does not match its offsets"
    return "ok"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", default="http://localhost:8080/api/v1/attributions")
    ap.add_argument("--articles", type=int, default=256)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--seed", default=os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources",
                                                   "seed-article.txt"))
    args = ap.parse_args()
    with open(args.seed, encoding="utf-8") as fh:
        seed = fh.read()
    run = str(time.time_ns())
    texts = [article(seed, i, run) for i in range(args.articles)]

    def one(i):
        status, headers, raw, seconds = post(args.url, texts[i], args.timeout)
        return check(i, texts[i], status, headers, raw), seconds

    t0 = time.monotonic()
    outcomes = collections.Counter()
    latencies = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.clients) as pool:
        futures = {pool.submit(one, i): i for i in range(args.articles)}
        for f in concurrent.futures.as_completed(futures):
            try:
                outcome, seconds = f.result()
            except Exception as e:  # a lost answer: connection reset, timeout
                outcome, seconds = f"lost ({type(e).__name__})", None
            outcomes[outcome] += 1
            if outcome == "ok":
                latencies.append(seconds)
    wall = time.monotonic() - t0
    print(f"{args.articles} articles, {args.clients} clients, {wall:.1f} s wall, "
          f"{outcomes['ok'] / wall:.2f} answered articles/s")
    for outcome, n in sorted(outcomes.items(), key=lambda kv: -kv[1]):
        print(f"  {outcome}: {n}")
    if latencies:
        latencies.sort()
        print(f"  latency of 200s: p50 {statistics.median(latencies):.2f} s, "
              f"p99 {latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]:.2f} s")
    bad = sum(n for o, n in outcomes.items() if o not in ("ok", "503"))
    print("RESULT:", "no wrong or lost answers" if bad == 0 else f"{bad} wrong or lost answers")
    sys.exit(0 if bad == 0 else 1)


if __name__ == "__main__":
    main()
