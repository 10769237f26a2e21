package cli

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/export"
	"github.com/prep-cli/prep/internal/atomicfile"
)

// exportFormats are the forms "prep export" writes a job in.
var exportFormats = []string{"md", "json", "ics"}

// exportPerm is the mode of a new export file: that of a file made by the
// shell's ">", the umask applied. A file replaced keeps its own mode.
const exportPerm = 0o666

// cmdExport is "prep export JOB": one job as Markdown, as its file's JSON
// or as an iCalendar file, to stdout or, with -o, to a file that it
// replaces whole or not at all.
func cmdExport(r *runner) *cobra.Command {
	var format, out string
	c := &cobra.Command{
		Use:   "export JOB",
		Short: "Write a job as Markdown, JSON or iCalendar",
		Long: "Write a job as Markdown to print or send to a coach, as its file's JSON,\n" +
			"or as an iCalendar file with the interview and each after-interview task,\n" +
			"for a calendar app. With -o, the file is replaced whole or not at all, and\n" +
			"never in the jobs folder.",
		Example:           "prep export acme-corp-backend-engineer-2026-12-01 --format ics -o acme.ics",
		Args:              args("JOB"),
		ValidArgsFunction: r.completeJob,
		RunE: func(_ *cobra.Command, pos []string) error {
			return r.export(pos[0], format, out)
		},
	}
	c.Flags().StringVar(&format, "format", "md", "the format: md (Markdown), json (the job file) or ics (iCalendar, for calendar apps)")
	c.Flags().StringVarP(&out, "output", "o", "", "write to this file instead of stdout, replacing it whole")
	_ = c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(exportFormats, cobra.ShellCompDirectiveNoFileComp))
	return c
}

func (r *runner) export(id, format, out string) error {
	var write func(io.Writer, checklist.Job) error
	switch format {
	case "md":
		write = r.showMarkdown
	case "json":
		write = showJSON
	case "ics":
		write = func(w io.Writer, j checklist.Job) error { return export.ICS(w, j, r.now) }
	default:
		return usagef("unknown --format %q (valid: %s)", format, strings.Join(exportFormats, ", "))
	}
	s, err := r.store()
	if err != nil {
		return err
	}
	toFile := out != "" && out != "-"
	if toFile {
		if err := checkExportPath(s, out); err != nil {
			return err
		}
	}
	if id, err = resolveJob(s, id); err != nil {
		return err
	}
	j, err := s.Load(id)
	if err != nil {
		return explainJob(err)
	}
	if !toFile {
		return write(r.env.Stdout, j)
	}
	var buf bytes.Buffer
	if err := write(&buf, j); err != nil {
		return err
	}
	return writeExport(out, buf.Bytes())
}

// checkExportPath refuses an output file in the data directory's jobs or
// trash folder, where it could replace a job file, and one that is a
// folder. Links on the way are followed, so a link to the jobs folder is
// refused too.
func checkExportPath(s *data.Store, out string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return usagef("-o %s: %v", out, err)
	}
	for _, sub := range []string{"jobs", "trash"} {
		guarded, err := filepath.Abs(filepath.Join(s.Dir(), sub))
		if err != nil {
			continue
		}
		if inFolder(filepath.Dir(abs), guarded) {
			return usagef("-o %s: refusing to write in %s, where prep keeps its jobs; choose another file", out, guarded)
		}
	}
	if info, err := os.Stat(abs); err == nil && info.IsDir() {
		return usagef("-o %s: is a folder; name a file", out)
	}
	return nil
}

// inFolder reports whether dir is the folder guarded or inside it, by its
// name or, following links, by being the same folder on the disk.
func inFolder(dir, guarded string) bool {
	if rel, err := filepath.Rel(guarded, dir); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return true
	}
	g, err := os.Stat(guarded)
	if err != nil {
		return false
	}
	for d := dir; ; d = filepath.Dir(d) {
		if info, err := os.Stat(d); err == nil && os.SameFile(info, g) {
			return true
		}
		if filepath.Dir(d) == d {
			return false
		}
	}
}

// writeExport replaces the file at path with b in one rename, so that a
// reader sees the old file or the new one and never a part of it. The
// temporary file is made beside it, on the same file system; those that
// an export killed midway left beside it are cleared first.
func writeExport(path string, b []byte) error {
	atomicfile.Sweep(filepath.Dir(path), filepath.Base(path))
	if err := atomicfile.Write(path, b, exportPerm, true); err != nil {
		var pe *os.PathError
		var le *os.LinkError
		switch {
		case errors.As(err, &pe):
			err = pe.Err
		case errors.As(err, &le):
			err = le.Err
		}
		return errors.New("write " + path + ": " + err.Error())
	}
	return nil
}
