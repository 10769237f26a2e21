package invite

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/prep-cli/prep/internal/lazyregexp"
)

// htmlMarkup spots a description written in HTML, as Google Calendar
// writes DESCRIPTION and Outlook writes X-ALT-DESC.
var htmlMarkup = lazyregexp.New(`(?i)</?(?:br|p|div|a|b|i|u|span|html|body|ul|ol|li|table|tr|td|strong|em|font|h[1-6])\b[^<>]*>`)

func looksLikeHTML(s string) bool { return htmlMarkup().MatchString(s) }

// Elements whose content is not text to read.
var hiddenElements = map[string]bool{"head": true, "script": true, "style": true, "title": true, "xml": true, "template": true}

// Elements that start a line.
var blockElements = map[string]bool{
	"p": true, "div": true, "tr": true, "table": true, "ul": true, "ol": true, "li": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "pre": true, "hr": true, "section": true, "article": true,
}

// htmlText turns HTML into plain text, and lists the targets of its links
// in order. Markup is dropped, entities decoded, white space folded as a
// browser folds it, and line breaks kept where blocks and <br> put them.
func htmlText(s string) (string, []string) {
	var b strings.Builder
	var links []string
	hidden := 0
	// A block starts a line, but does not add a blank one: Outlook writes
	// each line as a paragraph, and a blank line as an empty one.
	newLine := func() {
		if str := b.String(); str != "" && !strings.HasSuffix(str, "\n") {
			b.WriteByte('\n')
		}
	}
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return tidyLines(b.String()), links
		case html.TextToken:
			if hidden == 0 {
				b.WriteString(foldSpace(string(z.Text())))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			switch {
			case hiddenElements[tag]:
				if tt == html.StartTagToken {
					hidden++
				}
			case tag == "br":
				b.WriteByte('\n')
			case tag == "li":
				newLine()
				b.WriteString("- ")
			case tag == "td" || tag == "th":
				b.WriteByte(' ')
			case blockElements[tag]:
				newLine()
			case tag == "a" && hasAttr:
				if href := attr(z, "href"); href != "" {
					links = append(links, strings.TrimSpace(href))
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch {
			case hiddenElements[string(name)]:
				if hidden > 0 {
					hidden--
				}
			case blockElements[string(name)]:
				newLine()
			}
		}
	}
}

func attr(z *html.Tokenizer, want string) string {
	for {
		key, val, more := z.TagAttr()
		if string(key) == want {
			return string(val)
		}
		if !more {
			return ""
		}
	}
}

// foldSpace turns each run of white space into one space, as HTML does.
func foldSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inSpace := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == '\f' || r == '\u00a0' {
			if !inSpace {
				b.WriteByte(' ')
			}
			inSpace = true
			continue
		}
		inSpace = false
		b.WriteRune(r)
	}
	return b.String()
}

// tidyLines trims every line, keeps at most one blank line in a row and
// trims the whole.
func tidyLines(s string) string {
	var out []string
	blank := false
	for line := range strings.SplitSeq(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(strings.ReplaceAll(line, "\u00a0", " "))
		if line == "" {
			if !blank && len(out) > 0 {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, line)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// The join details that Google Calendar and Teams add to a description,
// between fixed rules: the link is read from them, and the notes are
// clearer without them.
var (
	googleRule = lazyregexp.New(`^-::~[:~]*::-$`)
	teamsRule  = lazyregexp.New(`^_{20,}$`)
)

// withoutJoinDetails drops those blocks from a plain-text description.
func withoutJoinDetails(s string) string {
	lines := strings.Split(s, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if googleRule().MatchString(line) || teamsRule().MatchString(line) && teamsBlockAhead(lines[i+1:]) {
			rule := googleRule
			if !googleRule().MatchString(line) {
				rule = teamsRule
			}
			j := i + 1
			for j < len(lines) && !rule().MatchString(strings.TrimSpace(lines[j])) {
				j++
			}
			i = j
			continue
		}
		out = append(out, lines[i])
	}
	return tidyLines(strings.Join(out, "\n"))
}

// teamsBlockAhead reports whether the lines after a rule of underscores
// are Teams' join details, not a rule the sender drew.
func teamsBlockAhead(lines []string) bool {
	for i, line := range lines {
		if i == 4 {
			break
		}
		if strings.Contains(line, "Microsoft Teams") {
			return true
		}
	}
	return false
}

// plainURL finds web links in plain text.
var plainURL = lazyregexp.New(`(?i)\bhttps?://[^\s<>"'\x60{}|\\^\[\]]+`)

// urlsIn lists the web links written in plain text, without the
// punctuation that ends the sentence around them.
func urlsIn(s string) []string {
	var out []string
	for _, u := range plainURL().FindAllString(s, -1) {
		u = strings.TrimRight(u, ".,;:!?*")
		for strings.HasSuffix(u, ")") && strings.Count(u, "(") < strings.Count(u, ")") {
			u = strings.TrimSuffix(u, ")")
		}
		out = append(out, u)
	}
	return out
}
