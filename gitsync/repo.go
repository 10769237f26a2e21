package gitsync

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/prep-cli/prep/data"
)

// Repo is the data folder as a git repository.
type Repo struct {
	// Dir is the data folder.
	Dir string
	// Driver is the command git runs to merge two versions of a job file:
	// prep's own binary and its hidden merge-driver command. Git adds the
	// files' names.
	Driver []string
	// Now is the current time, for the names of kept copies.
	Now func() time.Time

	gitPath string
}

// Open returns the data folder dir as a repository to sync, with the
// merge driver given; ErrNoGit if git cannot be found.
func Open(dir string, driver []string, now func() time.Time) (*Repo, error) {
	path, err := exec.LookPath("git")
	if err != nil {
		return nil, ErrNoGit
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("data folder %s: %w", dir, err)
	}
	return &Repo{Dir: abs, Driver: driver, Now: now, gitPath: path}, nil
}

// The files Init writes at the top of the data folder.
const (
	// Ignored: what is kept per device. The job files' locks and the
	// temporary files of saves (see data/lock.go and internal/atomicfile),
	// the drafts of text being typed, the versions last synced, and a
	// summary index of the jobs, should one be kept beside them.
	gitignore = `# prep sync: kept on this device only
.*.lock
.*.prep-*.tmp
.*.json[0-9]*
/drafts/
/` + data.SyncedDir + `/
.index*
/index*
`
	// Job files merge with prep's driver, item by item, and never get
	// conflict markers.
	gitattributes = `# prep sync: job files are merged by prep, item by item
*.json merge=prep
`
)

// state is what a sync needs to know of the repository, read with two
// git commands: its folder, the branch checked out, and the config.
type state struct {
	gitDir string
	// branch is "" when HEAD is not on a branch.
	branch string
	config map[string]string
}

// state reads the repository's state; ok is false when the data folder is
// not a git repository.
func (r *Repo) state() (st state, ok bool, err error) {
	out, err := r.git("rev-parse", "--show-toplevel", "--absolute-git-dir")
	if err != nil {
		if said(err, "not a git repository") {
			return st, false, nil
		}
		return st, false, err
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		return st, false, fmt.Errorf("git rev-parse said %q", out)
	}
	top := lines[0]
	got, err1 := filepath.EvalSymlinks(top)
	want, err2 := filepath.EvalSymlinks(r.Dir)
	if err1 != nil || err2 != nil || filepath.Clean(got) != filepath.Clean(want) {
		return st, false, fmt.Errorf("the data folder %s is inside the git repository %s: prep sync keeps the data folder as a repository of its own; move it out, or choose another with --data-dir", r.Dir, top)
	}
	st.gitDir = lines[1]
	if head, err := os.ReadFile(filepath.Join(st.gitDir, "HEAD")); err == nil {
		st.branch, _ = strings.CutPrefix(strings.TrimSpace(string(head)), "ref: refs/heads/")
		if strings.HasPrefix(st.branch, "ref: ") || len(st.branch) == 40 && !strings.Contains(st.branch, "/") && isHex(st.branch) {
			st.branch = ""
		}
	}
	st.config = map[string]string{}
	out, err = r.git("config", "-z", "--get-regexp", `^(merge\.prep\.|user\.(name|email)$|remote\.origin\.url$)`)
	// Status 1 is a config with none of these keys.
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		return st, false, err
	}
	for _, kv := range strings.Split(out, "\x00") {
		if k, v, ok := strings.Cut(kv, "\n"); ok {
			st.config[k] = v
		}
	}
	return st, true, nil
}

func isHex(s string) bool {
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return false
		}
	}
	return true
}

// Init makes the data folder a git repository if it is not one, with the
// files above and the merge driver, commits what is there, and sets the
// remote "origin" to remote if one is given.
func (r *Repo) Init(remote string) error {
	if err := os.MkdirAll(r.Dir, 0o700); err != nil {
		return fmt.Errorf("make the data folder %s: %w", r.Dir, err)
	}
	st, ok, err := r.state()
	if err != nil {
		return err
	}
	if !ok {
		if _, err := r.git("init", "-q"); err != nil {
			return err
		}
		if st, _, err = r.state(); err != nil {
			return err
		}
	}
	if err := r.prepare(st); err != nil {
		return err
	}
	if remote != "" {
		if err := r.setRemote(remote); err != nil {
			return err
		}
	}
	_, err = r.commit(st, &Result{})
	return err
}

func (r *Repo) setRemote(url string) error {
	if _, err := r.git("remote", "get-url", "origin"); err == nil {
		_, err = r.git("remote", "set-url", "origin", url)
		return err
	}
	_, err := r.git("remote", "add", "origin", url)
	return err
}

// prepare writes the ignore and attribute files where they are missing
// and registers the merge driver in the repository's config, which git
// never copies with a clone: a clone made elsewhere gets it from its
// first sync, before anything is merged.
func (r *Repo) prepare(st state) error {
	for name, want := range map[string]string{".gitignore": gitignore, ".gitattributes": gitattributes} {
		path := filepath.Join(r.Dir, name)
		b, err := os.ReadFile(path)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("read %s: %w", path, err)
		}
		if missing := missingLines(string(b), want); missing != "" {
			if len(b) > 0 && !strings.HasSuffix(string(b), "\n") {
				missing = "\n" + missing
			}
			f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
			if err != nil {
				return fmt.Errorf("write %s: %w", path, err)
			}
			_, err = f.WriteString(missing)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("write %s: %w", path, err)
			}
		}
	}
	for k, v := range map[string]string{"merge.prep.name": "prep: job files merged item by item", "merge.prep.driver": driverCommand(r.Driver)} {
		if st.config[k] == v {
			continue
		}
		if _, err := r.git("config", k, v); err != nil {
			return err
		}
	}
	return nil
}

// missingLines are the lines of want that text does not have.
func missingLines(text, want string) string {
	have := map[string]bool{}
	for _, l := range strings.Split(text, "\n") {
		have[strings.TrimSpace(l)] = true
	}
	var out strings.Builder
	for _, l := range strings.SplitAfter(want, "\n") {
		if t := strings.TrimSpace(l); t != "" && !have[t] {
			out.WriteString(l)
		}
	}
	return out.String()
}

// driverCommand is the merge driver as git's config holds it: a line for
// the shell, with git's placeholders for the base, ours, theirs and the
// file's path.
func driverCommand(driver []string) string {
	quoted := make([]string, len(driver))
	for i, a := range driver {
		quoted[i] = "'" + strings.ReplaceAll(filepath.ToSlash(a), "'", `'\''`) + "'"
	}
	return strings.Join(quoted, " ") + " %O %A %B %P"
}
