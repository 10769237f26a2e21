package cli

import (
	"flag"
	"fmt"
	"runtime/debug"
	"strings"
	"text/tabwriter"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// command is one subcommand of prep.
type command struct {
	name    string
	args    string // what follows the name in its usage line
	summary string
	run     func(r *runner, args []string) error
}

func (c *command) synopsis() string {
	return strings.TrimSpace("prep " + c.name + " " + c.args)
}

// commands lists the subcommands in the order the help shows them.
var commands = []command{
	{"new", "--company C --role R --at WHEN ...", "add a job and print its id", runNew},
	{"list", "[--json]", "list the jobs, upcoming first", runList},
	{"show", "JOB [--format text|md|json]", "show a job's checklist", runShow},
	{"export", "JOB [--format F] [-o FILE]", "write a job as md, json or ics", runExport},
	{"check", "JOB ITEM", "tick an item (prep show lists the ids)", runCheck},
	{"uncheck", "JOB ITEM", "untick an item", runUncheck},
	{"status", "JOB STATUS", "set a job's status", runStatus},
	{"reason", "JOB REASON [--text TEXT]", "record why it likely did not work out", runReason},
	{"due", "[--json]", "list what is late or due within 48 h", runDue},
	{"trash", "", "list the jobs in the trash", runTrash},
	{"restore", "JOB", "bring a job back from the trash", runRestore},
	{"template", "[--check FILE]", "print or check a template", runTemplate},
}

// printHelp writes the help of the command being run, or of prep itself.
func (r *runner) printHelp() {
	tw := tabwriter.NewWriter(r.env.Stdout, 0, 8, 2, ' ', 0)
	defer tw.Flush()
	if r.cmd != nil {
		fmt.Fprintf(tw, "Usage: %s\n\n%s.\n\nFlags:\n", r.cmd.synopsis(), capitalize(r.cmd.summary))
		r.fs.VisitAll(func(f *flag.Flag) {
			arg, usage := flag.UnquoteUsage(f)
			dashes := "--"
			if len(f.Name) == 1 {
				dashes = "-"
			}
			fmt.Fprintf(tw, "  %s\t%s\n", strings.TrimSpace(dashes+f.Name+" "+strings.ToUpper(arg)), usage)
		})
		return
	}
	fmt.Fprint(tw, "prep keeps an interview-preparation checklist for every job.\n\n")
	fmt.Fprint(tw, "Usage:\n  prep [--data-dir DIR] [COMMAND]\n\nCommands:\n")
	fmt.Fprint(tw, "  (no command)\topen the app\n")
	for _, c := range commands {
		fmt.Fprintf(tw, "  %s\t%s\n", strings.TrimSpace(c.name+" "+c.args), c.summary)
	}
	fmt.Fprint(tw, "  help\tshow this help\n\nFlags:\n")
	fmt.Fprint(tw, "  --data-dir DIR\twhere jobs are kept (else $PREP_DATA_DIR, else $XDG_DATA_HOME/prep)\n")
	fmt.Fprint(tw, "  --version\tprint the version\n")
	fmt.Fprint(tw, "  -h, --help\tshow this help; prep COMMAND --help shows a command's flags\n\n")
	fmt.Fprint(tw, "WHEN is like \"2026-12-01 10:00\", \"2026-12-01\" (09:00) or \"tomorrow 2pm\".\n")
	fmt.Fprintf(tw, "STATUS is one of: %s.\n", statusNames())
	fmt.Fprintln(tw, wrapped("REASON is one of:", reasonNames()+"."))
	fmt.Fprint(tw, "\nYour own template: prep template > ~/.config/prep/template.json, then edit it.\n")
	where := data.TemplatePath(data.ConfigDir(r.env.Getenv))
	if where == "" {
		where = "none while HOME is not set"
	}
	fmt.Fprintf(tw, "New jobs are made from it (here: %s).\n", safetext.Line(where))
	fmt.Fprint(tw, "prep template --check FILE says what is wrong with one.\n")
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func statusNames() string {
	var names []string
	for _, s := range checklist.Statuses() {
		names = append(names, string(s))
	}
	return strings.Join(names, ", ")
}

// buildVersion is the version of prep's module this binary was built from,
// "dev" for a build from a working tree.
func buildVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" || info.Main.Version == "(devel)" {
		return "dev"
	}
	return info.Main.Version
}

func reasonNames() string {
	var names []string
	for _, r := range checklist.Reasons() {
		names = append(names, string(r.Code))
	}
	return strings.Join(names, ", ")
}

// wrapped writes words after prefix in lines of at most 78 columns, the
// further lines indented by two spaces.
func wrapped(prefix, words string) string {
	var b strings.Builder
	b.WriteString(prefix)
	line := len(prefix)
	for _, w := range strings.Fields(words) {
		if line+1+len(w) > 78 {
			b.WriteString("\n ")
			line = 1
		}
		b.WriteString(" " + w)
		line += 1 + len(w)
	}
	return b.String()
}
