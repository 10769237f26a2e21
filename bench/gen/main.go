// Command gen fills a data directory with generated jobs, for
// bench/compare.sh. It is not part of prep.
//
//	go run ./bench/gen -n 200 -dir DIR [-seed 1] [-now 2026-11-23T09:00:00+01:00]
//	go run ./bench/gen -dir DIR -tasks 7000 > tasks.json
//
// With -tasks it makes no jobs: it reads those already in DIR and writes
// their items, up to the number given, as taskwarrior tasks, one JSON
// object a line, for "task import": the same work, in the other program's
// terms. An item is a task with the company as its project, its due time,
// done as completed, and its note as an annotation.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/dataset"
)

func main() {
	n := flag.Int("n", 200, "how many jobs to make")
	dir := flag.String("dir", "", "the data directory to fill (its jobs folder must be empty)")
	seed := flag.Uint64("seed", 1, "the same seed makes the same files")
	at := flag.String("now", "", "spread interviews around this RFC 3339 time (default: "+dataset.Reference.Format(time.RFC3339)+")")
	tasks := flag.Int("tasks", 0, "write up to this many of DIR's items as taskwarrior tasks, and make no jobs")
	flag.Parse()
	if *dir == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *tasks > 0 {
		if err := writeTasks(*dir, *tasks); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		return
	}
	now := dataset.Reference
	if *at != "" {
		t, err := time.Parse(time.RFC3339, *at)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gen: -now:", err)
			os.Exit(2)
		}
		now = t
	}
	if err := dataset.GenerateAt(*dir, *n, *seed, now); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// task is a task as "task import" reads it.
type task struct {
	Description string       `json:"description"`
	Status      string       `json:"status"`
	Entry       string       `json:"entry"`
	End         string       `json:"end,omitempty"`
	Due         string       `json:"due,omitempty"`
	Project     string       `json:"project"`
	Tags        []string     `json:"tags,omitempty"`
	Annotations []annotation `json:"annotations,omitempty"`
}

type annotation struct {
	Entry       string `json:"entry"`
	Description string `json:"description"`
}

// twTime is how taskwarrior writes a moment.
func twTime(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

func writeTasks(dir string, limit int) error {
	jobs, problems, err := data.NewStore(dir).List()
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return problems[0]
	}
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	count := 0
	for _, j := range jobs {
		for _, s := range j.AllSections() {
			for _, it := range s.Items {
				if count == limit {
					return w.Flush()
				}
				t := task{
					Description: it.Text,
					Status:      "pending",
					Entry:       twTime(j.CreatedAt),
					Project:     checklist.Slugify(j.Company, 40),
					Tags:        []string{string(s.Phase), s.ID},
				}
				if it.Done && it.DoneAt != nil {
					t.Status, t.End = "completed", twTime(*it.DoneAt)
				}
				if it.DueAt != nil {
					t.Due = twTime(*it.DueAt)
				}
				if it.Note != "" {
					t.Annotations = []annotation{{Entry: twTime(j.CreatedAt), Description: it.Note}}
				}
				if err := enc.Encode(t); err != nil {
					return err
				}
				count++
			}
		}
	}
	if count < limit {
		fmt.Fprintf(os.Stderr, "gen: only %d items in %s\n", count, dir)
	}
	return w.Flush()
}
