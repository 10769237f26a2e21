package gitsync

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gofrs/flock"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/atomicfile"
)

// Result is what a sync did.
type Result struct {
	// Committed are the jobs whose changes on this device were committed.
	Committed []string
	// Received are the jobs that changed here from the remote.
	Received []string
	// Copies are the sync tools' conflict copies merged into their jobs.
	Copies []data.MergedCopy
	// Clashes say what both sides changed in different ways (see
	// checklist.Clash), each line naming its job file.
	Clashes []string
	// Kept are the files that hold the other version of a job that could
	// not be merged, beside it: the app reports them as conflict copies.
	Kept []string
	// Unreadable are the job files left out of the commit, as they do not
	// read as jobs: the app reports them until they are mended.
	Unreadable []string
	// Pushed says the remote now has this device's commits.
	Pushed bool
}

// Summary is the result in one line for a person.
func (res Result) Summary() string {
	var parts []string
	if n := len(res.Committed); n > 0 {
		parts = append(parts, "sent "+jobs(n))
	}
	if n := len(res.Received); n > 0 {
		parts = append(parts, "received "+jobs(n))
	}
	if n := len(res.Copies); n > 0 {
		parts = append(parts, fmt.Sprintf("merged %d conflict %s", n, plural(n, "copy", "copies")))
	}
	if n := len(res.Clashes); n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s changed on both devices", n, plural(n, "thing", "things")))
	}
	if n := len(res.Kept); n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s could not be merged: both versions kept", n, plural(n, "job", "jobs")))
	}
	if n := len(res.Unreadable); n > 0 {
		parts = append(parts, fmt.Sprintf("%d unreadable job %s not sent", n, plural(n, "file", "files")))
	}
	if len(parts) == 0 && res.Pushed {
		return "Synced: the remote has everything from here."
	}
	if len(parts) == 0 {
		return "Synced: everything was up to date."
	}
	return "Synced: " + strings.Join(parts, ", ") + "."
}

func jobs(n int) string { return fmt.Sprintf("%d %s", n, plural(n, "job", "jobs")) }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Sync commits what changed on this device, merges what the remote has,
// and pushes the result. It first registers the merge driver, so that a
// clone made elsewhere merges job files the right way from its first
// sync, and merges the conflict copies a sync tool left (see
// data.Store.MergeConflictCopies). A sync stopped half-way, by a kill or a
// crash, is finished by the next one. Without a remote, the changes are
// committed and ErrNoRemote says so; a remote that cannot be reached or
// refuses the push gives an error matching ErrUnreachable, ErrAuth or
// ErrPushRefused, with the commits kept here.
func (r *Repo) Sync() (Result, error) {
	var res Result
	st, ok, err := r.state()
	if err != nil {
		return res, err
	}
	if !ok {
		return res, ErrNotRepo
	}
	unlock, err := r.lock(st)
	if err != nil {
		return res, err
	}
	defer unlock()
	if err := r.prepare(st); err != nil {
		return res, err
	}
	store := data.NewStore(r.Dir)
	res.Copies, _ = store.MergeConflictCopies()
	if err := r.finishMerge(st, &res); err != nil {
		return res, err
	}
	if res.Committed, err = r.commit(st, &res); err != nil {
		return res, err
	}
	// What a killed merge left is settled now.
	_ = os.Remove(filepath.Join(st.gitDir, mergingMark))
	if st.config["remote.origin.url"] == "" {
		return res, ErrNoRemote
	}
	if st.branch == "" {
		return res, errors.New("the data folder's repository is not on a branch: check one out, then sync again")
	}
	// Another device may push between this fetch and this push: then the
	// push is refused, and fetching and merging again takes its work too.
	for try := 0; ; try++ {
		if _, err := r.git("fetch", "-q", "origin"); err != nil {
			return res, remoteError(err, false)
		}
		// Where a ref does not exist, rev-parse says its name back.
		heads, _ := r.git("rev-parse", "HEAD", "refs/remotes/origin/"+st.branch)
		h := strings.Fields(heads)
		theirs := len(h) == 2 && isHex(h[1])
		if theirs && h[0] == h[1] {
			break // nothing to send, nothing to receive
		}
		if theirs {
			if err := r.merge(st, h[0], &res); err != nil {
				return res, err
			}
			// Only the remote had changed: the merge took its commits as
			// they are, and there is nothing to send.
			if head, _ := r.git("rev-parse", "HEAD"); strings.TrimSpace(head) == h[1] {
				break
			}
		}
		_, err := r.git("push", "-q", "-u", "origin", "HEAD:refs/heads/"+st.branch)
		if err == nil {
			res.Pushed = true
			break
		}
		if try == 2 || !said(err, "fetch first", "non-fast-forward") {
			return res, remoteError(err, true)
		}
	}
	return res, store.RecordSynced(res.changed())
}

