#!/usr/bin/env python3
"""Run gremlins-named mutants through `go test -overlay`, one at a time.

usage: mutrun.py ROOT PKG LISTFILE OUTFILE [--skip REGEX] [--timeout SECONDS]

LISTFILE holds lines as gremlins prints them ("... TYPE at file.go:L:C").
With --skip, the tests matching REGEX run only when the others pass, so a
mutant is killed early when it can be and the full suite decides the rest.
"""
import json, os, re, subprocess, sys, tempfile, time

SWAP = {
    "CONDITIONALS_BOUNDARY": {">=": ">", ">": ">=", "<=": "<", "<": "<="},
    "CONDITIONALS_NEGATION": {"==": "!=", "!=": "==", ">=": "<", ">": "<=", "<=": ">", "<": ">="},
    "ARITHMETIC_BASE": {"+": "-", "-": "+", "*": "/", "/": "*", "%": "*"},
    "INCREMENT_DECREMENT": {"++": "--", "--": "++"},
    "INVERT_NEGATIVES": {"-": "+"},
    "INVERT_LOGICAL": {"&&": "||", "||": "&&"},
}
OPS = ["&&", "||", "==", "!=", ">=", "<=", "++", "--", ">", "<", "+", "-", "*", "/", "%"]


def mutate(src, line, col, kind):
    lines = src.split("\n")
    text = lines[line - 1]
    b = text.encode()
    i = col - 1
    rest = b[i:].decode()
    for op in OPS:
        if rest.startswith(op):
            new = SWAP[kind].get(op)
            if new is None:
                continue
            lines[line - 1] = b[:i].decode() + new + rest[len(op):]
            return "\n".join(lines), op, new
    raise ValueError(f"no operator for {kind} at {line}:{col}: {rest[:20]!r}")


def gotest(root, pkg, overlay, run_args, timeout):
    cmd = ["nice", "-n", "19", "go", "test", "-count=1", "-vet=off", "-failfast",
           "-overlay", overlay, "-timeout", f"{timeout}s"] + run_args + [pkg]
    try:
        p = subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=timeout + 30)
    except subprocess.TimeoutExpired:
        return "TIMED OUT", ""
    out = p.stdout + p.stderr
    if p.returncode == 0:
        return "LIVED", out
    if "panic: test timed out" in out:
        return "TIMED OUT", out
    if "[build failed]" in out or "[setup failed]" in out:
        return "NOT VIABLE", out
    return "KILLED", out


def main():
    args = sys.argv[1:]
    root, pkg, listfile, outfile = args[:4]
    skip = None
    timeout = 120
    if "--skip" in args:
        skip = args[args.index("--skip") + 1]
    if "--timeout" in args:
        timeout = int(args[args.index("--timeout") + 1])
    pat = re.compile(r"([A-Z_]+) at ([\w./]+\.go):(\d+):(\d+)")
    work = tempfile.mkdtemp(prefix="mutrun-")
    done = set()
    if os.path.exists(outfile):
        for l in open(outfile):
            m = pat.search(l)
            if m:
                done.add(m.group(0))
    out = open(outfile, "a")
    for l in open(listfile):
        m = pat.search(l)
        if not m or m.group(0) in done:
            continue
        kind, fname, line, col = m.group(1), m.group(2), int(m.group(3)), int(m.group(4))
        path = os.path.join(root, pkg, fname)
        src = open(path).read()
        try:
            msrc, old, new = mutate(src, line, col, kind)
        except ValueError as e:
            out.write(f"SKIPPED {m.group(0)} {e}\n")
            out.flush()
            continue
        mpath = os.path.join(work, fname)
        with open(mpath, "w") as f:
            f.write(msrc)
        ov = os.path.join(work, "overlay.json")
        with open(ov, "w") as f:
            json.dump({"Replace": {os.path.abspath(path): mpath}}, f)
        t0 = time.time()
        if skip:
            status, _ = gotest(root, "./" + pkg, ov, ["-skip", skip], timeout)
            if status == "LIVED":
                status, _ = gotest(root, "./" + pkg, ov, ["-run", skip], timeout)
        else:
            status, _ = gotest(root, "./" + pkg, ov, [], timeout)
        out.write(f"{status:>10} {m.group(0)} [{old} -> {new}] {time.time() - t0:.1f}s\n")
        out.flush()


main()
