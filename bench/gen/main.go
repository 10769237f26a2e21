// Command gen fills a data directory with generated jobs, for
// bench/compare.sh. It is not part of prep.
//
//	go run ./bench/gen -n 200 -dir DIR [-seed 1] [-now 2026-11-23T09:00:00+01:00]
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/prep-cli/prep/internal/dataset"
)

func main() {
	n := flag.Int("n", 200, "how many jobs to make")
	dir := flag.String("dir", "", "the data directory to fill (its jobs folder must be empty)")
	seed := flag.Uint64("seed", 1, "the same seed makes the same files")
	at := flag.String("now", "", "spread interviews around this RFC 3339 time (default: "+dataset.Reference.Format(time.RFC3339)+")")
	flag.Parse()
	if *dir == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
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
