package data

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/internal/atomicfile"
)

// ErrNotFound is returned for a job id with no file.
var ErrNotFound = errors.New("no such job")

// ErrReadOnly is returned by Apply for a job this build reads but will not
// write: see Store.ReadOnly. Trying again will not help.
var ErrReadOnly = errors.New("read-only")

// ErrNewerVersion is matched by the read-only error of a job file written
// by a newer version of prep, which matches ErrReadOnly too.
var ErrNewerVersion = errors.New("written by a newer version of prep")

// readOnlyError is the error of a job this build will not write.
type readOnlyError struct {
	msg   string
	newer bool
}

func (e *readOnlyError) Error() string { return e.msg }

// Is lets errors.Is match ErrReadOnly, and ErrNewerVersion for a file of a
// newer version.
func (e *readOnlyError) Is(target error) bool {
	return target == ErrReadOnly || e.newer && target == ErrNewerVersion
}

const (
	jobsDir  = "jobs"
	trashDir = "trash"
	jobExt   = ".json"
	dirPerm  = 0o700
	filePerm = 0o600
	// maxJobSize is the largest job file read. A job with every note
	// written out is some tens of kilobytes; anything this large is not a
	// job file, and reading it would stall the app.
	maxJobSize = 8 << 20
)

// Store keeps one JSON file per job in <dir>/jobs, and deleted jobs in
// <dir>/trash. Every change is a read-modify-write under a lock on that job,
// so two copies of prep working on one job keep each other's changes, and
// every save replaces the file in one step, so a crash never leaves half a
// file. A job file that is a symbolic link is read through the link, even
// to outside the data directory, but never written (see ReadOnly).
type Store struct {
	dir string
	// writeFile replaces a file atomically; tests swap it to make disks fail.
	writeFile func(path string, data []byte, perm os.FileMode) error
}

// Problem is a job file that could not be read, and why.
type Problem struct {
	Path string
	Err  error
}

func (p Problem) Error() string { return p.Path + ": " + p.Err.Error() }

// Unwrap lets errors.Is see the reason.
func (p Problem) Unwrap() error { return p.Err }

// SaveError is a job file that could not be written, because the disk is
// full or read-only or the folder is gone. The file is as it was before, so
// the same change can be tried again.
type SaveError struct {
	Path string
	Err  error
}

func (e *SaveError) Error() string { return "save " + e.Path + ": " + e.Err.Error() }

// Unwrap lets errors.Is see the reason.
func (e *SaveError) Unwrap() error { return e.Err }

// NewStore returns the store kept in dir. Nothing is created until the
// first job is saved.
func NewStore(dir string) *Store {
	return &Store{dir: dir, writeFile: writeAtomically}
}

// writeAtomically replaces a file so that a crash at any moment leaves
// either the old file or the new one: the new bytes go to a temporary file
// beside it, are flushed to the disk and take the file's name in one
// rename (see atomicfile); then the folder is flushed too, so that the
// rename itself survives a power cut. The temporary file stays in the
// same folder, never the system's temporary folder, so nothing is written
// outside the data directory.
func writeAtomically(path string, data []byte, perm os.FileMode) error {
	if err := atomicfile.Write(path, data, perm, false); err != nil {
		return err
	}
	syncDir(filepath.Dir(path))
	return nil
}

