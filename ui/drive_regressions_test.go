package ui

import (
	"strconv"
	"strings"
)

// driveRegressions are runs the drive once failed, shrunk, kept so that
// each failure stays fixed (TestDriveRegressions replays them).
var driveRegressions = []struct {
	name    string
	set     string
	indexed bool
	steps   []string
}{
	{name: "a story's next part is made at the window's width after a resize", set: "fifteen", steps: []string{
		"settle", "key enter", "settle", "key o", "deliver 0", "key n", "key /", "key enter", "size 73 33", "key ctrl+s",
	}},
	{name: "ctrl+c with a note open saves the note before quitting", set: "fifteen", steps: []string{
		"deliver 0", "deliver 0", "deliver 0", "key /", "key d", "key enter", "settle", "key /", "key D",
		"deliver 0", "deliver 0", "deliver 0", "key enter", "click 4 2 left", "deliver 0", "deliver 0",
		"text \"yesterday\"",
	}},
	{name: "a change in the folder told to an app with no watch on it", set: "empty", steps: []string{
		"outside create 64528",
		"deliver 1",
	}},
	{name: "the empty list wraps its words at 67 columns", set: "empty", steps: []string{
		"size 67 20",
		"deliver 2",
	}},
	{name: "the ask for a larger window fits a tiny one", set: "one", steps: []string{
		"size 15 19",
	}},
	{name: "resizing while renaming", set: "fifteen", steps: []string{
		"deliver 0", "deliver 0", "deliver 0", "key enter", "settle", "key r", "size 65 21",
	}},
	{name: "renaming with a resize on the way back", set: "many", steps: []string{
		"settle", "key enter", "deliver 0", "deliver 0", "key esc", "key r",
	}},
	{name: "the filter's matches arrive after the filter was given up", set: "fifteen", steps: []string{
		"settle", "key /", "deliver 0", "key q", "key shift+tab", "deliver 0", "key down",
	}},
	{name: "pages of jobs arrive while the filter is typed", set: "many", steps: []string{
		"settle", "key /", `text "F"`, "deliver 0", "deliver 0", "deliver 1", "key tab", `text "in 3 days"`,
	}},
	{name: "the list comes back filtered", set: "fifteen", steps: []string{
		"deliver 0", "deliver 0", "deliver 0", "key /", "key t", "key down", `text "Ask about on-call"`,
		"settle", "key esc", "settle",
	}},
	{name: "the details form of a job with a long name", set: "fifteen", steps: []string{
		"wait 6h0m0s", "deliver 0", "deliver 0", "wait 6h0m0s", "deliver 0", `text "2026-02-30 09:00"`,
		"key enter", "deliver 2", "deliver 0", "key E",
	}},
	{name: "a move right after opening, then quitting", set: "fifteen", steps: []string{
		"wait 24h0m0s", "settle", "click 48 17 left", "deliver 0", "deliver 0", "key shift+down",
	}},
	{name: "the status picker of a job with a long name", set: "fifteen", steps: []string{
		"deliver 0", "deliver 1", "deliver 0", "key /", "paste " + strconv.Quote(strings.Repeat("界", 300)),
		"deliver 0", "deliver 0", "key ctrl+j", `text "🚀 launch"`, "deliver 0", "deliver 0", "deliver 0",
		"deliver 0", "deliver 0", "deliver 1", "key esc", "deliver 0", "deliver 0", "key s",
	}},
	{name: "a wide filter after a resize", set: "fifteen", steps: []string{
		"deliver 1", "deliver 0", "deliver 0", "key /", "paste " + strconv.Quote(strings.Repeat("界", 300)),
		"size 70 22",
	}},
	{name: "the new job form in a window of 8×14", set: "empty", steps: []string{
		`text "engineer"`, "size 8 14",
	}},
	{name: "the form's complaint about a long time it cannot read", set: "fifteen", steps: []string{
		"deliver 0", "deliver 0", "deliver 0", "key enter", "settle", "key E", "deliver 0", "deliver 0",
		"deliver 0", "key tab", "deliver 1", "deliver 0", "deliver 0", "key enter", "deliver 0",
		"paste " + strconv.Quote(hostileTexts[2]), "key tab",
	}},
	{name: "alt+d on the last character of the rename box", set: "many", steps: []string{
		"deliver 0", "deliver 1", "deliver 0", "deliver 0", "deliver 0", "deliver 0", "key enter",
		"deliver 0", "deliver 0", "key r", "key left", "key alt+d",
	}},
	{name: "a move typed after ctrl+c", set: "many", steps: []string{
		"wait 24h0m0s", "wait 24h0m0s", "size 43 20", "settle", "key l", "key enter", "deliver 0", "deliver 0",
		"key ctrl+c", "key down", "key K",
	}},
	{name: "a job saved while a newer change is on its way, then a form", set: "fifteen", indexed: true, steps: []string{
		"key I", "settle", "key esc", "key enter", "settle", "key I", "settle",
		"text \"../importer/testdata/teams-update.ics\"", "key enter", "deliver 0", "key enter", "deliver 0",
		"key space", "key i", "settle", "key down", "key R", "key esc", "key i", "deliver 0", "deliver 0", "key up",
		"key tab", "key esc", "key ctrl+e", "settle", "key i", "deliver 0", "key h", "key u", "deliver 0", "key E",
		"wait 1h0m0s", "key shift+down",
	}},
}
