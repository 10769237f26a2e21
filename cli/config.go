package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// cmdConfig is "prep config": what prep keeps about the person, for now
// their own mail addresses, which an invitation names among its people.
func cmdConfig(r *runner) *cobra.Command {
	c := &cobra.Command{
		Use:   "config",
		Short: "Show or set your own mail addresses",
		Long: "prep config shows what prep keeps about you and where. Your own mail addresses\n" +
			"are never taken for an interviewer or the company when prep imports an invitation.",
		Example: `prep config
prep config me add jane.doe@gmail.com
prep config me remove jane@old-job.example`,
		Args: args(),
		RunE: func(*cobra.Command, []string) error { return r.showConfig() },
	}
	me := &cobra.Command{
		Use:   "me",
		Short: "List your own mail addresses",
		Args:  args(),
		RunE:  func(*cobra.Command, []string) error { return r.showConfig() },
	}
	me.AddCommand(
		&cobra.Command{
			Use: "add ADDRESS", Short: "Add one of your own mail addresses", Args: args("ADDRESS"),
			RunE: func(_ *cobra.Command, pos []string) error {
				if err := data.ValidAddress(pos[0]); err != nil {
					return usagef("%v", err)
				}
				return r.changeConfig(func(c data.Config) data.Config { return c.WithMe(pos[0]) })
			},
		},
		&cobra.Command{
			Use: "remove ADDRESS", Short: "Forget one of your mail addresses", Args: args("ADDRESS"),
			RunE: func(_ *cobra.Command, pos []string) error {
				return r.changeConfig(func(c data.Config) data.Config { return c.WithoutMe(pos[0]) })
			},
		},
	)
	c.AddCommand(me)
	return c
}

func (r *runner) showConfig() error {
	dir := data.ConfigDir(r.env.Getenv)
	cfg, err := data.LoadConfig(dir)
	if err != nil {
		return err
	}
	ew := &errWriter{w: r.out()}
	ew.printf("config: %s\n", safetext.Line(data.ConfigPath(dir)))
	if len(cfg.Me) == 0 {
		ew.printf("me: none yet (prep config me add ADDRESS)\n")
	}
	for _, a := range cfg.Me {
		ew.printf("me: %s\n", safetext.Line(a))
	}
	return ew.err
}

func (r *runner) changeConfig(change func(data.Config) data.Config) error {
	dir := data.ConfigDir(r.env.Getenv)
	cfg, err := data.LoadConfig(dir)
	if err != nil {
		return fmt.Errorf("%w; fix or remove the file first", err)
	}
	if err := data.SaveConfig(dir, change(cfg)); err != nil {
		return err
	}
	return r.showConfig()
}