// syncDir flushes a folder's entries to the disk. It is done after the
// change is in place, so a failure is not reported as a failed save: the
// file is there and correct, and trying the same change again would not
// make it any safer. Some file systems and Windows cannot do it at all.
// Tests swap it to see that it is done, and when.
var syncDir = func(dir string) {
	if runtime.GOOS == "windows" {
		return
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}

// Dir is the data directory.
func (s *Store) Dir() string { return s.dir }

// Path is the file of the job with the given id. It refuses ids that could
// name a file outside the jobs folder.
func (s *Store) Path(id string) (string, error) {
	if !checklist.ValidID(id) {
		return "", fmt.Errorf("%q is not a job id: ids are lower-case letters, digits and dashes", id)
	}
	return filepath.Join(s.dir, jobsDir, id+jobExt), nil
}

// Load reads one job. A file that cannot be read as a job gives a Problem
// saying why; the file is left as it is. A job may load and still be
// read-only: see ReadOnly.
func (s *Store) Load(id string) (checklist.Job, error) {
	j, _, err := s.LoadStamped(id)
	return j, err
}

// LoadStamped is Load that also gives the Stamp of the very file read, to
// compare with Stamp later and so notice a change made elsewhere.
func (s *Store) LoadStamped(id string) (checklist.Job, Stamp, error) {
	path, err := s.Path(id)
	if err != nil {
		return checklist.Job{}, Stamp{}, err
	}
	f, err := s.loadFile(path, id)
	return f.job, f.stamp, err
}

// jobFile is a job as read from its file.
type jobFile struct {
	job checklist.Job
	// raw is the file's JSON, after any upgrade to the current version.
	raw   []byte
	stamp Stamp
	// link is where the file points when it is a symbolic link.
	link string
}

func (s *Store) loadFile(path, id string) (jobFile, error) {
	return s.loadFileWith(path, id, nil)
}

// loadFileWith is loadFile reusing sc, if not nil (see scratch); f.raw is
// then sc's buffer, good until sc reads the next file.
func (s *Store) loadFileWith(path, id string, sc *scratch) (jobFile, error) {
	var f jobFile
	var buf []byte
	if sc != nil {
		buf = sc.buf
	}
	b, info, link, err := readFileLimited(path, buf)
	if sc != nil && cap(b) > cap(sc.buf) {
		sc.buf = b[:0]
	}
	if errors.Is(err, fs.ErrNotExist) {
		return f, fmt.Errorf("%w: %s (looked for %s)", ErrNotFound, id, path)
	}
	if err != nil {
		return f, Problem{Path: path, Err: err}
	}
	f.stamp, f.link = Stamp{info}, link
	f.job, f.raw, err = decodeJobFileWith(b, sc)
	if err != nil {
		return f, Problem{Path: path, Err: err}
	}
	if f.job.ID != id {
		return f, Problem{Path: path, Err: fmt.Errorf("its id %q does not match the file name", f.job.ID)}
	}
	return f, nil
}

// readFileLimited reads a job file, refusing what cannot be one: a folder,
// a device or pipe, a link to nothing, anything over maxJobSize. It reads
// through a symbolic link and says where it points. A missing file gives
// an error matching fs.ErrNotExist; every other error is a reason to show
// a person. The file is read into buf when it fits.
func readFileLimited(path string, buf []byte) (b []byte, info os.FileInfo, link string, err error) {
	linfo, err := os.Lstat(path)
	if err != nil {
		return nil, nil, "", err
	}
	info = linfo
	if linfo.Mode()&fs.ModeSymlink != 0 {
		link, _ = os.Readlink(path)
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, nil, link, fmt.Errorf("is a link to %s, which does not exist", link)
		}
		if info, err = os.Stat(path); err != nil {
			return nil, nil, link, describeOSError(err)
		}
	}
	if err := checkJobFileInfo(info); err != nil {
		return nil, nil, link, err
	}
	// Opening a pipe would wait for a writer: only regular files get here.
	f, err := openJob(path)
	if err != nil {
		return nil, nil, link, describeOSError(err)
	}
	defer f.Close()
	// The file may have been replaced since: look at the one opened.
	if info, err = f.Stat(); err != nil {
		return nil, nil, link, describeOSError(err)
	}
	if err := checkJobFileInfo(info); err != nil {
		return nil, nil, link, err
	}
	b, err = readAllSized(f, info.Size(), buf)
	if err != nil {
		return nil, nil, link, describeOSError(err)
	}
	if len(b) > maxJobSize {
		return nil, nil, link, tooLarge(int64(len(b)))
	}
	return b, info, link, nil
}

