package invite

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
)

// calendarText is one iCalendar text found in the input, with what the
// mail around it said of it.
type calendarText struct {
	text   string
	method string   // the method parameter of the part's Content-Type
	notes  []string // what was assumed to read it
}

// maxMailDepth bounds parts inside parts: a forwarded invitation inside a
// mixed message inside an alternative one is four deep.
const maxMailDepth = 12

// header is what a mail's and a part's headers have in common.
type header interface{ Get(string) string }

// mailCalendars reads data as a mail message (RFC 5322, MIME) and returns
// every calendar part in it: text/calendar or application/ics, or a part
// named *.ics, at any depth, in a forwarded message too, decoded from its
// transfer encoding and its character set.
func mailCalendars(data []byte) []calendarText {
	if bytes.HasPrefix(data, []byte("From ")) { // an mbox file's separator line
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			data = data[i+1:]
		}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return nil
	}
	body, _ := io.ReadAll(msg.Body)
	var out []calendarText
	walkPart(msg.Header, body, 0, &out)
	return out
}

func walkPart(h header, body []byte, depth int, out *[]calendarText) {
	if depth > maxMailDepth {
		return
	}
	ctype, params := mediaType(h.Get("Content-Type"))
	encoding := strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding")))
	switch {
	case strings.HasPrefix(ctype, "multipart/"):
		if params["boundary"] == "" {
			return
		}
		mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err != nil {
				return
			}
			b, _ := io.ReadAll(p)
			walkPart(p.Header, b, depth+1, out)
		}
	case ctype == "message/rfc822":
		inner, err := mail.ReadMessage(bytes.NewReader(decodeTransfer(body, encoding)))
		if err != nil {
			return
		}
		b, _ := io.ReadAll(inner.Body)
		walkPart(inner.Header, b, depth+1, out)
	case isCalendarPart(ctype, params, h):
		cal := decodeCalendar(decodeTransfer(body, encoding), params["charset"])
		cal.method = strings.ToUpper(strings.TrimSpace(params["method"]))
		*out = append(*out, cal)
	}
}

func isCalendarPart(ctype string, params map[string]string, h header) bool {
	switch ctype {
	case "text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics", "text/ics":
		return true
	}
	name := params["name"]
	if _, dp, err := mime.ParseMediaType(h.Get("Content-Disposition")); err == nil && dp["filename"] != "" {
		name = dp["filename"]
	}
	return strings.HasSuffix(strings.ToLower(strings.TrimSpace(name)), ".ics")
}

// mediaType reads a Content-Type leniently: a type with broken parameters
// still counts, and no header means text/plain.
func mediaType(v string) (string, map[string]string) {
	if strings.TrimSpace(v) == "" {
		return "text/plain", map[string]string{}
	}
	mt, params, err := mime.ParseMediaType(v)
	if mt == "" || err != nil && err != mime.ErrInvalidMediaParameter {
		t, _, _ := strings.Cut(v, ";")
		mt = strings.ToLower(strings.TrimSpace(t))
	}
	if params == nil {
		params = map[string]string{}
	}
	return mt, params
}

// decodeTransfer undoes a Content-Transfer-Encoding. What cannot be
// decoded is kept as far as it could be, since a calendar cut short still
// has its start.
func decodeTransfer(body []byte, encoding string) []byte {
	switch encoding {
	case "base64":
		clean := bytes.Map(func(r rune) rune {
			if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '+' || r == '/' {
				return r
			}
			return -1
		}, body)
		dst := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
		n, _ := base64.RawStdEncoding.Decode(dst, clean[:len(clean)/4*4+rawTail(len(clean))])
		return dst[:n]
	case "quoted-printable":
		b, _ := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(body)))
		return b
	}
	return body
}

// rawTail is how many characters of a last, unpadded base64 group can be
// decoded: one alone cannot.
func rawTail(n int) int {
	if n%4 == 1 {
		return 0
	}
	return n % 4
}
