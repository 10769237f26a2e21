package cli

import (
	"fmt"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
)

// cmdMan is "prep man": prep's manual page, made from the same commands and
// flags as the help, for man(1) and for the release archives. Release
// builds run it on the build machine, so it names the folders of every
// platform rather than this one's.
func cmdMan(*runner) *cobra.Command {
	return &cobra.Command{
		Use:     "man",
		Short:   "Print the manual page, for man(1)",
		Example: "prep man > prep.1 && man ./prep.1",
		Args:    args(),
		RunE: func(c *cobra.Command, _ []string) error {
			page, err := mcobra.NewManPage(1, c.Root())
			if err != nil {
				return fmt.Errorf("make the manual page: %w", err)
			}
			page.WithLongDescription(manDescription).
				WithSection("Files", manFiles).
				WithSection("Exit status", manExitStatus)
			_, err = fmt.Fprint(c.OutOrStdout(), page.Build(roff.NewDocument()))
			return err
		},
	}
}

// The man page's own paragraphs, one a line. roff takes them as formats:
// a percent sign is written twice.
const (
	manDescription = "prep keeps, for every job you interview for, what to prepare before the interview and what to do after it.\n" +
		"Run prep alone to open the app in the terminal; the commands serve scripts and the shell. " +
		"JOB is a job's id, as prep list shows it, any part of it that names one job alone, or the company when it has one job."
	manFiles = "Each job is one file, DATA/jobs/ID.json; a deleted job is moved to DATA/trash/. " +
		"DATA is --data-dir, else $PREP_DATA_DIR, else $XDG_DATA_HOME/prep, else ~/.local/share/prep on Linux, " +
		"~/Library/Application Support/prep on macOS and %%LOCALAPPDATA%%\\prep on Windows.\n" +
		"Your own template is CONFIG/template.json; prep template --init writes one to start from. " +
		"CONFIG is $XDG_CONFIG_HOME/prep, else ~/.config/prep on Linux, " +
		"~/Library/Application Support/prep on macOS and %%LOCALAPPDATA%%\\prep on Windows."
	manExitStatus = "0 on success, 1 when something fails, 2 when the command line is wrong; " +
		"each error is one line on standard error, naming the file or the argument at fault."
)
