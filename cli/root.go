package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/safetext"
)

// commands makes prep's subcommands, in the order help lists them. A new
// command is a file of its own with a constructor like these, added here;
// help, completions and the man page follow from it.
var commands = []func(*runner) *cobra.Command{
	cmdNew,
	cmdList,
	cmdShow,
	cmdExport,
	cmdRound,
	cmdImport,
	cmdCheck,
	cmdUncheck,
	cmdStatus,
	cmdReason,
	cmdDecision,
	cmdDue,
	cmdStats,
	cmdLessons,
	cmdStories,
	cmdTrash,
	cmdRestore,
	cmdTemplate,
	cmdConfig,
	cmdSync,
	cmdMergeDriver,
	cmdMan,
}

func init() {
	// Help lists the commands in the order of the list above, which is the
	// order a person meets them, not the alphabet's.
	cobra.EnableCommandSorting = false
	// Started from Windows Explorer, prep opens the app in the console
	// window Windows gives it, rather than saying it is a command line tool.
	cobra.MousetrapHelpText = ""
}

// rootCommand is prep itself: the app with no command, and every command
// under it, each made afresh for this run.
func (r *runner) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "prep",
		Short: "An interview-preparation checklist for every job",
		Long: "prep keeps, for every job you interview for, what to prepare before the\n" +
			"interview and what to do after it.\n\n" +
			"Run prep alone to open the app; the commands below serve scripts and the\n" +
			"shell. New jobs are made from your own template, if you have one:\n" +
			safetext.Line(r.templatePath()) + "\n" +
			"(prep template --init writes one there to start from).",
		Example: `
# add a job, then open the app on it
prep new --company "Acme Corp" --role "Backend Engineer" --at "tomorrow 2pm"
prep
# what is late or due, for a shell's start-up file
prep due`,
		Args: noCommand,
		RunE: func(*cobra.Command, []string) error { return r.openApp() },
		// cobra's own default, which it applies only to the errors it
		// makes itself.
		SuggestionsMinimumDistance: 2,
	}
	root.SetOut(r.env.Stdout)
	root.SetErr(r.env.Stderr)
	root.PersistentFlags().StringVar(&r.dataDir, "data-dir", "", "the folder where jobs are kept (else $PREP_DATA_DIR, else $XDG_DATA_HOME/prep)")
	// Declared here, so that it has no -v; cobra still prints the version.
	root.Flags().Bool("version", false, "print the version")
	root.SetVersionTemplate("prep {{.Version}}\n")
	root.SetFlagErrorFunc(flagError)
	root.SetHelpCommand(r.cmdHelp())
	for _, makeCommand := range commands {
		root.AddCommand(named(makeCommand(r)))
	}
	shellsOnly(root)
	return root
}

// shellsOnly makes cobra's "prep completion" say so when the shell named
// is not one it writes for, where cobra would show its help and succeed.
// The scripts go where the root's output went when this is called.
func shellsOnly(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	completion, _, err := root.Find([]string{"completion"})
	if err != nil || completion == root {
		return
	}
	completion.Args = cobra.ArbitraryArgs
	completion.RunE = func(c *cobra.Command, args []string) error {
		if len(args) == 0 {
			return c.Help()
		}
		return usagef("completion: no completions for %q; the shells are bash, zsh, fish and powershell", args[0])
	}
}

// named makes a command's errors start with its name, as in "prep: show: no
// such job ..." or "prep: round add: ...", so that a line in a script's log
// says which command failed; its subcommands' too.
func named(c *cobra.Command) *cobra.Command {
	if run := c.RunE; run != nil {
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if err := run(cmd, args); err != nil {
				return fmt.Errorf("%s: %w", strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" "), err)
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		named(sub)
	}
	return c
}

// noCommand is what prep accepts where a command goes: nothing, to open the
// app. Anything else is a mistyped command, answered with the commands it
// may have meant.
func noCommand(root *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	return usagef("unknown command %q%s; run prep --help to see the commands", args[0], didYouMean(root, args[0]))
}

// didYouMean names the commands close to a mistyped one.
func didYouMean(root *cobra.Command, typed string) string {
	s := root.SuggestionsFor(typed)
	if len(s) == 0 {
		return ""
	}
	return " (did you mean " + strings.Join(s, " or ") + "?)"
}

func (r *runner) openApp() error {
	if r.env.OpenApp == nil {
		return errors.New("this build has no interactive app")
	}
	if r.env.Terminal != nil && !r.env.Terminal() {
		return usageError{"the app needs a terminal, and standard output is not one; " +
			"scripts can use prep list, show, due and the other commands (prep --help lists them)"}
	}
	s, err := r.store()
	if err != nil {
		return err
	}
	return r.env.OpenApp(s)
}
