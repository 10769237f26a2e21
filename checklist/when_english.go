package checklist

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
)

// englishRules are the olebedev/when rules prep reads words with: the
// English ones, then the numeric day/month/year. They are taken from the
// rule packages rather than through the library's ready parser when.EN,
// because the package that holds it also builds its Brazilian Portuguese,
// Dutch and Russian parsers, compiling all their expressions, at every
// start of prep, for a command that reads only English.
var englishRules = slices.Concat(en.All, common.All)

// englishOptions are the library's defaults: the matches of one phrase lie
// at most five characters apart, and are applied in the order of the rules.
var englishOptions = rules.Options{Distance: 5, MatchByOrder: true}

// englishReading is the phrase read out of a text: where it starts, its
// words, and the moment they name.
type englishReading struct {
	Index int
	Text  string
	Time  time.Time
}

// readEnglish reads the first phrase in text that names a time, counted
// from base, as when.EN.Parse does; nil when there is none.
func readEnglish(text string, base time.Time) (*englishReading, error) {
	var found []*rules.Match
	for _, rule := range englishRules {
		if m := rule.Find(text); m != nil {
			found = append(found, m)
		}
	}
	if len(found) == 0 {
		return nil, nil
	}

	// The phrase begins at the leftmost match. Taking the matches by where
	// they start, each that starts near enough to where the one before it
	// ends joins the phrase, which then runs to its end, even when that
	// is short of an end already passed; the first too far off ends it.
	byStart := slices.Clone(found)
	slices.SortStableFunc(byStart, func(a, b *rules.Match) int { return cmp.Compare(a.Left, b.Left) })
	start, end := byStart[0].Left, byStart[0].Right
	beyond := len(text) + 1
	for _, m := range byStart[1:] {
		if m.Left > end+englishOptions.Distance {
			beyond = m.Left
			break
		}
		end = m.Right
	}
	phrase := text[start:end]

	// Every match that starts before the first one left out is in the
	// phrase, and they are applied in the order of their rules.
	ctx := &rules.Context{Text: phrase}
	applied := false
	for _, m := range found {
		if m.Left >= beyond {
			continue
		}
		ok, err := m.Apply(ctx, &englishOptions, base)
		if err != nil {
			return nil, err
		}
		applied = applied || ok
	}
	if !applied {
		return nil, nil
	}
	t, err := ctx.Time(base)
	if err != nil {
		return nil, fmt.Errorf("reading %q: %w", phrase, err)
	}
	return &englishReading{Index: start, Text: phrase, Time: t}, nil
}