// readAllSized reads f, whose size was size when it was opened. Job files
// are replaced whole, never written in place, so the file opened is
// complete at that size, and reading stops there without asking for more:
// one read, where os.ReadFile makes two. A file that was smaller than it
// said is read to its end. One that gives no size (size 0) is read to its
// end, or to one byte past maxJobSize. It reads into buf when it fits.
func readAllSized(f *os.File, size int64, buf []byte) ([]byte, error) {
	if size <= 0 || size > maxJobSize {
		return io.ReadAll(io.LimitReader(f, maxJobSize+1))
	}
	b := buf[:0]
	if int64(cap(b)) < size {
		b = make([]byte, size)
	}
	b = b[:size]
	n, err := io.ReadFull(f, b)
	if err == io.ErrUnexpectedEOF {
		err = nil
	}
	return b[:n], err
}

func checkJobFileInfo(info os.FileInfo) error {
	switch {
	case info.IsDir():
		return errors.New("is a folder, not a job file")
	case !info.Mode().IsRegular():
		return fmt.Errorf("is not a regular file (%s)", info.Mode().Type())
	case info.Size() > maxJobSize:
		return tooLarge(info.Size())
	}
	return nil
}

func tooLarge(size int64) error {
	return fmt.Errorf("too large (%s): a job file is at most %s", megabytes(size), megabytes(maxJobSize))
}

// megabytes writes a size as "50 MB" or "8.5 MB".
func megabytes(n int64) string {
	mb := math.Round(float64(n)/(1<<20)*10) / 10
	return strconv.FormatFloat(mb, 'f', -1, 64) + " MB"
}

// describeOSError gives the reason of a failed file operation without the
// operation and path, which the Problem names already.
func describeOSError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Stamp tells one version of a job file from another without reading it:
// every save makes a new file, so a stamp changes with every change,
// whoever made it. The zero Stamp is no file.
type Stamp struct {
	info os.FileInfo
}

// Equal reports whether two stamps are of the same version of a file.
func (a Stamp) Equal(b Stamp) bool {
	if a.info == nil || b.info == nil {
		return a.info == nil && b.info == nil
	}
	return os.SameFile(a.info, b.info) && a.info.ModTime().Equal(b.info.ModTime()) &&
		a.info.Size() == b.info.Size() && a.info.Mode() == b.info.Mode()
}

// Stamp is the stamp of a job's file as it is now; a job with no file
// gives the zero Stamp and an error matching ErrNotFound. It reads no more
// than the file's details, so it is cheap enough to call every second or
// two while a job is shown.
func (s *Store) Stamp(id string) (Stamp, error) {
	path, err := s.Path(id)
	if err != nil {
		return Stamp{}, err
	}
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Stamp{}, fmt.Errorf("%w: %s (looked for %s)", ErrNotFound, id, path)
	}
	if err != nil {
		return Stamp{}, Problem{Path: path, Err: describeOSError(err)}
	}
	return Stamp{info}, nil
}

// ReadOnly says why a job loaded from the store may be shown but not
// changed, or returns nil when it may be changed. Apply refuses such a job
// with the same error, which matches ErrReadOnly. A job is read-only when
//
//   - its file was written by a newer version of prep (the error matches
//     ErrNewerVersion too): this build does not know what the newer one
//     put there, and saving would lose it;
//   - its file is a symbolic link: prep reads through it, but writing
//     would either replace the link with a file or write outside the data
//     directory, and neither is what the person who made the link wants.
//
// It looks at the job's file (one lstat), so call it where disk work is
// done, next to Load.
func (s *Store) ReadOnly(j checklist.Job) error {
	path, err := s.Path(j.ID)
	if err != nil {
		return err
	}
	var link string
	if info, err := os.Lstat(path); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		link, _ = os.Readlink(path)
	}
	return readOnly(path, j, link)
}

