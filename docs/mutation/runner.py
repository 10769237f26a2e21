"""What the mutant runners (schemarun.py, covsel.py) share: the mutants an
earlier run already judged, and one run of the test binary with a mutant
switched on by MUTANT_ID."""
import os, subprocess


def judged(outp):
    """The ids of the mutants OUT already holds, so a stopped run goes on."""
    if not os.path.exists(outp):
        return set()
    return {l.split()[1] for l in open(outp)}


def run(binp, pkgdir, mid, extra, timeout):
    """Runs the tests with mutant mid: KILLED and the first failing test,
    LIVED, or TIMED_OUT."""
    env = dict(os.environ, MUTANT_ID=mid)
    cmd = ["nice", "-n", "19", binp, "-test.failfast", "-test.count=1", f"-test.timeout={timeout}s"] + extra
    try:
        p = subprocess.run(cmd, cwd=pkgdir, env=env, capture_output=True, text=True, timeout=timeout + 20)
    except subprocess.TimeoutExpired:
        return "TIMED_OUT", ""
    o = p.stdout + p.stderr
    if p.returncode == 0:
        return "LIVED", ""
    if "panic: test timed out" in o:
        return "TIMED_OUT", ""
    fails = [l.split()[2] for l in o.splitlines() if l.startswith("--- FAIL")]
    return "KILLED", (fails[0] if fails else "panic")
