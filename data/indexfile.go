package data

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"slices"
	"strings"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// The index file (see index.go) is binary: read on every "prep due", it
// must cost less than the process starting. A thousand digests, as JSON,
// are some megabytes, most of it the same texts and keys over and over;
// here each text is written once, in a table at the head of the file, and
// referred to by its number, so a thousand jobs take a few hundred
// kilobytes, decoded in one pass with one allocation for all the texts.
//
// The file is indexHeader, the CRC-32 of the rest, then the rest: the
// table of texts, the entries, and the open items of every entry, most
// urgent first (see indexWriter.openItems). A file with another header, a
// wrong sum or anything out of place is not read at all (errBadIndex),
// and the index is made afresh from the job files.

// indexHeader starts the file and names its version: a change of layout,
// or of what a Digest holds, takes the next number.
const indexHeader = "prep index 6\n"

var errBadIndex = errors.New("not an index this build reads")

// encodeIndex writes the entries, which are in the order of their ids, as
// the index file.
func encodeIndex(entries []indexEntry) []byte {
	w := indexWriter{texts: map[string]uint64{}}
	w.uint(uint64(len(entries)))
	for _, e := range entries {
		w.text(e.id)
		w.uint(uint64(e.file.size))
		w.int(e.file.mtime)
		w.int(e.file.ctime)
		w.uint(e.file.dev)
		w.uint(e.file.ino)
		w.uint(uint64(e.file.mode))
		w.digest(*e.digest)
	}
	w.openItems(entries)
	var table []byte
	table = binary.AppendUvarint(table, uint64(len(w.table)))
	for _, s := range w.table {
		table = binary.AppendUvarint(table, uint64(len(s)))
		table = append(table, s...)
	}
	body := append(table, w.b...)
	out := append([]byte(indexHeader), 0, 0, 0, 0)
	binary.BigEndian.PutUint32(out[len(indexHeader):], crc32.ChecksumIEEE(body))
	return append(out, body...)
}

// decodeIndex reads an index file, or fails with errBadIndex. It holds
// each id once, in order, or it is not an index at all. The digests hold
// their open items only if open is set.
func decodeIndex(b []byte, open bool) (indexed, error) {
	r, read, counts := decodeHead(b)
	if open {
		r.everyOpenItem(read.digests, counts)
		if len(r.b) != 0 {
			r.fail()
		}
	}
	if r.err != nil {
		return indexed{}, errBadIndex
	}
	return read, nil
}

// decodeHead reads an index file up to the open items: the entries and
// their digests, and how many open items each has. The reader it gives
// is where the open items start; its error, if any, is the file's.
func decodeHead(b []byte) (*indexReader, indexed, []int) {
	r := &indexReader{zones: map[int]*time.Location{}}
	rest, ok := bytes.CutPrefix(b, []byte(indexHeader))
	if !ok || len(rest) < 4 || crc32.ChecksumIEEE(rest[4:]) != binary.BigEndian.Uint32(rest) {
		r.fail()
		return r, indexed{}, nil
	}
	r.b = rest[4:]
	r.readTable()
	read := indexed{entries: make([]indexEntry, r.count())}
	read.digests = make([]checklist.Digest, len(read.entries))
	counts := make([]int, len(read.entries))
	for i := range read.entries {
		e := &read.entries[i]
		e.id = r.text()
		if i > 0 && e.id <= read.entries[i-1].id {
			r.fail()
		}
		e.file = fileKey{size: int64(r.uint()), mtime: r.int(), ctime: r.int(), dev: r.uint(), ino: r.uint(), mode: uint32(r.uint())}
		read.digests[i], counts[i] = r.digest()
		e.digest = &read.digests[i]
		if r.err != nil {
			break
		}
	}
	return r, read, counts
}

// everyOpenItem reads the open items of every digest into its Open, in
// the order of its job, from where they are kept, most urgent first. Each
// is in a place of its own in one slice: a thousand jobs have some
// seventeen thousand.
func (r *indexReader) everyOpenItem(digests []checklist.Digest, counts []int) {
	places, total := newItemPlaces(counts)
	if r.count() != total {
		r.fail()
		return
	}
	all := make([]checklist.OpenItem, total)
	var order itemOrder
	for range total {
		it, at, ok := r.placedItem(digests, counts, &order)
		if !ok {
			return
		}
		place, free := places.take(it.Digest, at)
		if !free {
			r.fail()
			return
		}
		all[place] = it.OpenItem
	}
	for i, n := range counts {
		if start := places.starts[i]; n > 0 {
			digests[i].Open = all[start : start+n : start+n]
		}
	}
}

// itemPlaces is where each open item goes among all of them, in the
// order of their digests and of the items in each, and which places are
// taken: an item the index names twice is damage.
type itemPlaces struct {
	starts []int
	taken  []bool
}