func readOnly(path string, j checklist.Job, link string) error {
	switch {
	case j.Version > checklist.FormatVersion:
		return &readOnlyError{newer: true, msg: fmt.Sprintf(
			"%s was written by a newer version of prep (file version %d; this build writes version %d): it can be viewed but not changed until prep is updated",
			path, j.Version, checklist.FormatVersion)}
	case link != "":
		return &readOnlyError{msg: fmt.Sprintf(
			"%s is a link to %s: prep reads linked job files but does not write them; put the file itself in the jobs folder to change it",
			path, link)}
	}
	return nil
}

// List reads every job, soonest interview first. Files that cannot be read
// are returned as problems and left untouched; they never hide the others.
// So are the conflict copies a sync tool left (see ConflictCopy). It is
// Scan and then LoadMany of every id.
func (s *Store) List() ([]checklist.Job, []Problem, error) {
	ids, conflicts, err := s.Scan()
	if err != nil {
		return nil, nil, err
	}
	jobs, problems := s.LoadMany(ids)
	sort.SliceStable(jobs, func(a, b int) bool { return jobs[a].Start().Before(jobs[b].Start()) })
	return jobs, append(problems, conflicts...), nil
}

// IDs lists the ids of the jobs in the jobs folder, as Scan does.
func (s *Store) IDs() ([]string, error) {
	ids, _, err := s.Scan()
	return ids, err
}

// Scan reads the jobs folder, and only the folder, not the files: the ids
// of the jobs, in order, and a Problem for each conflict copy a sync tool
// left there (see ConflictCopy), in the order of their names. Anything
// else that is not a job file is passed over: temporary files, lock
// files, notes a person left there. So a person can be shown how many
// jobs there are, and the jobs loaded a page at a time with LoadMany. A
// missing folder has none.
func (s *Store) Scan() (ids []string, conflicts []Problem, err error) {
	dir := filepath.Join(s.dir, jobsDir)
	// Names alone: the folder also holds a lock file for each job, and
	// os.ReadDir's entries for all of them were a tenth of "prep list".
	names, err := readNames(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read jobs folder: %w", err)
	}
	var copies []*ConflictCopy
	for _, name := range names {
		if id, ok := strings.CutSuffix(name, jobExt); ok && checklist.ValidID(id) {
			ids = append(ids, id)
			continue
		}
		if c, ok := conflictCopy(name); ok {
			copies = append(copies, c)
			conflicts = append(conflicts, Problem{Path: filepath.Join(dir, name), Err: c})
		}
	}
	slices.Sort(ids)
	for _, c := range copies {
		_, c.jobThere = slices.BinarySearch(ids, c.JobID)
	}
	return ids, conflicts, nil
}

// readNames is the names in the folder dir, sorted.
func readNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	slices.Sort(names)
	return names, err
}

// LoadMany reads the jobs with the given ids, in the order given, as List
// does: a file that cannot be read is a Problem, left untouched, and never
// hides the others; an id whose file has gone since IDs (trashed or
// renamed by another copy of prep) is passed over. The files are read and
// decoded on as many cores as Go may use.
func (s *Store) LoadMany(ids []string) ([]checklist.Job, []Problem) {
	var jobs []checklist.Job
	var problems []Problem
	for i, f := range s.loadAll(ids) {
		if f.err != nil {
			if p, ok := s.problem(ids[i], f.err); ok {
				problems = append(problems, p)
			}
			continue
		}
		jobs = append(jobs, f.job)
	}
	return jobs, problems
}

// loaded is a job file as loadAll read it, or why it could not be.
type loaded struct {
	jobFile
	err error
}

// loadAll reads the job files of ids, each into its place in the result,
// on as many cores as Go may use.
func (s *Store) loadAll(ids []string) []loaded {
	results := make([]loaded, len(ids))
	// Each goroutine reads into one buffer of its own, and the jobs it
	// reads share one copy of each text they have in common: a folder of
	// jobs made from one template holds the same texts many times over.
	load := func(i int, sc *scratch) {
		path, err := s.Path(ids[i])
		if err != nil {
			results[i].err = err
			return
		}
		results[i].jobFile, results[i].err = s.loadFileWith(path, ids[i], sc)
		results[i].raw = nil // sc's buffer, soon the next file's
	}
	workers := min(runtime.GOMAXPROCS(0), len(ids)/loadsPerWorker)
	if workers <= 1 {
		sc := newScratch()
		for i := range ids {
			load(i, sc)
		}
		return results
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			sc := newScratch()
			for i := int(next.Add(1) - 1); i < len(ids); i = int(next.Add(1) - 1) {
				load(i, sc)
			}
		})
	}
	wg.Wait()
	return results
}

