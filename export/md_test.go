package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

func TestMarkdownEscapes(t *testing.T) {
	tests := []struct{ in, text, line string }{
		{"Acme Corp", "Acme Corp", "Acme Corp"},
		{"*Acme* [x]", `\*Acme\* \[x\]`, `\*Acme\* \[x\]`},
		{"snake_case and `code`", "snake\\_case and \\`code\\`", "snake\\_case and \\`code\\`"},
		{"[link](http://evil)", `\[link\](http://evil)`, `\[link\](http://evil)`},
		{"![img](x.png)", `!\[img\](x.png)`, `!\[img\](x.png)`},
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{"a | b ~~c~~", `a \| b \~\~c\~\~`, `a \| b \~\~c\~\~`},
		{"C# Devs #", `C\# Devs \#`, `C\# Devs \#`},
		{`back\slash\`, `back\\slash\\`, `back\\slash\\`},
		{"AT&T &amp; &#42; & co", `AT&amp;T &amp;amp; &amp;\#42; &amp; co`, `AT&amp;T &amp;amp; &amp;\#42; &amp; co`},
		{"  padded  ", "padded", "padded"},
		{"> quoted", "&gt; quoted", "&gt; quoted"},
		{"- item", "- item", `\- item`},
		{"+ item", "+ item", `\+ item`},
		{"---", "---", `\---`},
		{"===", "===", `\===`},
		{"1. first", "1. first", `1\. first`},
		{"2026) year", "2026) year", `2026\) year`},
		{"3 items. ok", "3 items. ok", "3 items. ok"},
		{"# title", `\# title`, `\# title`},
		{"one\ntwo", "one␊two", "one␊two"},
		{"\x1b[31mred", "␛\\[31mred", "␛\\[31mred"},
	}
	for _, tt := range tests {
		if got := mdText(tt.in); got != tt.text {
			t.Errorf("mdText(%q) = %q, want %q", tt.in, got, tt.text)
		}
		if got := mdLine(tt.in); got != tt.line {
			t.Errorf("mdLine(%q) = %q, want %q", tt.in, got, tt.line)
		}
	}
}

// TestMarkdownHostileLayout: whatever a job's text holds, every line of the
// document is one of the kinds Markdown writes, and the text shows escaped.
func TestMarkdownHostileLayout(t *testing.T) {
	j := hardJob()
	j.Company = "*Acme* [x]"
	j.Role = "# Role\n---"
	j.Rounds[0].Where = "<b>Main</b> St | 1"
	j.Rounds[0].Interviewers = checklist.People("[Ann](http://evil)", "Bob"+hostileText)
	j.Rounds[0].Sections[0].Title = "Materials ### (9/9)"
	j.Rounds[0].Sections[1].Items[0].Text = "- [x] fake done"
	j.Rounds[0].Sections[1].Items[0].Note = "# not a heading\n- not a list\n1. not numbered\n> not nested\n---\n    not code\n`x`" + hostileText
	var b bytes.Buffer
	if err := Markdown(&b, j, now); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	kinds := []string{"# ", "- **", "## ", "### ", "- [ ] ", "- [x] ", "  > ", "  >"}
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		ok := false
		for _, k := range kinds {
			ok = ok || strings.HasPrefix(line, k)
		}
		if !ok {
			t.Errorf("line %d is of no known kind: %q", i+1, line)
		}
	}
	for _, want := range []string{
		"# \\*Acme\\* \\[x\\] — \\# Role␊---\n",
		"- **Where:** &lt;b&gt;Main&lt;/b&gt; St \\| 1\n",
		"- **Interviewers:** \\[Ann\\](http://evil), Bob␛\\]0;pwned␇␛\\[31m�2J�\n",
		"### Before: Materials \\#\\#\\# (9/9) (1/2)\n",
		// Inside a list item the text is not at the start of a block.
		"- [ ] - \\[x\\] fake done — due Sat 21 Nov, 10:00 (late)\n",
		"  > \\# not a heading\n  > \\- not a list\n  > 1\\. not numbered\n  > &gt; not nested\n  > \\---\n  > not code\n  > \\`x\\`␛\\]0;pwned",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, bad := range []string{"\x1b", "\x07", "\r", "\u009b", "\u202e"} {
		if strings.Contains(out, bad) {
			t.Errorf("output holds a raw %q", bad)
		}
	}
}

func TestMarkdownDueTimes(t *testing.T) {
	j := hardJob()
	var b bytes.Buffer
	if err := Markdown(&b, j, now); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"- **When:** Fri 20 Nov 2026, 10:00 CET, video call\n",
		"- **Where:** <https://meet.example.com/abc-defg-hij?pwd=0123456789abcdefghijklmnopqrstuvwxyz>\n",
		"- **Bring:** resume copies, pen; notepad\n",
		"- **Status:** interviewed\n",
		"## Round 1 of 1: Interview\n\n",
		"### After: Thank-you notes (3/5)\n\n",
		"- [ ] Thank Ann; then Bob, too — due Sat 21 Nov, 10:00 (late)\n",
		"- [x] Thank HR — due Sat 21 Nov, 10:00\n",
		"- [x] Send a card — due Sun 22 Nov, 10:00 (done 22 h late)\n",
		"- [x] Call them — due Fri 27 Nov, 10:00\n",
		"- [ ] Smile\n",
		"  > Sent at 9:05; cc HR, Dana.\n  > Path C:\\\\notes\\\\acme.txt\n  >\n  > 日本語",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// The outcome section shows only once the job has that outcome.
	if strings.Contains(out, "If the answer is no") {
		t.Errorf("a section for another outcome is shown:\n%s", out)
	}
	// A before-item's due time is shown too; it is in the interview's year.
	// Once the round has begun there is no preparing for it.
	if !strings.Contains(out, "- [ ] Print your resume — due Thu 19 Nov, 18:00 (not needed)\n") {
		t.Errorf("before-item due time missing:\n%s", out)
	}
}

func TestMarkdownYearShownWhenItDiffers(t *testing.T) {
	j := hardJob()
	due := *at(21, 10, 0)
	due = due.AddDate(1, 0, 0)
	j.Rounds[0].Sections[1].Items[0].DueAt = &due
	var b bytes.Buffer
	if err := Markdown(&b, j, now); err != nil {
		t.Fatal(err)
	}
	if want := "— due Sun 21 Nov 2027, 10:00\n"; !strings.Contains(b.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, b.String())
	}
}

func TestMarkdownEmptyJob(t *testing.T) {
	j := checklist.Job{ID: "x", Company: "X", Role: "Y", Status: checklist.Upcoming,
		Rounds: []checklist.Round{{ID: "r1", Name: "Phone screen", Format: checklist.Phone, At: now, State: checklist.Scheduled}}}
	var b bytes.Buffer
	if err := Markdown(&b, j, now.Add(-checklist.SoonWithin)); err != nil {
		t.Fatal(err)
	}
	want := "# X — Y\n\n- **Status:** upcoming\n\n## Round 1 of 1: Phone screen\n\n- **When:** Mon 23 Nov 2026, 09:00 CET, phone call\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
