#!/usr/bin/env python3
"""Score figaudit's JSON reports against the defects planted by generate_corpus.py.

Usage: score_planted.py CORPUS_DIR REPORTS_DIR [--json OUT]

A planted span is found when a finding of the same check overlaps it (offsets and lengths in
Unicode scalars, README "Reports"). A finding is a true positive when it overlaps a planted span of
its own check, "near" when it overlaps only a planted span of another check (a side effect of a
planted defect, counted as neither right nor wrong), and a false positive otherwise: every
structure outside the planted spans is correct by construction.

Prints recall per planted kind, precision per check, and the checks that fire on clean text.
"""

import argparse
import collections
import json
import os
import sys


def overlaps(a_offset, a_length, b_offset, b_length):
    # A zero-length span still counts when it falls inside the other one.
    a_end = a_offset + max(a_length, 1)
    b_end = b_offset + max(b_length, 1)
    return a_offset < b_end and b_offset < a_end


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("reports")
    parser.add_argument("--json", help="write the scores as JSON to this file")
    parser.add_argument("--examples", type=int, default=0, help="print this many false positives per check")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed planted spans per kind")
    args = parser.parse_args(argv)

    planted = collections.defaultdict(list)
    with open(os.path.join(args.corpus, "planted.jsonl"), encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            p["found"] = False
            planted[p["doc"]].append(p)
    doc_ids = sorted(os.path.splitext(n)[0] for n in os.listdir(os.path.join(args.corpus, "docs")) if n.endswith(".txt"))

    tp = collections.Counter()
    fp = collections.Counter()
    near = collections.Counter()
    fp_clean_docs = collections.Counter()
    fp_examples = collections.defaultdict(list)
    missing_reports = 0
    for doc in doc_ids:
        path = os.path.join(args.reports, doc + ".json")
        if not os.path.exists(path):
            missing_reports += 1
            continue
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        spans = planted.get(doc, [])
        for finding in report.get("findings", []):
            check = finding["check"]
            loc = finding.get("location") or {}
            if "offset" not in loc:
                fp[check] += 1
                continue
            own = [p for p in spans if p["kind"] == check and overlaps(loc["offset"], loc["length"], p["offset"], p["length"])]
            if own:
                tp[check] += 1
                for p in own:
                    p["found"] = True
            elif any(overlaps(loc["offset"], loc["length"], p["offset"], p["length"]) for p in spans):
                near[check] += 1
            else:
                fp[check] += 1
                if not spans:
                    fp_clean_docs[check] += 1
                if len(fp_examples[check]) < args.examples:
                    fp_examples[check].append((doc, loc, finding.get("message", ""), finding.get("excerpt", "")))

    kinds = sorted({p["kind"] for ps in planted.values() for p in ps} | set(tp) | set(fp) | set(near))
    rows = []
    all_planted = all_found = 0
    for kind in kinds:
        spans = [p for ps in planted.values() for p in ps if p["kind"] == kind]
        found = sum(p["found"] for p in spans)
        all_planted += len(spans)
        all_found += found
        judged = tp[kind] + fp[kind]
        rows.append({
            "check": kind, "planted": len(spans), "found": found,
            "recall": found / len(spans) if spans else None,
            "findings": tp[kind] + fp[kind] + near[kind], "tp": tp[kind], "fp": fp[kind], "near": near[kind],
            "fp_on_clean_docs": fp_clean_docs[kind],
            "precision": tp[kind] / judged if judged else None,
        })
    total_tp, total_fp = sum(tp.values()), sum(fp.values())
    summary = {
        "documents": len(doc_ids), "missing_reports": missing_reports,
        "planted": all_planted, "found": all_found,
        "recall": all_found / all_planted if all_planted else None,
        "tp": total_tp, "fp": total_fp, "near": sum(near.values()),
        "precision": total_tp / (total_tp + total_fp) if total_tp + total_fp else None,
        "per_check": rows,
    }

    def pct(x):
        return "   -" if x is None else f"{100 * x:5.1f}%"

    print(f"{'check':<22} {'planted':>7} {'found':>6} {'recall':>7} {'findings':>8} {'tp':>6} {'fp':>6} {'near':>5} {'precision':>9}")
    for r in rows:
        print(f"{r['check']:<22} {r['planted']:>7} {r['found']:>6} {pct(r['recall']):>7} {r['findings']:>8} {r['tp']:>6} {r['fp']:>6} {r['near']:>5} {pct(r['precision']):>9}")
    print(f"{'all':<22} {all_planted:>7} {all_found:>6} {pct(summary['recall']):>7} {total_tp + total_fp + summary['near']:>8} {total_tp:>6} {total_fp:>6} {summary['near']:>5} {pct(summary['precision']):>9}")
    if missing_reports:
        print(f"warning: {missing_reports} documents have no JSON report", file=sys.stderr)
    for check, examples in sorted(fp_examples.items()):
        for doc, loc, message, excerpt in examples:
            print(f"FP {check} {doc}:{loc.get('line')}:{loc.get('column')}: {message} | {excerpt}")
    if args.misses:
        shown = collections.Counter()
        for doc, spans in sorted(planted.items()):
            for p in spans:
                if not p["found"] and shown[p["kind"]] < args.misses:
                    shown[p["kind"]] += 1
                    print(f"MISS {p['kind']} {doc} offset {p['offset']}: {p['quote']}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(summary, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main(sys.argv[1:])