// newItemPlaces gives the places of the digests' open items, counts[d] of
// digest d, and how many there are.
func newItemPlaces(counts []int) (itemPlaces, int) {
	p := itemPlaces{starts: make([]int, len(counts))}
	total := 0
	for i, n := range counts {
		p.starts[i], total = total, total+n
	}
	p.taken = make([]bool, total)
	return p, total
}

// take takes the place of the item at place at of digest d, and reports
// where it is and whether it was free.
func (p *itemPlaces) take(d, at int) (int, bool) {
	i := p.starts[d] + at
	free := !p.taken[i]
	p.taken[i] = true
	return i, free
}

// placedItem reads the next open item, and its place among the counts[d]
// items of its digest d. It reports whether it read, and came after the
// one before in order.
func (r *indexReader) placedItem(digests []checklist.Digest, counts []int, order *itemOrder) (it checklist.PlacedItem, at int, ok bool) {
	d, a := r.uint(), r.uint()
	if r.err != nil || d >= uint64(len(counts)) || a >= uint64(counts[d]) {
		r.fail()
		return it, 0, false
	}
	it = checklist.PlacedItem{Digest: int(d), OpenItem: r.openItem(len(digests[d].Job.Rounds))}
	if r.err != nil || !order.next(it.DueAt, int(d), int(a)) {
		r.fail()
		return it, 0, false
	}
	return it, int(a), true
}

// itemOrder checks that open items come as indexWriter.openItems puts
// them: each after the one before, by its due time, then by the place
// of its digest, then by its place in the digest.
type itemOrder struct {
	started   bool
	sec, nsec int64
	d, at     int
}

func (o *itemOrder) next(due time.Time, d, at int) bool {
	sec, nsec := due.Unix(), int64(due.Nanosecond())
	after := !o.started || cmp.Or(cmp.Compare(sec, o.sec), cmp.Compare(nsec, o.nsec), cmp.Compare(d, o.d), cmp.Compare(at, o.at)) > 0
	*o = itemOrder{true, sec, nsec, d, at}
	return after
}

type indexWriter struct {
	b     []byte
	texts map[string]uint64
	table []string
}

func (w *indexWriter) uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }
func (w *indexWriter) int(v int64)   { w.b = binary.AppendVarint(w.b, v) }

func (w *indexWriter) bool(v bool) {
	if v {
		w.uint(1)
	} else {
		w.uint(0)
	}
}

func (w *indexWriter) text(s string) {
	n, ok := w.texts[s]
	if !ok {
		n = uint64(len(w.table))
		w.texts[s] = n
		w.table = append(w.table, s)
	}
	w.uint(n)
}

// time keeps the instant and its offset from UTC, which is what the job
// file's RFC 3339 text holds.
func (w *indexWriter) time(t time.Time) {
	_, offset := t.Zone()
	w.int(t.Unix())
	w.uint(uint64(t.Nanosecond()))
	w.bool(t.Location() == time.UTC)
	w.int(int64(offset))
}

func (w *indexWriter) optTime(t *time.Time) {
	w.bool(t != nil)
	if t != nil {
		w.time(*t)
	}
}

func (w *indexWriter) digest(d checklist.Digest) {
	j := d.Job
	w.int(int64(j.Version))
	w.text(j.ID)
	w.text(j.Company)
	w.text(j.Role)
	w.text(string(j.Status))
	w.optTime(j.StatusAt)
	w.bool(j.Reason != nil)
	if j.Reason != nil {
		w.text(string(j.Reason.Code))
		w.text(j.Reason.Text)
	}
	w.time(j.CreatedAt)
	w.uint(uint64(len(j.Rounds)))
	for _, r := range j.Rounds {
		w.text(r.ID)
		w.text(r.Name)
		w.text(string(r.Format))
		w.time(r.At)
		w.int(int64(r.Minutes))
		w.text(r.Where)
		w.text(r.Link)
		w.text(string(r.State))
	}
	w.int(int64(d.Progress.Done))
	w.int(int64(d.Progress.Total))
	for _, l := range d.Before {
		w.uint(uint64(l.Items))
		w.text(l.First)
	}
	w.uint(uint64(len(d.Open)))
}

// openItems writes the open items of every entry after the entries, most
// urgent first (see mostUrgentFirst), each with its entry's place and its
// own. "prep due" so reads only the items due by the end of its window,
// and sorts none of them; "prep list" shows no task, and reads none.
func (w *indexWriter) openItems(entries []indexEntry) {
	all := mostUrgentFirst(entries)
	w.uint(uint64(len(all)))
	for _, p := range all {
		o := p.item
		w.uint(uint64(p.entry))
		w.uint(uint64(p.at))
		w.int(int64(o.Round))
		w.text(string(o.Phase))
		w.text(o.ID)
		w.text(o.Text)
		w.time(o.DueAt)
	}
}

// placedOpen is an open item of an entry, the entry's place, and the
// item's place among the entry's.
type placedOpen struct {
	entry, at int
	item      *checklist.OpenItem
}

