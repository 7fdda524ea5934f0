"""What the tools that score a running service share: their arguments, the evaluation kit's
scorer, and each gold article with the service's answer to it."""
import argparse
import json
import os
import sys


def parse_args(doc):
    """--gold, --url and --scorer, with the scorer's folder put on the import path."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, help="folder of gold article JSON files")
    ap.add_argument("--url", required=True, help="the service's attribution endpoint")
    ap.add_argument("--scorer", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"),
                    help="folder holding score.py (default: ../shared/eval beside the repository)")
    args = ap.parse_args()
    sys.path.insert(0, args.scorer)
    return args


def answered_articles(args):
    """Each gold article in file order with the service's response to it."""
    import score  # the evaluation kit's own client and matching rules

    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(args.gold) for f in fs if f.endswith(".json"))
    for path in files:
        with open(path, encoding="utf-8") as fh:
            article = json.load(fh)
        response, _ = score.post(args.url, article, 120)
        yield article, response
