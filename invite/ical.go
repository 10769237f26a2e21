package invite

import (
	"strings"
)

// The iCalendar reader is written here rather than taken from a library:
// invitations from real systems break the standard in small ways (a blank
// line, a stray line, a component never closed, a control character in a
// name), and each of those must cost a note, not the whole file.

// property is one content line: NAME;PARAM=VALUE,...:value.
type property struct {
	name   string              // upper case
	params map[string][]string // names upper case, values as written
	value  string              // raw: text escapes are still in it
}

// param is the first value of the named parameter, or "".
func (p property) param(name string) string {
	if v := p.params[name]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// component is a BEGIN:NAME … END:NAME block.
type component struct {
	name     string
	props    []property
	children []*component
	// skipped counts the lines inside it that were not iCalendar.
	skipped int
	// unclosed is set when the input ended before its END line.
	unclosed bool
}

// prop is the first property of that name.
func (c *component) prop(name string) (property, bool) {
	for _, p := range c.props {
		if p.name == name {
			return p, true
		}
	}
	return property{}, false
}

// value is the raw value of the first property of that name, or "".
func (c *component) value(name string) string {
	p, _ := c.prop(name)
	return p.value
}

// all is every property of that name, in order.
func (c *component) all(name string) []property {
	var out []property
	for _, p := range c.props {
		if p.name == name {
			out = append(out, p)
		}
	}
	return out
}

// maxDepth bounds nesting; real calendars go three deep
// (VCALENDAR > VTIMEZONE > STANDARD, VCALENDAR > VEVENT > VALARM).
const maxDepth = 8

// readComponents reads every top-level component of an iCalendar text.
// Lines before the first BEGIN, lines that are not content lines, blank
// lines and components deeper than maxDepth are skipped; an END without
// its BEGIN is ignored; components still open when the text ends are
// closed and marked.
func readComponents(text string) []*component {
	var roots, stack []*component
	tooDeep := 0 // components open below maxDepth, read past
	for _, line := range unfold(text) {
		p, ok := parseLine(line)
		var top *component
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch {
		case !ok:
			if top != nil {
				top.skipped++
			}
		case tooDeep > 0:
			switch p.name {
			case "BEGIN":
				tooDeep++
			case "END":
				tooDeep--
			}
		case p.name == "BEGIN" && len(stack) == maxDepth:
			top.skipped++
			tooDeep = 1
		case p.name == "BEGIN":
			c := &component{name: strings.ToUpper(strings.TrimSpace(p.value))}
			if top == nil {
				roots = append(roots, c)
			} else {
				top.children = append(top.children, c)
			}
			stack = append(stack, c)
		case p.name == "END":
			name := strings.ToUpper(strings.TrimSpace(p.value))
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].name == name {
					stack = stack[:i]
					break
				}
			}
		case top != nil:
			top.props = append(top.props, p)
		}
	}
	for _, c := range stack {
		c.unclosed = true
	}
	return roots
}

// unfold splits text into logical lines: CRLF, LF or (in a text without
// any LF) CR end a line, and a line that starts with a space or a tab
// continues the one before it. Blank lines are dropped.
func unfold(text string) []string {
	if !strings.Contains(text, "\n") {
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	var lines []string
	var cur strings.Builder
	started := false
	for raw := range strings.SplitSeq(text, "\n") {
		raw = strings.TrimSuffix(raw, "\r")
		if raw == "" {
			continue
		}
		if (raw[0] == ' ' || raw[0] == '\t') && started {
			cur.WriteString(raw[1:])
			continue
		}
		if started {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		cur.WriteString(raw)
		started = true
	}
	if started {
		lines = append(lines, cur.String())
	}
	return lines
}

// parseLine reads NAME *(";" param) ":" value. It reports false for a line
// that is not one.
func parseLine(line string) (property, bool) {
	i := tokenEnd(line, 0)
	if i == 0 {
		return property{}, false
	}
	p := property{name: strings.ToUpper(line[:i])}
	for i < len(line) {
		switch line[i] {
		case ':':
			p.value = line[i+1:]
			return p, true
		case ';':
			var ok bool
			if i, ok = p.readParam(line, i+1); !ok {
				return property{}, false
			}
		default:
			return property{}, false
		}
	}
	return property{}, false
}

// readParam reads NAME=value *("," value) from line at i and returns where
// it stopped: at the ';' or ':' that follows. An unquoted value may hold
// "://", as Exchange writes TZID=tzone://Microsoft/Utc, though the
// standard asks for quotes.
func (p *property) readParam(line string, i int) (int, bool) {
	end := tokenEnd(line, i)
	if end == i || end >= len(line) || line[end] != '=' {
		return i, false
	}
	name := strings.ToUpper(line[i:end])
	i = end + 1
	for {
		var v string
		if i < len(line) && line[i] == '"' {
			q := strings.IndexByte(line[i+1:], '"')
			if q < 0 {
				return i, false
			}
			v, i = line[i+1:i+1+q], i+q+2
		} else {
			j := i
			for j < len(line) && line[j] != ';' && line[j] != ',' &&
				(line[j] != ':' || strings.HasPrefix(line[j:], "://")) {
				j++
			}
			v, i = line[i:j], j
		}
		if p.params == nil {
			p.params = map[string][]string{}
		}
		p.params[name] = append(p.params[name], decodeCaret(v))
		if i >= len(line) || line[i] != ',' {
			return i, i < len(line)
		}
		i++
	}
}

// tokenEnd is where the name that starts at i ends. Names are letters,
// digits and '-' (RFC 5545); '_' is let in because some producers use it.
func tokenEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' {
			i++
			continue
		}
		break
	}
	return i
}

// decodeCaret undoes RFC 6868's escapes in a parameter value: ^n is a line
// break, ^' a double quote, ^^ a caret.
func decodeCaret(s string) string {
	if !strings.Contains(s, "^") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '^' && i+1 < len(s) {
			switch s[i+1] {
			case 'n', 'N':
				b.WriteByte('\n')
				i++
				continue
			case '\'':
				b.WriteByte('"')
				i++
				continue
			case '^':
				b.WriteByte('^')
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// unescapeText undoes TEXT escapes (RFC 5545 3.3.11): \n or \N is a line
// break, \, \; and \\ stand for themselves. A backslash before anything
// else is dropped, as most calendar apps do.
func unescapeText(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