// mostUrgentFirst is the open items of the entries in the order the index
// keeps them, which is the order checklist.OrderedDue takes them in: by
// due time, then by the place of the entry, the order of the ids, then by
// the place of the item in its digest.
func mostUrgentFirst(entries []indexEntry) []placedOpen {
	var all []placedOpen
	for i, e := range entries {
		for at := range e.digest.Open {
			all = append(all, placedOpen{i, at, &e.digest.Open[at]})
		}
	}
	slices.SortFunc(all, func(a, b placedOpen) int {
		return cmp.Or(a.item.DueAt.Compare(b.item.DueAt), cmp.Compare(a.entry, b.entry), cmp.Compare(a.at, b.at))
	})
	return all
}

// indexReader reads what indexWriter wrote. Its first error stops it: every
// later read gives zero values, and err says the file is not to be used.
type indexReader struct {
	b     []byte
	table []string
	zones map[int]*time.Location
	err   error
}

func (r *indexReader) fail() {
	r.err, r.b = errBadIndex, nil
}

func (r *indexReader) uint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *indexReader) int() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *indexReader) bool() bool { return r.uint() != 0 }

// count reads a length, which cannot be more than the bytes left: each
// thing counted takes at least one.
func (r *indexReader) count() int {
	n := r.uint()
	if n > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *indexReader) bytes() []byte {
	n := r.count()
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

// readTable reads the table of texts into one string, which every text
// of the index is a part of. The texts are measured before they are
// copied, so that the string is made once at its size: memory a reader
// takes and drops is what the app holds at its peak, while it loads.
func (r *indexReader) readTable() {
	n := r.count()
	texts := make([][]byte, n)
	size := 0
	for i := range texts {
		texts[i] = r.bytes()
		size += len(texts[i])
	}
	var all strings.Builder
	all.Grow(size)
	for _, t := range texts {
		all.Write(t)
	}
	s := all.String()
	r.table = make([]string, n)
	start := 0
	for i, t := range texts {
		end := start + len(t)
		r.table[i], start = s[start:end], end
	}
}

func (r *indexReader) text() string {
	n := r.uint()
	if n >= uint64(len(r.table)) {
		r.fail()
		return ""
	}
	return r.table[n]
}

// time reads a time back as the job file's text reads (time.Parse): in
// UTC, in the local time zone when that has the offset then, or else at a
// fixed offset, one shared by every time this reader reads that has it.
func (r *indexReader) time() time.Time {
	t := time.Unix(r.int(), int64(r.uint()))
	utc, offset := r.bool(), int(r.int())
	if _, local := t.Zone(); utc || local == offset {
		if utc {
			return t.UTC()
		}
		return t
	}
	zone, ok := r.zones[offset]
	if !ok {
		zone = time.FixedZone("", offset)
		r.zones[offset] = zone
	}
	return t.In(zone)
}

func (r *indexReader) optTime() *time.Time {
	if !r.bool() {
		return nil
	}
	t := r.time()
	return &t
}

// digest reads a digest but for its open items, and gives how many it has
// (see indexWriter.openItems).
func (r *indexReader) digest() (checklist.Digest, int) {
	var d checklist.Digest
	j := &d.Job
	j.Version = int(r.int())
	j.ID, j.Company, j.Role = r.text(), r.text(), r.text()
	j.Status = checklist.Status(r.text())
	j.StatusAt = r.optTime()
	if r.bool() {
		j.Reason = &checklist.Reason{Code: checklist.ReasonCode(r.text()), Text: r.text()}
	}
	j.CreatedAt = r.time()
	if n := r.count(); n > 0 {
		j.Rounds = make([]checklist.Round, n)
	}
	for i := range j.Rounds {
		rd := &j.Rounds[i]
		rd.ID, rd.Name, rd.Format = r.text(), r.text(), checklist.Format(r.text())
		rd.At = r.time()
		rd.Minutes = int(r.int())
		rd.Where, rd.Link, rd.State = r.text(), r.text(), checklist.RoundState(r.text())
	}
	d.Progress = checklist.Progress{Done: int(r.int()), Total: int(r.int())}
	if len(j.Rounds) > 0 {
		d.Before = make([]checklist.Left, len(j.Rounds))
	}
	for i := range d.Before {
		d.Before[i] = checklist.Left{Items: int(r.uint()), First: r.text()}
	}
	return d, r.count()
}

// openItem reads an open item of a digest whose job has the given number
// of rounds.
func (r *indexReader) openItem(rounds int) checklist.OpenItem {
	var o checklist.OpenItem
	o.Round = int(r.int())
	if o.Round < -1 || o.Round >= rounds {
		r.fail()
	}
	o.Phase, o.ID, o.Text = checklist.Phase(r.text()), r.text(), r.text()
	o.DueAt = r.time()
	return o
}
