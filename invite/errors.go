package invite

import "errors"

// The ways an input can fail to be an invitation. Parse wraps one of them
// with the detail, so a caller tells them apart with errors.Is; any other
// error Parse returns came from reading the input.
var (
	// ErrNotCalendar: the input holds no iCalendar data, read as a calendar
	// file or as a mail message.
	ErrNotCalendar = errors.New("not a calendar invitation")
	// ErrNoEvent: a calendar, but without a meeting in it (only to-dos, say).
	ErrNoEvent = errors.New("the calendar holds no event")
	// ErrTooLarge: the input is over Options.MaxBytes.
	ErrTooLarge = errors.New("too large for an invitation")
	// ErrUnknownZone: an event's time zone is neither a name known here nor
	// described by the invitation itself.
	ErrUnknownZone = errors.New("unknown time zone")
	// ErrBadTime: an event's start is missing or cannot be read.
	ErrBadTime = errors.New("unreadable time")
)
