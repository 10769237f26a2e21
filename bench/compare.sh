#!/usr/bin/env bash
# Compare "prep list --json" and "prep due --json" over 200 and 1,000
# generated jobs with reading the same files (cat), and over 200 with
# "task export" of 7,000 tasks in taskwarrior 2.6.2, and time the app's
# first frames and measure its peak memory with 1,000 jobs.
#
#   bench/compare.sh [RUNS]        (from anywhere in the repository)
#
# RUNS is how many times each command runs (default 31), after 3 runs to
# warm the caches and make prep's index (see data/index.go); the commands
# take turns, so a busy machine slows them alike. It prints the median of
# each and the ratios against the targets of issues 7 and 18:
#
#   prep list --json, 200 jobs      <= 3 x cat of the folder, <= 0.25 x task export
#   prep list --json, prep due --json, 1,000 jobs   <= 10 ms and <= 0.3 x cat
#   the app's first frame with 1,000 jobs   <= 20 ms (issue 18)
#   peak memory, app with 1,000 jobs   < 40 MiB (issue 18: <= 25 MiB)
#
# It installs taskwarrior from Debian's packages if it is missing (apt-get;
# that needs root), and skips that comparison, saying so, when version
# 2.6.2 is not to be had. The peak memory needs tmux and GNU time
# (/usr/bin/time); it is skipped without them. Everything else happens in
# a temporary folder, removed at the end.
set -euo pipefail

RUNS=${1:-31}
WARMUP=3
JOBS=200
TASKS=7000
BIG=1000
TARGET_CAT=3
TARGET_TASK=0.25
TARGET_MIB=40
TARGET_BIG_CAT=0.3
TARGET_BIG_MS=10

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/prep-compare.XXXXXX")
SESSION="prep-compare-$$"
cleanup() {
	tmux kill-session -t "$SESSION" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '%s\n' "$*" >&2; }

# clock sets the variable named by $1 to the time in microseconds: bash's
# own clock (bash 5) costs no process, unlike date, whose start would be
# counted in every time measured.
if [ -n "${EPOCHREALTIME:-}" ]; then
	clock() { local t=${EPOCHREALTIME/[.,]/}; printf -v "$1" '%d' "$((10#$t))"; }
else
	say "this bash has no EPOCHREALTIME: timing with date, which adds its own start to every time"
	clock() { printf -v "$1" '%d' "$(($(date +%s%N) / 1000))"; }
fi

# median reads numbers, one a line, and prints the middle one.
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

ms() { awk -v us="$1" 'BEGIN {printf "%.2f ms", us/1e3}'; }