// changed are the jobs whose files this sync changed or sent.
func (res Result) changed() []string {
	ids := append(slices.Clone(res.Committed), res.Received...)
	for _, c := range res.Copies {
		ids = append(ids, c.JobID)
	}
	return ids
}

// lock keeps two syncs of one folder from running at once. Holding it,
// the lock files of git's index, config and refs are stale ones that a
// killed sync left (the data folder is prep's), and go: git would refuse
// to run with them there.
func (r *Repo) lock(st state) (func(), error) {
	const name = "prep-sync.lock"
	l := flock.New(filepath.Join(st.gitDir, name))
	if err := l.Lock(); err != nil {
		return nil, fmt.Errorf("lock %s: %w", l.Path(), err)
	}
	entries, _ := os.ReadDir(st.gitDir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".lock") && e.Name() != name && e.Type().IsRegular() {
			_ = os.Remove(filepath.Join(st.gitDir, e.Name()))
		}
	}
	_ = filepath.WalkDir(filepath.Join(st.gitDir, "refs"), func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && strings.HasSuffix(path, ".lock") {
			_ = os.Remove(path)
		}
		return nil
	})
	return func() { _ = l.Unlock() }, nil
}

// identity gives git a name to commit under when the person has none set,
// rather than fail the sync.
func (st state) identity() []string {
	var args []string
	if st.config["user.name"] == "" && os.Getenv("GIT_COMMITTER_NAME") == "" {
		args = append(args, "-c", "user.name=prep")
	}
	if st.config["user.email"] == "" && os.Getenv("GIT_COMMITTER_EMAIL") == "" {
		host, _ := os.Hostname()
		args = append(args, "-c", "user.email=prep@"+strings.ToLower(strings.ReplaceAll(host, " ", "-")))
	}
	return args
}

// commit commits every change in the folder, with a message naming the
// jobs that changed, and returns their ids.
//
// A job file that does not read as a job is never committed, so that it
// never reaches the other devices: the app reports it here until it is
// mended. After a sync killed in its merge, such a file is one git had
// not finished writing (prep's own saves are never seen half done), and
// it is put back as it was before that merge, which the sync then makes
// again.
func (r *Repo) commit(st state, res *Result) ([]string, error) {
	out, err := r.git("status", "--porcelain", "-z", "--untracked-files=all")
	if err != nil || out == "" {
		return nil, err
	}
	// Each entry is "XY path", and a rename's is followed by its old path.
	cut := interrupted(st)
	var paths, broken []string
	for _, e := range strings.Split(strings.TrimRight(out, "\x00"), "\x00") {
		if len(e) > 3 && e[2] == ' ' {
			e = e[3:]
		}
		if jobIDs([]string{e}) != nil {
			full := filepath.Join(r.Dir, filepath.FromSlash(e))
			_, err := os.Lstat(full)
			gone := errors.Is(err, fs.ErrNotExist)
			switch {
			case cut && (gone || !readable(full)):
				// git removes a file before it writes it again.
				if _, err := r.git("checkout", "-q", "HEAD", "--", e); err != nil && !gone {
					_ = os.Remove(full)
				}
				continue
			case !gone && !readable(full):
				broken = append(broken, e)
				continue
			}
		}
		paths = append(paths, e)
	}
	res.Unreadable = append(res.Unreadable, broken...)
	if len(paths) == 0 {
		return nil, nil
	}
	if _, err := r.git("add", "-A"); err != nil {
		return nil, err
	}
	if len(broken) > 0 {
		if _, err := r.git(append([]string{"reset", "-q", "--"}, broken...)...); err != nil {
			return nil, err
		}
	}
	ids := jobIDs(paths)
	args := append(st.identity(), "commit", "-q", "--no-verify", "-m", commitMessage(ids))
	if _, err := r.git(args...); err != nil {
		if said(err, "nothing to commit", "nothing added to commit") {
			return nil, nil
		}
		return nil, err
	}
	return ids, nil
}

// readable reports whether the file at path is a job file this build
// reads, or gone.
func readable(path string) bool {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return true
	}
	if err != nil {
		return false
	}
	_, err = data.DecodeJob(b)
	return err == nil
}

// mergingMark is a file in the git folder that says a merge is under way;
// found as a sync starts, it says the last one was killed in its merge.
const mergingMark = "prep-merging"

func interrupted(st state) bool {
	_, err := os.Stat(filepath.Join(st.gitDir, mergingMark))
	return err == nil
}

