// Command firstframe times how soon prep's app shows something after it
// starts, in a terminal of its own (a pty of 120 by 40): its first frame,
// and the frame with the list of jobs. It starts the app again and again,
// and prints the median and the least of each time, as bench/compare.sh
// does for the commands.
//
//	go run . [-n RUNS] [-list TEXT] PREP ARGS...
//
// The first frame is the first output that shows "Loading" or the list's
// TEXT (by default "Jobs ("); the app draws one of them first.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"syscall"
	"time"

	"github.com/creack/pty"
)

func main() {
	runs := flag.Int("n", 21, "how many times to start the app")
	list := flag.String("list", "Jobs (", "text the app shows once its list of jobs is drawn")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: firstframe [-n RUNS] [-list TEXT] PREP ARGS...")
		os.Exit(2)
	}
	var first, shown []time.Duration
	for range *runs {
		f, l, err := start(flag.Args(), []byte(*list))
		if err != nil {
			fmt.Fprintln(os.Stderr, "firstframe:", err)
			os.Exit(1)
		}
		first, shown = append(first, f), append(shown, l)
		time.Sleep(50 * time.Millisecond) // let the app's exit settle
	}
	report("first frame", first)
	report("the list drawn", shown)
}

// start runs the app once in a pty, and gives how long it took to show its
// first frame and its list.
func start(args []string, list []byte) (first, shown time.Duration, err error) {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	began := time.Now()
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 120, Rows: 40})
	if err != nil {
		return 0, 0, err
	}
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		_, _ = io.Copy(io.Discard, tty) // until the app has closed it
		_ = cmd.Wait()
		_ = tty.Close()
	}()
	var out []byte
	buf := make([]byte, 64<<10)
	deadline := began.Add(10 * time.Second)
	_ = tty.SetReadDeadline(deadline)
	for {
		n, err := tty.Read(buf)
		out = append(out, buf[:n]...)
		if first == 0 && (bytes.Contains(out, []byte("Loading")) || bytes.Contains(out, list)) {
			first = time.Since(began)
		}
		if bytes.Contains(out, list) {
			return first, time.Since(began), nil
		}
		if err != nil {
			if errors.Is(err, os.ErrDeadlineExceeded) {
				err = fmt.Errorf("%q did not show within 10 s", list)
			}
			return 0, 0, err
		}
	}
}

func report(what string, times []time.Duration) {
	slices.Sort(times)
	fmt.Printf("  %-42s median %.2f ms, least %.2f ms\n", what, ms(times[len(times)/2]), ms(times[0]))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