// problem is what LoadMany makes of the error of reading the job id: a
// Problem to report, or none (false) for a file trashed or renamed by
// another copy of prep since the folder was read.
func (s *Store) problem(id string, err error) (Problem, bool) {
	var p Problem
	switch {
	case errors.Is(err, ErrNotFound):
		return p, false
	case errors.As(err, &p):
		return p, true
	}
	return Problem{Path: filepath.Join(s.dir, jobsDir, id+jobExt), Err: err}, true
}

// loadsPerWorker is the fewest jobs worth starting another goroutine for.
const loadsPerWorker = 8

// Create makes a new job from a template, gives it an id no other job or
// trashed job has, and saves it.
func (s *Store) Create(t checklist.Template, d checklist.Details, now time.Time) (checklist.Job, error) {
	if err := d.Validate(); err != nil {
		return checklist.Job{}, err
	}
	if err := s.ensureDirs(); err != nil {
		return checklist.Job{}, err
	}
	unlock, err := s.lock(".new.lock")
	if err != nil {
		return checklist.Job{}, err
	}
	defer unlock()
	s.ClearTempFiles()
	id := checklist.UniqueID(checklist.JobID(d.Company, d.Role, d.At), s.taken)
	j, err := checklist.NewJob(t, d, id, now)
	if err != nil {
		return j, err
	}
	return j, s.save(j)
}

func (s *Store) taken(id string) bool {
	for _, dir := range []string{jobsDir, trashDir} {
		if _, err := os.Lstat(filepath.Join(s.dir, dir, id+jobExt)); err == nil {
			return true
		}
	}
	return false
}

// Apply makes edits to a job as one change: under the job's lock it reads
// the file afresh, applies each edit in turn and writes the result. If any
// edit fails, nothing is written. It returns the job as saved.
//
// Errors: ErrNotFound for a job with no file (and nothing is created, not
// even a lock file); a Problem for a file that cannot be read, which is
// left as it is; an error matching ErrReadOnly for a job ReadOnly refuses;
// the edit's own error; and *SaveError when the disk would not take the
// change, in which case the file is as it was and the same edits may be
// applied again later.
func (s *Store) Apply(id string, edits ...checklist.Edit) (checklist.Job, error) {
	path, err := s.Path(id)
	if err != nil {
		return checklist.Job{}, err
	}
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return checklist.Job{}, fmt.Errorf("%w: %s (looked for %s)", ErrNotFound, id, path)
	}
	unlock, err := s.lockFor(path, "."+id+".lock")
	if err != nil {
		return checklist.Job{}, err
	}
	defer unlock()
	f, err := s.loadFile(path, id)
	if err != nil {
		return f.job, err
	}
	if err := readOnly(path, f.job, f.link); err != nil {
		return f.job, err
	}
	s.clearTempFiles(id)
	j := f.job
	for _, e := range edits {
		if _, err := e.Apply(&j); err != nil {
			return j, fmt.Errorf("job %s: %w", id, err)
		}
	}
	return j, s.saveOver(j, f.raw)
}

// ClearTempFiles removes the temporary files that copies of prep killed in
// the middle of a save left in the jobs and trash folders, and never one
// that a copy still at work is writing (see atomicfile.Stray), and the
// lock files earlier versions kept beside the job files (see locksDir). Every
// change does it; the app does it as it starts, so that what a killed
// "prep new" left goes even before the next change.
func (s *Store) ClearTempFiles() { s.clearTempFiles("") }