// jobIDs are the ids of the job files among paths, each once.
func jobIDs(paths []string) []string {
	var ids []string
	for _, p := range paths {
		dir, name := filepath.Split(filepath.ToSlash(p))
		id, ok := strings.CutSuffix(name, ".json")
		if ok && checklist.ValidID(id) && (dir == "jobs/" || dir == "trash/") && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

func commitMessage(ids []string) string {
	switch {
	case len(ids) == 0:
		return "prep sync"
	case len(ids) <= 5:
		return "prep sync: " + strings.Join(ids, ", ")
	}
	return fmt.Sprintf("prep sync: %s and %d more\n\n%s", strings.Join(ids[:5], ", "), len(ids)-5, strings.Join(ids, "\n"))
}

// merge merges the remote's branch into this one. Job files go to prep's
// merge driver; anything it could not merge is settled by resolve, so the
// merge always ends in a commit.
func (r *Repo) merge(st state, before string, res *Result) error {
	mark := filepath.Join(st.gitDir, mergingMark)
	if err := os.WriteFile(mark, nil, 0o600); err != nil {
		return fmt.Errorf("mark the merge: %w", err)
	}
	args := append(st.identity(), "merge", "-q", "--no-edit", "--no-verify", "--allow-unrelated-histories", "refs/remotes/origin/"+st.branch)
	_, stderr, err := r.gitErr(args...)
	res.Clashes = append(res.Clashes, driverLines(stderr)...)
	if err != nil {
		if !merging(st) {
			return fmt.Errorf("merge the remote's changes: %w", err)
		}
		if err := r.finishMerge(st, res); err != nil {
			return err
		}
	}
	if err := os.Remove(mark); err != nil {
		return fmt.Errorf("mark the merge done: %w", err)
	}
	changed, _ := r.git("diff", "--name-only", "-z", before, "HEAD")
	for _, id := range jobIDs(strings.Split(strings.TrimRight(changed, "\x00"), "\x00")) {
		if !slices.Contains(res.Received, id) {
			res.Received = append(res.Received, id)
		}
	}
	return nil
}

// driverLines are the lines the merge driver wrote about clashes.
func driverLines(stderr string) []string {
	var out []string
	for _, l := range strings.Split(stderr, "\n") {
		if rest, ok := strings.CutPrefix(l, driverMark); ok {
			out = append(out, rest)
		}
	}
	return out
}

// finishMerge ends a merge under way, one the driver could not finish or
// one a killed sync left: each file still unmerged is settled (see
// resolve), and the merge is committed with whatever else changed.
func (r *Repo) finishMerge(st state, res *Result) error {
	if !merging(st) {
		return nil
	}
	out, err := r.git("diff", "--name-only", "--diff-filter=U", "-z")
	if err != nil {
		return err
	}
	for _, p := range strings.Split(strings.TrimRight(out, "\x00"), "\x00") {
		if p == "" {
			continue
		}
		if err := r.resolve(p, res); err != nil {
			return err
		}
	}
	if _, err := r.git("add", "-A"); err != nil {
		return err
	}
	args := append(st.identity(), "commit", "-q", "--no-edit", "--no-verify")
	if _, err := r.git(args...); err != nil && !said(err, "nothing to commit") {
		return err
	}
	return nil
}

// merging reports whether a merge is under way.
func merging(st state) bool {
	_, err := os.Stat(filepath.Join(st.gitDir, "MERGE_HEAD"))
	return err == nil
}

// resolve settles one file git could not merge. Two versions of a job are
// merged as the driver would; if that cannot be done (a file broken, or
// from a newer prep), this device's version stays and the other is kept
// beside it as a conflict copy, which the app reports. A file changed on
// one side and deleted on the other keeps the change.
func (r *Repo) resolve(path string, res *Result) error {
	stage := func(n int) ([]byte, bool) {
		out, err := r.git("show", fmt.Sprintf(":%d:%s", n, path))
		return []byte(out), err == nil
	}
	base, _ := stage(1)
	ours, haveOurs := stage(2)
	theirs, haveTheirs := stage(3)
	full := filepath.Join(r.Dir, filepath.FromSlash(path))
	write := func(p string, b []byte) error {
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			return err
		}
		return atomicfile.Write(p, b, 0o600, true)
	}
	switch {
	case haveOurs && haveTheirs && strings.HasSuffix(path, ".json"):
		merged, clashes, err := data.MergeJobFiles(base, ours, theirs)
		if err == nil {
			for _, c := range clashes {
				res.Clashes = append(res.Clashes, path+": "+c.String())
			}
			return write(full, merged)
		}
		id := strings.TrimSuffix(filepath.Base(path), ".json")
		kept := filepath.Join(filepath.Dir(full), data.MergeCopyName(id, r.Now()))
		if err := write(kept, theirs); err != nil {
			return err
		}
		res.Kept = append(res.Kept, kept)
		return write(full, ours)
	case haveOurs:
		return write(full, ours)
	case haveTheirs:
		return write(full, theirs)
	}
	return nil
}
