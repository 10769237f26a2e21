package export

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"

	"github.com/prep-cli/prep/checklist"
)

// htmlAttacks are the ways text can turn into HTML in some Markdown
// renderer: tags, comments, processing instructions, declarations, CDATA,
// autolinks with a script scheme, links and images, and character
// references that spell a tag.
var htmlAttacks = []string{
	`<img src=x onerror=alert(1)>`,
	`<script>alert(1)</script>`,
	`<a href="javascript:alert(1)">click</a>`,
	`</p><div onclick=alert(1)>`,
	`<svg/onload=alert(1)>`,
	`<!-- hidden -->`,
	`<?php echo 1 ?>`,
	`<!DOCTYPE html>`,
	`<![CDATA[x]]>`,
	`<javascript:alert(1)>`,
	`<http://evil.example/>`,
	`[click](javascript:alert(1))`,
	`![x](x" onerror="alert(1))`,
	`&lt;b&gt; &#60;i&#62; &amp;lt;`,
	"`<code>` **<b>bold</b>** a\\<br>b",
}

// hostileJob puts every attack in every piece of text a job has.
func hostileJob() checklist.Job {
	attack := strings.Join(htmlAttacks, " ")
	j := hardJob()
	j.Company = "Acme " + attack
	j.Role = "Dev " + attack
	j.Rounds[0].Where = "Room " + attack
	j.Rounds[0].Name = "Round " + attack
	j.Rounds[0].Interviewers = checklist.People(htmlAttacks...)
	j.Posting, j.Salary, j.Notes = "Posting "+attack, "Salary "+attack, "Notes "+attack
	j.Contacts = []checklist.Contact{{ID: "c", Name: "Kim " + attack, Role: attack, Email: attack}}
	j.Status = checklist.Rejected
	j.Reason = &checklist.Reason{Code: checklist.OtherReason, Text: attack}
	for _, s := range j.AllSections() {
		s.Title += " " + attack
		for ii := range s.Items {
			it := &s.Items[ii]
			it.Text += " " + attack
			it.Bring = "bring " + attack
			it.Note = strings.Join(htmlAttacks, "\n") + "\n\n" + attack
		}
	}
	return j
}

func markdownOf(t *testing.T, j checklist.Job) string {
	t.Helper()
	var b bytes.Buffer
	if err := Markdown(&b, j, now); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var renderers = []struct {
	name string
	md   goldmark.Markdown
}{
	// WithUnsafe lets raw HTML and any link through, as a careless
	// renderer would: only the escaping stands in the way.
	{"CommonMark", goldmark.New(goldmark.WithRendererOptions(gmhtml.WithUnsafe()))},
	{"GFM", goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))},
}

func renderHTML(t *testing.T, md goldmark.Markdown, src string) string {
	t.Helper()
	var b bytes.Buffer
	if err := md.Convert([]byte(src), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var (
	anyTag = regexp.MustCompile(`<[^>]*>`)
	// ownTag is a tag the export's own layout makes: headings, lists, task
	// boxes, quoted notes, bold labels and links to the web.
	ownTag = regexp.MustCompile(`^<(/?(h[123]|ul|li|p|strong|blockquote|a)|a href="https?://[^"<>]*"|input (checked="" )?disabled="" type="checkbox" ?/?)>$`)
)

// checkOnlyOwnTags fails for any tag, comment or declaration in out that
// the export's layout does not make, and for any link that does not go to
// the web.
func checkOnlyOwnTags(t *testing.T, out string) {
	t.Helper()
	for _, tag := range anyTag.FindAllString(out, -1) {
		if !ownTag.MatchString(tag) {
			t.Errorf("the HTML holds %q, made from the job's text:\n%s", tag, out)
		}
	}
}

// TestMarkdownIsInertInRenderers renders a job whose every text is an HTML
// attack with real renderers that let HTML through, and finds no tag but
// the document's own, and every attack shown as the text it was.
func TestMarkdownIsInertInRenderers(t *testing.T) {
	src := markdownOf(t, hostileJob())
	for _, r := range renderers {
		t.Run(r.name, func(t *testing.T) {
			out := renderHTML(t, r.md, src)
			checkOnlyOwnTags(t, out)
			text := html.UnescapeString(anyTag.ReplaceAllString(out, ""))
			for _, attack := range htmlAttacks {
				if !strings.Contains(text, attack) {
					t.Errorf("the page does not read %q as text:\n%s", attack, text)
				}
			}
		})
	}
}

// Renderers that do not honour a backslash before "<" (Python-Markdown,
// many older ones) make HTML from any "<" they see, and character
// references from any "&": none may come from the job.
func TestMarkdownWritesNoRawHTMLCharacters(t *testing.T) {
	src := markdownOf(t, hostileJob())
	ref := regexp.MustCompile(`&[^;\s]*;?`)
	for i, line := range strings.Split(src, "\n") {
		// The only "<" and ">" the export writes itself: quote marks.
		text := strings.TrimPrefix(strings.TrimPrefix(line, "  >"), " ")
		if strings.ContainsAny(text, "<>") {
			t.Fatalf("line %d holds a raw < or >: %q", i+1, line)
		}
		for _, r := range ref.FindAllString(text, -1) {
			if r != "&lt;" && r != "&gt;" && r != "&amp;" {
				t.Fatalf("line %d holds %q, which is not an escaped character: %q", i+1, r, line)
			}
		}
	}
}

// A place that is a web address becomes a link, and one that only looks
// like one stays text: no other scheme, no quote that would end the
// attribute, nothing that needs quoting.
func TestMarkdownWhereLinks(t *testing.T) {
	tests := []struct {
		name, where string
		href        string // "" when it must stay text
	}{
		{"video call", "https://meet.example.com/abc?x=1&y=2", "https://meet.example.com/abc?x=1&amp;y=2"},
		{"plain http", "http://example.com/room", "http://example.com/room"},
		{"brackets and parens are part of it", "https://x.example/a)](javascript:alert(1))", "https://x.example/a)%5D(javascript:alert(1))"},
		{"references stay text", "https://x.example/&lt;script&gt;", "https://x.example/&amp;lt;script&amp;gt;"},
		{"script scheme", "javascript:alert(1)", ""},
		{"script scheme in capitals", "JavaScript:alert(1)", ""},
		{"data scheme", "data:text/html,<script>alert(1)</script>", ""},
		{"a quote to end the attribute", `https://x.example/"onmouseover="alert(1)`, ""},
		{"a tag inside", "https://x.example/<script>alert(1)</script>", ""},
		{"a space inside", "https://x.example/a b", ""},
		{"a bidi control inside", "https://x.example/\u202eexe.txt", ""},
		{"no host", "https:///path", ""},
		{"an address", "1 Main St & 2nd Ave", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := hardJob()
			j.Rounds[0].Where = tt.where
			src := markdownOf(t, j)
			for _, r := range renderers {
				out := renderHTML(t, r.md, src)
				checkOnlyOwnTags(t, out)
				line := out[strings.Index(out, "<strong>Where:</strong>"):]
				line = line[:strings.Index(line, "</li>")]
				link := regexp.MustCompile(`<a href="([^"]*)"`).FindStringSubmatch(line)
				switch {
				// GFM makes links of bare web addresses itself; only
				// CommonMark shows which links the export wrote.
				case tt.href == "" && link != nil && r.name == "CommonMark":
					t.Errorf("%s: %q became a link to %q", r.name, tt.where, link[1])
				case tt.href != "" && (link == nil || link[1] != tt.href):
					t.Errorf("%s: %q is not a link to %q: %s", r.name, tt.where, tt.href, line)
				}
			}
		})
	}
}