// clearTempFiles is ClearTempFiles for a change under the lock of the job
// locked, if not "": the temporary files earlier versions of prep left for
// that job (".<id>.json<digits>") go too. Their names do not say who made
// them, so they are removed only under the job's lock, when no save of it
// can be under way. It reads each folder once.
func (s *Store) clearTempFiles(locked string) {
	old := "." + locked + jobExt
	for _, folder := range []string{jobsDir, trashDir} {
		dir := filepath.Join(s.dir, folder)
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			name := e.Name()
			_, stray := atomicfile.Stray(name)
			digits, earlier := strings.CutPrefix(name, old)
			earlier = earlier && locked != "" && folder == jobsDir && isDigits(digits)
			if (stray || earlier) && e.Type().IsRegular() {
				_ = os.Remove(filepath.Join(dir, name))
			}
		}
		if folder == jobsDir && locked == "" {
			clearOldLocks(dir, entries)
		}
	}
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

func (s *Store) save(j checklist.Job) error { return s.saveOver(j, nil) }

// saveOver writes a job, keeping the fields this build does not know from
// old, the JSON of the file it replaces.
func (s *Store) saveOver(j checklist.Job, old []byte) error {
	path, err := s.Path(j.ID)
	if err != nil {
		return err
	}
	if j.Version > checklist.FormatVersion {
		return readOnly(path, j, "")
	}
	b, err := encodeJobOver(j, old)
	if err != nil {
		return fmt.Errorf("encode job %s: %w", j.ID, err)
	}
	if err := s.writeFile(path, b, filePerm); err != nil {
		return &SaveError{Path: path, Err: err}
	}
	return nil
}

// Trash moves a job's file to the trash folder. A job already there under
// the same name is kept; the newcomer gets a numbered name. The move never
// replaces a file, even one that took the name a moment ago (see
// moveNoReplace), and both folders are flushed to the disk after it.
func (s *Store) Trash(id string) error {
	path, err := s.Path(id)
	if err != nil {
		return err
	}
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	trash := filepath.Join(s.dir, trashDir)
	if err := s.ensureTrash(); err != nil {
		return err
	}
	unlock, err := s.lockFor(path, "."+id+".lock")
	if err != nil {
		return err
	}
	defer unlock()
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s", ErrNotFound, id) // trashed by another copy meanwhile
	}
	s.clearTempFiles(id)
	// Names taken since they were looked at: another copy of prep
	// trashing a job of a similar id, or a sync tool, got there first.
	lost := map[string]bool{}
	for {
		name := checklist.UniqueID(id, func(n string) bool {
			_, err := os.Lstat(filepath.Join(trash, n+jobExt))
			return lost[n] || err == nil
		})
		dst := filepath.Join(trash, name+jobExt)
		err := moveNoReplace(path, dst)
		if errors.Is(err, fs.ErrExist) {
			lost[name] = true
			continue
		}
		if err != nil {
			return fmt.Errorf("move job %s to trash: %w", id, err)
		}
		// The file's time says when it was trashed (see TrashList); a
		// rename keeps the time of the last save.
		_ = os.Chtimes(dst, time.Time{}, time.Now())
		syncDir(filepath.Join(s.dir, jobsDir))
		syncDir(trash)
		return nil
	}
}

// ensureTrash makes the trash folder, private to the person.
func (s *Store) ensureTrash() error {
	dir := filepath.Join(s.dir, trashDir)
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	if err := os.MkdirAll(dir, dirPerm); err != nil {
		return fmt.Errorf("make trash folder: %w", err)
	}
	syncDir(s.dir)
	return nil
}

// ensureDirs makes the data and jobs folders, private to the person.
func (s *Store) ensureDirs() error {
	dir := filepath.Join(s.dir, jobsDir)
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	if err := os.MkdirAll(dir, dirPerm); err != nil {
		return &SaveError{Path: dir, Err: err}
	}
	syncDir(s.dir)
	syncDir(filepath.Dir(s.dir))
	return nil
}
