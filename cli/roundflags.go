package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
)

// roundFlags are the flags that describe a round, for prep new (its first
// round) and prep round add and edit.
type roundFlags struct {
	name, format, at, where, link, travel string
	minutes                               int
	interviewers                          []string
}

func (f *roundFlags) register(c *cobra.Command, nameDefault string) {
	fs := c.Flags()
	fs.StringVar(&f.name, "name", nameDefault, "what the round is: "+strings.Join(checklist.RoundNames(), ", ")+", or any name")
	fs.StringVar(&f.format, "format", "", "how it is held: "+formatNames()+" (a --link makes it video)")
	fs.StringVar(&f.at, "at", "", `when it starts: "2026-12-01 10:00", "friday 11am", "Dec 3 2pm"`)
	fs.IntVar(&f.minutes, "minutes", 0, "how long it lasts, in minutes (60 if not given)")
	fs.StringVar(&f.where, "where", "", "where it is: the address, or the video link")
	fs.StringVar(&f.link, "link", "", "the link to join a video call")
	fs.StringVar(&f.travel, "travel", "", `how long the journey there takes, in person: "45m", "1h30m" (0 clears it); sets when to leave`)
	fs.StringArrayVar(&f.interviewers, "interviewer", nil, "the name of someone you will meet; repeat for each")
	_ = c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formatList(), cobra.ShellCompDirectiveNoFileComp))
	_ = c.RegisterFlagCompletionFunc("name", cobra.FixedCompletions(checklist.RoundNames(), cobra.ShellCompDirectiveNoFileComp))
}

// details reads the flags over a round's details as they stand: a flag
// not given keeps what the round has. A format or time that cannot be read
// is a usage error.
func (f *roundFlags) details(c *cobra.Command, r *runner, was checklist.RoundDetails) (checklist.RoundDetails, error) {
	d := was
	changed := c.Flags().Changed
	if changed("name") || d.Name == "" {
		d.Name = f.name
	}
	if changed("format") {
		format, err := checklist.ParseFormat(f.format)
		if err != nil {
			return d, usagef("--format: %v", err)
		}
		d.Format = format
	}
	if changed("at") {
		at, err := checklist.ParseWhen(f.at, r.now)
		if err != nil {
			return d, usagef("--at: %v", err)
		}
		d.At = at
	}
	if changed("minutes") {
		if f.minutes < 1 || f.minutes > 24*60 {
			return d, usagef("--minutes %d: give a length from 1 minute to a day (1440)", f.minutes)
		}
		d.Minutes = f.minutes
	}
	if changed("where") {
		d.Where = f.where
	}
	if changed("link") {
		d.Link = f.link
	}
	if changed("travel") {
		minutes, err := checklist.ParseTravel(f.travel)
		if err != nil {
			return d, usagef("--travel: %v", err)
		}
		d.TravelMinutes = minutes
	}
	if changed("interviewer") {
		d.Interviewers = checklist.People(f.interviewers...)
	}
	return d, nil
}

// roundDetails are a round's details as they stand, to change some.
func roundDetails(r checklist.Round) checklist.RoundDetails {
	return checklist.RoundDetails{
		Name: r.Name, Format: r.Format, At: r.At, Minutes: r.Minutes,
		Where: r.Where, TravelMinutes: r.TravelMinutes, Link: r.Link, Interviewers: r.Interviewers,
	}
}

func formatList() []string {
	var names []string
	for _, f := range checklist.Formats() {
		names = append(names, string(f))
	}
	return names
}

func formatNames() string { return strings.Join(formatList(), ", ") }
