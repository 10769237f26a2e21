package invite

import (
	"encoding/base64"
	"net/url"
	"strings"

	"github.com/prep-cli/prep/internal/lazyregexp"
)

// maxUnwrap bounds redirects inside redirects.
const maxUnwrap = 5

// webURL parses s as an absolute http or https link.
func webURL(s string) (*url.URL, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 4096 || strings.ContainsAny(s, " \t\r\n\"<>") {
		return nil, false
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, false
	}
	return u, true
}

// unwrapLink takes a link out of the redirects mail providers wrap links
// in: Outlook's safe links, Google's /url, Proofpoint's URL Defense
// (versions 2 and 3) and Barracuda's link protection. A link in none of
// them is returned as it is.
func unwrapLink(s string) string {
	for range maxUnwrap {
		inner, ok := redirectTarget(s)
		if !ok {
			break
		}
		s = inner
	}
	return s
}

func redirectTarget(s string) (string, bool) {
	u, ok := webURL(s)
	if !ok {
		return "", false
	}
	host := strings.ToLower(u.Hostname())
	q := u.Query()
	var inner string
	switch {
	case strings.HasSuffix(host, ".safelinks.protection.outlook.com"),
		strings.HasSuffix(host, ".safelinks.protection.office365.us"):
		inner = q.Get("url")
	case (host == "www.google.com" || host == "google.com") && u.Path == "/url":
		inner = q.Get("q")
		if inner == "" {
			inner = q.Get("url")
		}
	case host == "urldefense.proofpoint.com" && strings.HasPrefix(u.Path, "/v2/url"):
		inner = proofpointV2(q.Get("u"))
	case host == "urldefense.com" && strings.HasPrefix(u.Path, "/v3/__"):
		inner = proofpointV3(s)
	case host == "linkprotect.cudasvc.com" && u.Path == "/url":
		inner = q.Get("a")
	}
	if _, ok := webURL(inner); !ok {
		return "", false
	}
	return inner, true
}

var proofpointHex = lazyregexp.New(`-([0-9A-Fa-f]{2})`)

// proofpointV2 decodes u=https-3A__zoom.us_j_123: "_" stands for "/", and
// "-XX" for the byte XX.
func proofpointV2(u string) string {
	u = strings.ReplaceAll(u, "_", "/")
	return proofpointHex().ReplaceAllStringFunc(u, func(m string) string {
		b, err := url.PathUnescape("%" + m[1:])
		if err != nil {
			return m
		}
		return b
	})
}

// proofpointV3 decodes https://urldefense.com/v3/__LINK__;CHARS!!…: each
// "*" in LINK stands for the next character of CHARS, which is base64.
// Runs ("**" and a length) are rare in meeting links and left undecoded.
func proofpointV3(s string) string {
	_, rest, _ := strings.Cut(s, "/v3/__")
	link, tail, ok := strings.Cut(rest, "__;")
	if !ok {
		return ""
	}
	if !strings.Contains(link, "*") {
		return link
	}
	enc, _, _ := strings.Cut(tail, "!")
	chars, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(enc, "="))
	if err != nil || strings.Contains(link, "**") {
		return ""
	}
	runes := []rune(string(chars))
	var b strings.Builder
	for _, r := range link {
		if r != '*' {
			b.WriteRune(r)
			continue
		}
		if len(runes) == 0 {
			return ""
		}
		b.WriteRune(runes[0])
		runes = runes[1:]
	}
	return b.String()
}

// meetingLink reports whether a link joins a video meeting: Google Meet,
// Zoom, Teams, Webex, and a few others interviews are held on. Only such
// links are taken from a description, which is full of other links (help
// pages, downloads, meeting options).
func meetingLink(s string) bool {
	u, ok := webURL(s)
	if !ok {
		return false
	}
	host, path := strings.ToLower(u.Hostname()), u.Path
	on := func(domain string) bool { return host == domain || strings.HasSuffix(host, "."+domain) }
	switch {
	case host == "meet.google.com":
		return len(strings.Trim(path, "/")) > 0
	case on("zoom.us"), on("zoom.com"), on("zoomgov.com"):
		return hasPathPrefix(path, "/j/", "/w/", "/my/")
	case host == "teams.microsoft.com", on("teams.microsoft.us"), host == "teams.cloud.microsoft":
		return hasPathPrefix(path, "/l/meetup-join/", "/meet/")
	case host == "teams.live.com":
		return hasPathPrefix(path, "/meet/", "/l/meetup-join/")
	case on("webex.com"):
		return hasPathPrefix(path, "/meet/", "/join/", "/wbxmjs/joinservice/") || strings.HasSuffix(path, "/j.php")
	case host == "chime.aws", host == "app.chime.aws":
		return len(strings.Trim(path, "/")) > 0
	case host == "meet.goto.com", host == "global.gotomeeting.com", host == "app.gotomeeting.com":
		return len(strings.Trim(path, "/")) > 0 || u.Query().Get("meetingId") != ""
	case on("bluejeans.com"), host == "whereby.com", host == "meet.jit.si", host == "join.skype.com":
		return len(strings.Trim(path, "/")) > 0
	}
	return false
}

func hasPathPrefix(path string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}
