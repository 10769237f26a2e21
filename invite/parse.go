package invite

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
)

// MaxBytes is the largest input Parse reads unless told otherwise: an
// invitation with its mail around it is some kilobytes; five megabytes
// leave room for attachments, and keep a wrong file from being read whole.
const MaxBytes = 5 << 20

// DefaultLength is how long a meeting is taken to last when its
// invitation gives neither an end nor a length.
const DefaultLength = time.Hour

// prepProductID is the PRODID of prep export's calendars (export.ProductID),
// whose descriptions carry the interviewers' names.
const prepProductID = "-//prep-cli//prep//EN"

// Options tune Parse; the zero value is ready to use.
type Options struct {
	// Local is the time zone of times that name none (floating times and
	// all-day dates); time.Local when nil.
	Local *time.Location
	// DefaultLength is the length of a meeting that gives none;
	// the package's DefaultLength when zero.
	DefaultLength time.Duration
	// MaxBytes is the most Parse reads; the package's MaxBytes when zero.
	MaxBytes int64
	// Me are the person's own addresses, which name no company.
	Me []string
}

func (o Options) withDefaults() Options {
	if o.Local == nil {
		o.Local = time.Local
	}
	if o.DefaultLength <= 0 {
		o.DefaultLength = DefaultLength
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = MaxBytes
	}
	return o
}

// Parse reads an invitation: an iCalendar file, or a mail message with a
// calendar part at any depth. It returns every event in it, in order, an
// event sent twice in one mail once; the caller picks one or takes all.
//
// An error wraps ErrTooLarge, ErrNotCalendar, ErrNoEvent, ErrUnknownZone or
// ErrBadTime when the input is at fault, and is the reader's own error
// when reading failed.
func Parse(r io.Reader, opts Options) ([]Event, error) {
	opts = opts.withDefaults()
	data, err := io.ReadAll(io.LimitReader(r, opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read the invitation: %w", err)
	}
	if int64(len(data)) > opts.MaxBytes {
		return nil, fmt.Errorf("%w: over %s", ErrTooLarge, describeBytes(opts.MaxBytes))
	}
	texts := calendarTexts(data)
	if len(texts) == 0 {
		return nil, fmt.Errorf("%w: it holds no iCalendar data (BEGIN:VCALENDAR), as a calendar file or inside a mail", ErrNotCalendar)
	}
	return readEvents(texts, opts)
}

// calendarTexts finds the iCalendar texts in the input: the input itself,
// the calendar parts of a mail, or, failing both, the calendar written
// plainly somewhere inside it.
func calendarTexts(data []byte) []calendarText {
	start := bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n")
	if len(start) >= 6 && bytes.EqualFold(start[:6], []byte("BEGIN:")) || isUTF16(data) {
		return []calendarText{decodeCalendar(data, "")}
	}
	if found := mailCalendars(data); len(found) > 0 {
		return found
	}
	if i := indexFold(data, "BEGIN:VCALENDAR"); i >= 0 {
		return []calendarText{decodeCalendar(data[i:], "")}
	}
	return nil
}

// decodeCalendar makes an iCalendar text of raw bytes in a character set.
// Lines are unfolded first, on bytes, because producers fold between the
// bytes of one character, which no decoder would read.
func decodeCalendar(b []byte, charset string) calendarText {
	text, notes := toUTF8(unfoldBytes(b), charset)
	return calendarText{text: text, notes: notes}
}

// unfoldBytes removes each line break that a space or a tab follows, with
// that space or tab (RFC 5545 3.1).
func unfoldBytes(b []byte) []byte {
	if isUTF16(b) {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '\r' && i+2 < len(b) && b[i+1] == '\n' && (b[i+2] == ' ' || b[i+2] == '\t'):
			i += 2
		case b[i] == '\n' && i+1 < len(b) && (b[i+1] == ' ' || b[i+1] == '\t'):
			i++
		default:
			out = append(out, b[i])
		}
	}
	return out
}

// source is one calendar and what came with it.
type source struct {
	cal  *component
	text calendarText
}

func readEvents(texts []calendarText, opts Options) ([]Event, error) {
	var sources []source
	var cals []*component
	for _, t := range texts {
		for _, root := range readComponents(t.text) {
			switch root.name {
			case "VCALENDAR":
			case "VEVENT": // an event without its calendar around it
				root = &component{name: "VCALENDAR", children: []*component{root}}
			default:
				continue
			}
			cals = append(cals, root)
			sources = append(sources, source{cal: root, text: t})
		}
	}
	if len(cals) == 0 {
		return nil, fmt.Errorf("%w: no calendar (BEGIN:VCALENDAR) in it", ErrNotCalendar)
	}
	z := newZones(opts.Local, cals)
	var events []Event
	seen := map[string]bool{}
	for _, s := range sources {
		method := Method(strings.ToUpper(strings.TrimSpace(s.cal.value("METHOD"))))
		if method == "" {
			method = Method(s.text.method)
		}
		cx := calendarContext{
			method:   method,
			fromPrep: strings.TrimSpace(s.cal.value("PRODID")) == prepProductID,
			zones:    z,
			floating: opts.Local,
			opts:     opts,
		}
		if loc := z.name(strings.TrimSpace(unescapeText(s.cal.value("X-WR-TIMEZONE")))).loc; loc != nil {
			cx.floating = loc
		}
		for _, c := range s.cal.children {
			if c.name != "VEVENT" {
				continue
			}
			e, err := buildEvent(c, cx)
			if err != nil {
				return nil, err
			}
			if key := versionKey(e); !seen[key] {
				seen[key] = true
				e.Assumed = unique(append(e.Assumed, s.text.notes...))
				events = append(events, e)
			}
		}
	}
	if len(events) == 0 {
		return nil, fmt.Errorf("%w: the calendar has no meeting (VEVENT) in it", ErrNoEvent)
	}
	return events, nil
}

// versionKey tells one version of one meeting from every other.
func versionKey(e Event) string {
	return strings.Join([]string{e.UID, e.RecurrenceID.UTC().String(), fmt.Sprint(e.Sequence),
		e.Stamp.UTC().String(), e.Start.UTC().String(), string(e.Method)}, "\x00")
}

func describeBytes(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// indexFold is strings.Index for an ASCII needle in upper case, without
// regard to the case of s.
func indexFold(s []byte, needle string) int {
	upper := bytes.Clone(s)
	for i, c := range upper {
		if c >= 'a' && c <= 'z' {
			upper[i] = c - 'a' + 'A'
		}
	}
	return bytes.Index(upper, []byte(needle))
}