say "Building prep as it is released, and the generator"
# As .goreleaser.yaml builds it, the binary people run: a plain go build
# links the C library, which every start then loads.
(cd "$ROOT" && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$WORK/prep" . && go build -o "$WORK/gen" ./bench/gen)
PREP="$WORK/prep"
export XDG_CONFIG_HOME="$WORK/config" # no template of the person running this
mkdir -p "$XDG_CONFIG_HOME"

say "Generating $JOBS jobs"
"$WORK/gen" -n "$JOBS" -dir "$WORK/data"
FILES=$(find "$WORK/data/jobs" -name '*.json' | wc -l)
BYTES=$(cat "$WORK/data/jobs/"*.json | wc -c)
ITEMS=$(grep -c '"done":' "$WORK/data/jobs/"*.json | awk -F: '{n+=$2} END {print n}')
say "  $FILES files, $ITEMS items, $BYTES bytes"
say "Generating $BIG jobs (seed 2)"
"$WORK/gen" -n "$BIG" -dir "$WORK/big" -seed 2
BIGBYTES=$(cat "$WORK/big/jobs/"*.json | wc -c)
# prep indexes a file once it is a second old: wait, so the warm-up runs
# make the index the timed runs read.
sleep 1.1

# Taskwarrior, from Debian's packages.
TASK=""
if ! command -v task >/dev/null; then
	if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
		say "Installing taskwarrior from Debian's packages"
		apt-get install -y taskwarrior >/dev/null 2>&1 || say "  apt-get install taskwarrior failed"
	fi
fi
if command -v task >/dev/null; then
	version=$(task --version 2>/dev/null || true)
	if [ "$version" = "2.6.2" ]; then
		TASK=$(command -v task)
	else
		say "taskwarrior here is version '$version', not 2.6.2: skipping that comparison"
	fi
else
	candidate=$(apt-cache policy taskwarrior 2>/dev/null | awk '/Candidate:/ {print $2}')
	say "taskwarrior 2.6.2 is not installed (Debian offers '${candidate:-nothing}'): skipping that comparison"
fi

if [ -n "$TASK" ]; then
	say "Importing $TASKS tasks into a throwaway taskwarrior"
	export TASKDATA="$WORK/taskdata" TASKRC="$WORK/taskrc"
	mkdir -p "$TASKDATA"
	printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nnews.version=2.6.0\n' "$TASKDATA" >"$TASKRC"
	"$WORK/gen" -dir "$WORK/data" -tasks "$TASKS" >"$WORK/tasks.json"
	"$TASK" import "$WORK/tasks.json" >/dev/null 2>&1
	say "  $("$TASK" count status.any: 2>/dev/null) tasks"
fi

# The commands, each run with its output thrown away.
run_prep() { "$PREP" --data-dir "$WORK/data" list --json >/dev/null; }
run_due() { "$PREP" --data-dir "$WORK/data" due --json >/dev/null; }
run_cat() { cat "$WORK/data/jobs/"*.json >/dev/null; }
run_task() { "$TASK" export >/dev/null 2>&1; }
run_bigprep() { "$PREP" --data-dir "$WORK/big" list --json >/dev/null; }
run_bigdue() { "$PREP" --data-dir "$WORK/big" due --json >/dev/null; }
run_bigcat() { cat "$WORK/big/jobs/"*.json >/dev/null; }
# The floor under the 1,000 jobs: prep starting and doing nothing, and
# one process listing the folder and looking at each file once, as the
# index must (find stats each file to print its time).
run_start() { "$PREP" --version >/dev/null; }
run_bigstat() { find "$WORK/big/jobs" -name '*.json' -printf '%s %T@\n' >/dev/null; }
names=(prep due cat)
if [ -n "$TASK" ]; then names+=(task); fi
names+=(bigprep bigdue bigcat start bigstat)

# Check the commands work before timing them.
# A job's id is indented four spaces; its round's, six.
n=$("$PREP" --data-dir "$WORK/data" list --json | grep -c '^    "id":' || true)
if [ "$n" != "$JOBS" ]; then say "prep list --json gave $n jobs, want $JOBS"; exit 1; fi
if [ -n "$TASK" ]; then
	n=$("$TASK" export 2>/dev/null | grep -c '"uuid":' || true)
	if [ "$n" != "$TASKS" ]; then say "task export gives $n tasks, not $TASKS"; fi
fi

say "Timing: $WARMUP warm-up runs, then $RUNS runs of each, taking turns"
for name in "${names[@]}"; do : >"$WORK/times.$name"; done
for i in $(seq 1 $((WARMUP + RUNS))); do
	for name in "${names[@]}"; do
		clock start
		"run_$name"
		clock end
		if [ "$i" -gt "$WARMUP" ]; then echo $((end - start)) >>"$WORK/times.$name"; fi
	done
done

# The median, and the least: on a machine busy with other work, the least
# of many runs is the nearest to what the command itself takes.
declare -A med least
for name in "${names[@]}"; do
	med[$name]=$(median <"$WORK/times.$name")
	least[$name]=$(sort -n "$WORK/times.$name" | head -n 1)
done

echo "Data: $FILES jobs, $ITEMS items, $BYTES bytes; ${TASK:+$TASKS tasks in taskwarrior 2.6.2; }$BIG jobs, $BIGBYTES bytes; $RUNS runs each on $(nproc) cores"
row() { printf '  %-42s median %s, least %s\n' "$1" "$(ms "${med[$2]}")" "$(ms "${least[$2]}")"; }
row "prep list --json ($FILES jobs)" prep
row "prep due --json ($FILES jobs)" due
row "cat of the $FILES files" cat
if [ -n "$TASK" ]; then row "task export ($TASKS tasks)" task; fi
row "prep list --json ($BIG jobs)" bigprep
row "prep due --json ($BIG jobs)" bigdue
row "cat of the $BIG files" bigcat
row "prep --version" start
row "find, a stat of each of the $BIG files" bigstat
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t) ? "meets" : "MISSES"}'; }
r=$(ratio "${med[prep]}" "${med[cat]}")
echo "  list, $FILES jobs: prep / cat  = $r  (target <= $TARGET_CAT: $(verdict "$r" "$TARGET_CAT"))"
if [ -n "$TASK" ]; then
	r=$(ratio "${med[prep]}" "${med[task]}")
	echo "  list, $FILES jobs: prep / task = $r  (target <= $TARGET_TASK: $(verdict "$r" "$TARGET_TASK"))"
