package cli

import (
	"github.com/spf13/cobra"
)

// cmdHelp is "prep help [COMMAND]": the help of prep, or of one command,
// the same as COMMAND --help. Unlike cobra's own, a command that does not
// exist is a usage error, with the commands it may have meant.
func (r *runner) cmdHelp() *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND]",
		Short: "Show the help of prep, or of one command",
		Args:  cobra.ArbitraryArgs,
		ValidArgsFunction: func(c *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var names []cobra.Completion
			for _, sub := range c.Root().Commands() {
				if sub.IsAvailableCommand() {
					names = append(names, cobra.CompletionWithDesc(sub.Name(), sub.Short))
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			root := c.Root()
			target, rest, err := root.Find(args)
			switch {
			case err != nil:
				return usageError{"help: " + err.Error()}
			case len(rest) > 0:
				return usagef("help: unknown command %q%s; run prep --help to see the commands",
					rest[0], didYouMean(root, rest[0]))
			}
			// As when the command runs: its help flag, and the flags it
			// inherits, such as --data-dir, become its own.
			target.InitDefaultHelpFlag()
			if err := target.ParseFlags(nil); err != nil {
				return err
			}
			return target.Help()
		},
	}
}
