#!/usr/bin/env python3
"""usage: covsel.py TESTBIN PKGDIR IDS OUT COVDIR ALWAYS [--timeout S]
Runs each mutant against the tests that reach the function it is in (by
per-test coverage from COVDIR/<Test>.out), plus ALWAYS (tests that run code
in a child process, whose coverage is not seen); a mutant outside any
function gets the whole suite."""
import glob, os, re, sys, time

from runner import judged, run as run_tests
a = sys.argv[1:]
binp, pkgdir, ids, outp, covdir, always = a[:6]
always = always.split(",")
timeout = int(a[a.index("--timeout") + 1]) if "--timeout" in a else 60
blocks = {}  # test -> list of (file, start, end)
for f in glob.glob(os.path.join(covdir, "*.out")):
    t = os.path.basename(f)[:-4]
    bl = []
    for l in open(f):
        m = re.match(r".*/([\w.]+\.go):(\d+)\.\d+,(\d+)\.\d+ \d+ (\d+)$", l.strip())
        if m and int(m.group(4)) > 0:
            bl.append((m.group(1), int(m.group(2)), int(m.group(3))))
    blocks[t] = bl
funcs = {}
def func_range(fname, line):
    if fname not in funcs:
        rs, start = [], None
        for i, l in enumerate(open(os.path.join(pkgdir, fname)), 1):
            if l.startswith("func "):
                start = i
            elif l.rstrip("\n") == "}" and start is not None:
                rs.append((start, i)); start = None
        funcs[fname] = rs
    for s, e in funcs[fname]:
        if s <= line <= e:
            return s, e
    return None
done = judged(outp)
out = open(outp, "a")


def run(mid, extra):
    return run_tests(binp, pkgdir, mid, extra, timeout)


for l in open(ids):
    mid, rest = l.split(" ", 1)
    if mid in done:
        continue
    m = re.search(r"at ([\w.]+\.go):(\d+):", rest)
    fname, line = m.group(1), int(m.group(2))
    t0 = time.time()
    fr = func_range(fname, line)
    if fr is None:
        st, by = run(mid, [])
        note = "whole"
    else:
        tests = sorted(t for t, bl in blocks.items() if any(f == fname and b <= fr[1] and e >= fr[0] for f, b, e in bl))
        tests = sorted(set(tests) | set(always))
        st, by = run(mid, ["-test.run", "^(" + "|".join(tests) + ")$"])
        note = f"{len(tests)} tests"
    out.write(f"{st} {mid} {rest.strip()} {by} {time.time()-t0:.1f}s {note}\n")
    out.flush()