fi
for name in bigprep bigdue; do
	r=$(ratio "${med[$name]}" "${med[bigcat]}")
	t=$(awk -v us="${med[$name]}" 'BEGIN {printf "%.2f", us/1e3}')
	echo "  ${name#big}, $BIG jobs: prep / cat = $r (target <= $TARGET_BIG_CAT: $(verdict "$r" "$TARGET_BIG_CAT")), $t ms (target <= $TARGET_BIG_MS: $(verdict "$t" "$TARGET_BIG_MS"))"
done

# The app's first frame with 1,000 jobs, and the frame with their list,
# timed from its start in a terminal of its own (bench/firstframe, a
# module of its own for the pty it needs).
(cd "$ROOT/bench/firstframe" && go build -o "$WORK/firstframe" .)
echo "The app with $BIG jobs, started $RUNS times in a pty of 120 by 40:"
"$WORK/firstframe" -n "$RUNS" -list "Jobs ($BIG)" "$PREP" --data-dir "$WORK/big" | tee "$WORK/frames.txt"
t=$(awk '/first frame/ {print $4}' "$WORK/frames.txt")
echo "  first frame: $t ms (issue 18's target <= 20 ms: $(verdict "$t" 20))"

# Peak memory of the app with 1,000 jobs: open it in tmux under GNU time,
# wait for the list to show the first job, give it a second to finish
# loading, and quit.
if ! command -v tmux >/dev/null || [ ! -x /usr/bin/time ]; then
	say "Peak memory: needs tmux and /usr/bin/time (apt-get install tmux time): skipped"
	exit 0
fi
# The first job of the list, by its company, to know the list is drawn.
first=$("$PREP" --data-dir "$WORK/big" list --json | awk -F'"' '/"company":/ && !seen {print $4; seen = 1}')
tmux new-session -d -s "$SESSION" -x 120 -y 40 \
	"env NO_COLOR=1 XDG_CONFIG_HOME='$XDG_CONFIG_HOME' /usr/bin/time -v -o '$WORK/time.txt' '$PREP' --data-dir '$WORK/big'; sleep 30"
drawn=""
for _ in $(seq 1 100); do
	if tmux capture-pane -p -t "$SESSION" | grep -qF "$first"; then
		drawn=yes
		break
	fi
	sleep 0.1
done
[ -n "$drawn" ] || { say "the list did not show $first within 10 s:"; tmux capture-pane -p -t "$SESSION" >&2; exit 1; }
sleep 1
tmux send-keys -t "$SESSION" q
for _ in $(seq 1 50); do
	[ -s "$WORK/time.txt" ] && grep -q 'Maximum resident' "$WORK/time.txt" && break
	sleep 0.1
done
kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
[ -n "$kb" ] || { say "prep did not quit on q"; exit 1; }
mib=$(awk -v kb="$kb" 'BEGIN {printf "%.1f", kb/1024}')
echo "Peak memory, app with $BIG jobs in the list: $mib MiB (target < $TARGET_MIB MiB: $(awk -v m="$mib" -v t="$TARGET_MIB" 'BEGIN {print (m < t) ? "meets" : "MISSES"}'); issue 18's <= 25 MiB: $(awk -v m="$mib" 'BEGIN {print (m <= 25) ? "meets" : "MISSES"}'))"
