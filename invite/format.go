package invite

import (
	"strings"

	"github.com/prep-cli/prep/internal/lazyregexp"
)

// Format is how the meeting is held. The values are those of a round's
// format in the job file.
type Format string

// The formats.
const (
	InPerson Format = "in-person"
	Video    Format = "video"
	Phone    Format = "phone"
)

// phoneNumber finds a telephone number: seven digits or more, with the
// spaces, dots, dashes and brackets people write between them.
var phoneNumber = lazyregexp.New(`\+?\(?\d[\d\s().\-/]{5,}\d`)

// Services whose name in the place means a video call even when no link
// could be found.
var videoServices = lazyregexp.New(`(?i)\b(?:zoom|microsoft teams|teams meeting|google meet|webex|hangouts|skype|video call)\b`)

var phoneWords = lazyregexp.New(`(?i)\b(?:phone|call|telephone)\b`)

// phonePlace is a place that says only that it is a call.
var phonePlace = lazyregexp.New(`(?i)^\s*(?:by\s+)?(?:tele)?(?:phone|call|phone call|conference call)\s*$`)

// guessFormat reads how the meeting is held: a join link means a video
// call, a telephone number as the place a phone call, anything else a
// meeting in person. With neither a link nor a place, the summary decides
// between a phone call and in person. It says what it assumed.
func guessFormat(link, location, summary string) (Format, string) {
	switch {
	case link != "":
		return Video, ""
	case isPhonePlace(location):
		return Phone, ""
	case phonePlace().MatchString(location):
		return Phone, "the place says it is a call but gives no number; the format was taken as phone"
	case videoServices().MatchString(location):
		return Video, "the place names a video service but gives no link; the format was taken as video"
	case strings.TrimSpace(location) == "" && phoneWords().MatchString(summary):
		return Phone, "no place or link was given; the summary speaks of a call, so the format was taken as phone"
	case strings.TrimSpace(location) == "":
		return InPerson, "no place or link was given; the format was taken as in person"
	}
	return InPerson, ""
}

// isPhonePlace reports whether a place is a telephone number, alone or
// with a few words around it ("Call Dana: +1 415 555 0100", "tel:+4930…").
func isPhonePlace(location string) bool {
	loc := strings.TrimSpace(location)
	if len(loc) >= 4 && strings.EqualFold(loc[:4], "tel:") {
		loc = loc[4:]
	}
	m := phoneNumber().FindStringIndex(loc)
	if m == nil {
		return false
	}
	digits := 0
	for _, c := range loc[m[0]:m[1]] {
		if c >= '0' && c <= '9' {
			digits++
		}
	}
	if digits < 7 || digits > 15 {
		return false
	}
	rest := loc[:m[0]] + " " + loc[m[1]:]
	return len(strings.Fields(rest)) <= 4 && !strings.Contains(rest, "://")
}
