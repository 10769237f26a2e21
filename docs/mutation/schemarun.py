#!/usr/bin/env python3
"""usage: schemarun.py TESTBIN PKGDIR IDS OUT [--own] [--skip REGEX] [--timeout S]
Runs TESTBIN (built from schema's overlay) once per mutant id of IDS with
MUTANT_ID set, in PKGDIR, and appends "STATUS ID TYPE at file:L:C
KILLER TIME" to OUT; a run stopped midway goes on where OUT ends. With
--skip, the matching tests (the slow ones) run only for mutants the others
leave alive; with --own too, the tests of the mutant's file's own test
files run first."""
import os, sys, time

from runner import judged, run as run_tests
a = sys.argv[1:]
binp, pkgdir, ids, outp = a[:4]
skip = a[a.index("--skip") + 1] if "--skip" in a else None
timeout = int(a[a.index("--timeout") + 1]) if "--timeout" in a else 60
done = judged(outp)
out = open(outp, "a")


def run(mid, extra):
    return run_tests(binp, pkgdir, mid, extra, timeout)


import glob, re
own = {}
if "--own" in a:
    for f in glob.glob(os.path.join(pkgdir, "*_test.go")):
        names = re.findall(r"^func (Test\w+)\(", open(f).read(), re.M)
        base = os.path.basename(f)[:-len("_test.go")]
        own.setdefault(base, []).extend(names)
def ownTests(fname):
    base = fname[:-3]
    names = [n for k, v in own.items() if k == base or k.startswith(base + "_") for n in v]
    return names
for l in open(ids):
    mid, rest = l.split(" ", 1)
    if mid in done:
        continue
    t0 = time.time()
    fname = re.search(r"at ([\w.]+\.go):", rest).group(1)
    names = ownTests(fname) if own else []
    if names and skip:
        first = "^(" + "|".join(names) + ")$"
        st, by = run(mid, ["-test.run", first, "-test.skip", skip])
        if st == "LIVED":
            st, by = run(mid, ["-test.skip", "^(" + "|".join(names) + "|" + skip.strip("^$()") + ")$"])
        if st == "LIVED":
            st, by = run(mid, ["-test.run", skip])
    elif skip:
        st, by = run(mid, ["-test.skip", skip])
        if st == "LIVED":
            st, by = run(mid, ["-test.run", skip])
    else:
        st, by = run(mid, [])
    out.write(f"{st} {mid} {rest.strip()} {by} {time.time()-t0:.1f}s\n")
    out.flush()
