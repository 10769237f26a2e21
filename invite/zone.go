package invite

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // IANA zones on any machine, Windows included, and in tests

	"github.com/prep-cli/prep/internal/lazyregexp"
)

// zones places the wall times of one input in time: by the TZID's name
// (IANA, Windows, an old Outlook display name, an offset) and by the
// invitation's own VTIMEZONE rules.
type zones struct {
	local     *time.Location
	rules     map[string]tzRules   // VTIMEZONE rules by TZID
	rulesFold map[string]tzRules   // the same by TZID in lower case
	names     map[string]namedZone // a cache of nameZone
}

// namedZone is where a TZID's name leads: a zone, and a note when the
// name was matched loosely.
type namedZone struct {
	loc  *time.Location
	note string
}

func newZones(local *time.Location, cals []*component) *zones {
	z := &zones{local: local, rules: map[string]tzRules{}, rulesFold: map[string]tzRules{}, names: map[string]namedZone{}}
	for _, cal := range cals {
		for _, c := range cal.children {
			if c.name != "VTIMEZONE" {
				continue
			}
			id := strings.TrimSpace(c.value("TZID"))
			if _, seen := z.rules[id]; id == "" || seen {
				continue
			}
			rules := readRules(c)
			z.rules[id] = rules
			if _, seen := z.rulesFold[strings.ToLower(id)]; !seen {
				z.rulesFold[strings.ToLower(id)] = rules
			}
		}
	}
	return z
}

// place gives the moment a DATE-TIME value names, with what was assumed
// to get there. A time without a zone is read in floating.
func (z *zones) place(w wallTime, tzid string, floating *time.Location) (time.Time, []string, error) {
	tzid = strings.TrimSpace(tzid)
	switch {
	case w.utc && tzid != "":
		return w.in(time.UTC), []string{fmt.Sprintf(
			"a time was written both in the zone %q and as UTC; it was read as UTC", tzid)}, nil
	case w.utc:
		return w.in(time.UTC), nil, nil
	case tzid == "" && floating != z.local:
		t, notes := inZone(w, floating)
		return t, append(notes, fmt.Sprintf(
			"a time came without a time zone; it was read in the calendar's (%s)", floating)), nil
	case tzid == "":
		t, notes := inZone(w, z.local)
		return t, append(notes, fmt.Sprintf(
			"a time came without a time zone; it was read as local time (%s)", z.local)), nil
	}
	named := z.name(tzid)
	if rules, ok := z.rulesFor(tzid); ok {
		if off, ok := rules.offset(w); ok {
			// The moment is the rules'; it is shown in the named zone when
			// that zone's clock reads the same then, as it does unless the
			// rules are out of date.
			at := w.naive().Add(-time.Duration(off) * time.Second)
			if named.loc != nil && sameWall(at.In(named.loc), w) {
				return at.In(named.loc), nil, nil
			}
			t := at.In(time.FixedZone(formatOffset(off), off))
			if named.loc == nil {
				return t, nil, nil
			}
			return t, []string{fmt.Sprintf(
				"the invitation's own rules for the time zone %q give another offset than %s on that day; its own rules were followed",
				tzid, named.loc)}, nil
		}
	}
	if named.loc == nil {
		return time.Time{}, nil, fmt.Errorf("%w %q: neither a zone name known here nor described in the invitation", ErrUnknownZone, tzid)
	}
	t, notes := inZone(w, named.loc)
	if named.note != "" {
		notes = append(notes, named.note)
	}
	return t, notes, nil
}

// rulesFor is the VTIMEZONE for tzid, matched exactly, else ignoring case.
func (z *zones) rulesFor(tzid string) (tzRules, bool) {
	if rules, ok := z.rules[tzid]; ok {
		return rules, true
	}
	rules, ok := z.rulesFold[strings.ToLower(tzid)]
	return rules, ok
}

// inZone places w in loc and says so when the clock skips w there.
func inZone(w wallTime, loc *time.Location) (time.Time, []string) {
	t := w.in(loc)
	if sameWall(t, w) {
		return t, nil
	}
	return t, []string{fmt.Sprintf("%s does not exist in %s, where the clocks change then; it was read as %s",
		w.naive().Format("2006-01-02 15:04"), loc, t.Format("15:04"))}
}

func sameWall(t time.Time, w wallTime) bool {
	got := wallOf(t)
	return got.year == w.year && got.month == w.month && got.day == w.day &&
		got.hour == w.hour && got.min == w.min && got.sec == w.sec
}

func (z *zones) name(tzid string) namedZone {
	if nz, ok := z.names[tzid]; ok {
		return nz
	}
	nz := nameZone(tzid)
	z.names[tzid] = nz
	return nz
}

// nameZone finds the zone a TZID names, trying in turn: UTC, an IANA
// name (also behind a prefix such as /mozilla.org/20070129_1/), a Windows
// name, an old Outlook display name, and a bare offset.
func nameZone(tzid string) namedZone {
	id := strings.TrimSpace(tzid)
	id = strings.TrimPrefix(id, "tzone://Microsoft/") // Exchange's own names
	switch strings.ToUpper(id) {
	case "UTC", "GMT", "Z", "ETC/UTC", "ETC/GMT", "COORDINATED UNIVERSAL TIME":
		return namedZone{loc: time.UTC}
	}
	if loc := ianaZone(id); loc != nil {
		return namedZone{loc: loc}
	}
	if iana, ok := zoneTables().windowsByID[strings.ToLower(id)]; ok {
		return tableZone(iana)
	}
	if nz, ok := outlookZone(id); ok {
		return nz
	}
	if off, ok := offsetName(id); ok {
		return namedZone{loc: time.FixedZone(formatOffset(off), off), note: fmt.Sprintf(
			"the time zone %q gives only an offset; it was read as %s all year, without clock changes",
			tzid, formatOffset(off))}
	}
	return namedZone{}
}

