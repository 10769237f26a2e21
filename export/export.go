// Package export writes a job in forms meant to leave prep: a Markdown
// checklist to print or send to a coach, and an iCalendar file with the
// interview and the tasks after it, for a calendar app. Both are pure: they
// read a job and the current time and write bytes, touching no disk.
//
// Times are shown in the time zone of the "now" they are given, as
// everywhere else in prep.
package export

import (
	"net/url"
	"strings"
	"time"
)

// webLink returns where as a link when it is one: an http or https URL
// with a host and nothing in it that would need quoting, as a video call
// link is.
func webLink(where string) (string, bool) {
	where = strings.TrimSpace(where)
	if where == "" || strings.ContainsFunc(where, func(r rune) bool {
		return r <= ' ' || r == 0x7f || r == '<' || r == '>' || r == '"' || r > 0x7e
	}) {
		return "", false
	}
	u, err := url.Parse(where)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	return where, true
}

// sameYear reports whether t falls in the same calendar year as ref, both
// read in ref's time zone.
func sameYear(t, ref time.Time) bool {
	return t.In(ref.Location()).Year() == ref.Year()
}
