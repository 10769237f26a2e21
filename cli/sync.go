package cli

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/gitsync"
	"github.com/prep-cli/prep/safetext"
)

// cmdSync is "prep sync [--init [REMOTE]]": the data folder kept in git
// and synced with a remote, job files merged item by item.
func cmdSync(r *runner) *cobra.Command {
	var initRepo bool
	var auto string
	c := &cobra.Command{
		Use:   "sync [--init [REMOTE]]",
		Short: "Sync your jobs with your other devices through git",
		Long: "Commit the changes to your jobs, fetch and merge what your other devices\n" +
			"pushed, and push the result. Two versions of a job are merged item by item:\n" +
			"ticks, notes, items and rounds from both are kept.\n\n" +
			"--init makes the data folder a git repository (and sets its remote to\n" +
			"REMOTE if given). On another device, clone the remote as that device's data\n" +
			"folder and run prep sync. --auto on makes the app sync as it opens and quits.",
		Example: `
# on the first device
prep sync --init git@example.com:me/prep-jobs.git
# on the next one, into its data folder (here the usual one on Linux)
git clone git@example.com:me/prep-jobs.git ~/.local/share/prep
prep sync`,
		Args: func(_ *cobra.Command, pos []string) error {
			switch {
			case len(pos) > 1:
				return usagef("too many arguments: %q", pos[1:])
			case len(pos) == 1 && !initRepo:
				return usagef("REMOTE is given with --init: prep sync --init %s", pos[0])
			}
			return nil
		},
		RunE: func(_ *cobra.Command, pos []string) error {
			if auto != "" {
				return r.setAutoSync(auto)
			}
			remote := ""
			if len(pos) == 1 {
				remote = pos[0]
			}
			return r.sync(initRepo, remote)
		},
	}
	c.Flags().BoolVar(&initRepo, "init", false, "make the data folder a git repository first")
	c.Flags().StringVar(&auto, "auto", "", "on: the app syncs as it opens and quits; off: it does not")
	return c
}

// cmdMergeDriver is git's merge driver for job files, registered by prep
// sync; people never run it.
func cmdMergeDriver(r *runner) *cobra.Command {
	return &cobra.Command{
		Use:    "merge-driver BASE OURS THEIRS PATH",
		Short:  "Merge two versions of a job file for git",
		Hidden: true,
		Args:   args("BASE", "OURS", "THEIRS", "PATH"),
		RunE: func(_ *cobra.Command, pos []string) error {
			return gitsync.MergeDriver(pos[0], pos[1], pos[2], pos[3], r.env.Stderr)
		},
	}
}

func (r *runner) sync(initRepo bool, remote string) error {
	s, err := r.store()
	if err != nil {
		return err
	}
	repo, err := OpenRepo(s.Dir(), r.env.Now)
	if err != nil {
		return err
	}
	if initRepo {
		if err := repo.Init(remote); err != nil {
			return err
		}
		fmt.Fprintln(r.out(), "The data folder is kept in git:", safetext.Line(s.Dir()))
		if remote == "" {
			return nil
		}
	}
	res, err := repo.Sync()
	for _, c := range res.Copies {
		fmt.Fprintln(r.out(), safetext.Line(c.String()))
	}
	for _, c := range res.Clashes {
		fmt.Fprintln(r.out(), safetext.Line(c))
	}
	if err != nil {
		if len(res.Committed) > 0 && errors.Is(err, gitsync.ErrNoRemote) {
			fmt.Fprintf(r.out(), "Committed %d changed jobs here.\n", len(res.Committed))
		}
		return err
	}
	fmt.Fprintln(r.out(), res.Summary())
	for _, u := range res.Unreadable {
		r.warn(u + " does not read as a job, so it was not sent; prep list says why, and the next sync sends it once mended")
	}
	if len(res.Kept) > 0 {
		for _, k := range res.Kept {
			r.warn("could not merge two versions of a job: the other version is kept as " + k + "; prep lists it until you settle it")
		}
		return fmt.Errorf("%d jobs could not be merged; both versions are kept", len(res.Kept))
	}
	return nil
}

// OpenRepo opens the data folder dir for prep sync, with the running
// binary as git's merge driver for job files.
func OpenRepo(dir string, now func() time.Time) (*gitsync.Repo, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("find prep's own binary for git's merge driver: %w", err)
	}
	return gitsync.Open(dir, []string{exe, "merge-driver"}, now)
}

func (r *runner) setAutoSync(v string) error {
	var on bool
	switch v {
	case "on":
		on = true
	case "off":
	default:
		return usagef("--auto is on or off, not %q", v)
	}
	dir := data.ConfigDir(r.env.Getenv)
	cfg, err := data.LoadConfig(dir)
	if err != nil {
		return err
	}
	cfg.SyncOnStartAndQuit = on
	if err := data.SaveConfig(dir, cfg); err != nil {
		return err
	}
	fmt.Fprintf(r.out(), "The app syncs as it opens and quits: %s.\n", v)
	return nil
}