// ianaZone loads an IANA zone by name, or by the end of a longer path.
// Names that no IANA zone could have (Windows names have spaces) are not
// looked up: each lookup reads the zone database.
func ianaZone(id string) *time.Location {
	if id == "" || id == "Local" || len(id) > 100 || strings.ContainsFunc(id, notInZoneName) {
		return nil
	}
	// The zone is the end of the path: Area/City, or Area/Region/City.
	parts := strings.Split(strings.Trim(id, "/"), "/")
	for i := max(0, len(parts)-3); i < len(parts); i++ {
		name := strings.Join(parts[i:], "/")
		if name == "" || name == "Local" {
			continue
		}
		if loc, err := time.LoadLocation(name); err == nil {
			return loc
		}
	}
	return nil
}

// tableZone loads a zone the Windows table names; all are in the
// embedded tzdata, which TestWindowsZonesLoad checks.
func tableZone(name string) namedZone {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return namedZone{}
	}
	return namedZone{loc: loc}
}

// zoneTables are the Windows table by zone id and Outlook's display names
// by their offset, made on first use: most runs of prep read no
// invitation.
var zoneTables = sync.OnceValue(makeZoneTables)

type tables struct {
	windowsByID map[string]string
	// outlookNames lists the display names by their offset.
	outlookNames map[int][]outlookName
}

type outlookName struct {
	text   string          // normalized
	cities map[string]bool // normalized
	iana   string
}

func makeZoneTables() tables {
	t := tables{windowsByID: map[string]string{}, outlookNames: map[int][]outlookName{}}
	for _, z := range windowsZones {
		if z.id != "" {
			t.windowsByID[strings.ToLower(z.id)] = z.iana
		}
		if off, rest, ok := splitDisplay(z.display); ok {
			t.outlookNames[off] = append(t.outlookNames[off], outlookName{text: normalizeName(rest), cities: cities(rest), iana: z.iana})
		}
	}
	return t
}

// displayName matches "(UTC+01:00) Amsterdam, …", "(GMT-05.00) Eastern
// Time (US & Canada)" and "(GMT) Greenwich Mean Time : Dublin, …".
var displayName = lazyregexp.New(`^\(\s*(?:GMT|UTC)\s*(?:([+-])\s*(\d{1,2})(?:[.:](\d{2}))?)?\s*\)\s*(.*)$`)

func splitDisplay(s string) (off int, rest string, ok bool) {
	m := displayName().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, "", false
	}
	if m[2] != "" {
		h, _ := strconv.Atoi(m[2])
		min, _ := strconv.Atoi(m[3])
		if h > 14 || min > 59 {
			return 0, "", false
		}
		off = h*3600 + min*60
		if m[1] == "-" {
			off = -off
		}
	}
	return off, m[4], true
}

// outlookZone reads an old Outlook TZID, a display name: the same text as
// a Windows zone's, else a city it shares with one of the same offset,
// else the offset alone.
func outlookZone(id string) (namedZone, bool) {
	off, rest, ok := splitDisplay(id)
	if !ok {
		return namedZone{}, false
	}
	text, want := normalizeName(rest), cities(rest)
	names := zoneTables().outlookNames[off]
	var best *outlookName
	bestShared := 0
	for i, n := range names {
		if n.text == text {
			return tableZone(n.iana), true
		}
		shared := 0
		for c := range want {
			if n.cities[c] {
				shared++
			}
		}
		if shared > bestShared {
			best, bestShared = &names[i], shared
		}
	}
	if best != nil {
		nz := tableZone(best.iana)
		nz.note = fmt.Sprintf("the time zone %q was read as %s, which shares a city with it", id, best.iana)
		return nz, true
	}
	return namedZone{loc: time.FixedZone(formatOffset(off), off), note: fmt.Sprintf(
		"the time zone %q is not one known here; it was read as %s all year, without clock changes",
		id, formatOffset(off))}, true
}

func normalizeName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

func cities(s string) map[string]bool {
	out := map[string]bool{}
	for c := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ',' || r == ';' || r == ':' }) {
		if c = normalizeName(c); c != "" {
			out[c] = true
		}
	}
	return out
}

// offsetPattern matches a zone named only by its offset: UTC+1, GMT-05:00,
// UTC+0530.
var offsetPattern = lazyregexp.New(`^(?i:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$`)

func offsetName(id string) (int, bool) {
	m := offsetPattern().FindStringSubmatch(strings.TrimSpace(id))
	if m == nil {
		return 0, false
	}
	h, _ := strconv.Atoi(m[2])
	min, _ := strconv.Atoi(m[3])
	if h > 14 || min > 59 {
		return 0, false
	}
	off := h*3600 + min*60
	if m[1] == "-" {
		off = -off
	}
	return off, true
}

func notInZoneName(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
		r == '/' || r == '_' || r == '-' || r == '+' || r == '.')
}
