// Package invite reads calendar invitations: an iCalendar file (RFC 5545)
// or a whole mail message that carries one, as Google Calendar, Outlook and
// Exchange, Teams, Zoom, iCloud and applicant-tracking systems send them.
//
// It turns each event into an Event: when it starts, in its real time
// zone, how long it lasts, the place and the join link, the organizer and
// the attendees, the notes, and what an update or a cancellation needs to
// be matched with the meeting it changes (UID, SEQUENCE, DTSTAMP). Real
// invitations bend the standard; what cannot be known for sure is guessed,
// and each guess is written into Event.Assumed in plain words.
//
// The package reads bytes and nothing else: no disk, no terminal, no
// network. Text is kept as the sender wrote it; Event.Clean returns a copy
// fit to keep and show.
package invite
