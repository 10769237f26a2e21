#!/usr/bin/env bash
# Makes the README's pictures from the real app: a sample data folder, prep
# run in tmux, the screen captured with its colours and drawn by freeze
# (github.com/charmbracelet/freeze).
#
#   docs/screenshots.sh            writes docs/job-list.png, docs/checklist.png and docs/tonight.png
set -euo pipefail
cd "$(dirname "$0")/.."

command -v tmux >/dev/null || { echo "needs tmux"; exit 1; }
FREEZE=${FREEZE:-$(command -v freeze || true)}
if [ -z "$FREEZE" ]; then
	tmp=$(mktemp -d)
	(cd "$tmp" && go mod init shots >/dev/null 2>&1 &&
		go get github.com/charmbracelet/freeze@v0.2.2 >/dev/null 2>&1 &&
		go build -o "$tmp/freeze" github.com/charmbracelet/freeze)
	FREEZE=$tmp/freeze
fi

work=$(mktemp -d)
trap 'tmux kill-session -t prep-shots 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/prep" .
export PREP_DATA_DIR=$work/data XDG_CONFIG_HOME=$work/config
prep() { "$work/prep" "$@"; }

acme=$(prep new --company "Acme Corp" --role "Backend Engineer" --at "tomorrow 10:00" \
	--where "1 Main St, Springfield" --interviewer "Dana Lee" --interviewer "Sam Ng")
for item in industry-trends challenges mission leadership-team linkedin-profiles stated-values; do
	prep check "$acme" "$item"
done
globex=$(prep new --company "Globex" --role "Site Reliability Engineer" --at "$(date -d '-3 days' +%F) 14:00")
prep status "$globex" interviewed
for item in notes-discussed interviewer-names promises thank-interviewers; do prep check "$globex" "$item"; done
prep new --company "Initech" --role "Data Analyst" --at "$(date -d '+9 days' +%F) 11:30" >/dev/null
hooli=$(prep new --company "Hooli" --role "Product Engineer" --at "$(date -d '-40 days' +%F) 09:30")
prep status "$hooli" rejected
prep reason "$hooli" filled-internally

shot() { # name, keys...
	local name=$1
	shift
	tmux kill-session -t prep-shots 2>/dev/null || true
	tmux new-session -d -s prep-shots -x 80 -y 24 \
		"env COLORTERM=truecolor PREP_DATA_DIR=$PREP_DATA_DIR XDG_CONFIG_HOME=$XDG_CONFIG_HOME $work/prep"
	for _ in $(seq 100); do tmux capture-pane -p -t prep-shots | grep -q Jobs && break; sleep 0.05; done
	for k in "$@"; do tmux send-keys -t prep-shots "$k"; sleep 0.2; done
	sleep 0.3
	tmux capture-pane -e -p -t prep-shots >"$work/$name.ansi"
	"$FREEZE" "$work/$name.ansi" --language ansi --window --padding 20 --output "docs/$name.png" >/dev/null
	echo "docs/$name.png"
}

shot job-list
shot checklist j Enter t j
shot tonight j Enter
