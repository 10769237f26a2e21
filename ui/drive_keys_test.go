package ui

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// everyKey is the name of every key any screen of the app binds, from the
// key maps themselves, so a binding added to one is driven at once.
var everyKey = func() []string {
	maps := []any{
		newGlobalKeys(), newListKeys(), newChecklistKeys(), newJobPageKeys(), newConfirmKeys(),
		newFormKeys(), newDraftKeys(), newImportKeys(), newLookBackKeys(), newStoryKeys(),
		newEditorKeys(editNote), newEditorKeys(editAdd), newPicker("", nil, "").keys,
		list.DefaultKeyMap(), textarea.DefaultKeyMap(), textinput.DefaultKeyMap(), huh.NewDefaultKeyMap(),
	}
	seen := map[string]bool{}
	for _, km := range maps {
		collectKeys(reflect.ValueOf(km), seen)
	}
	names := make([]string, 0, len(seen))
	for k := range seen {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}()

var bindingType = reflect.TypeOf(key.Binding{})

func collectKeys(v reflect.Value, seen map[string]bool) {
	switch {
	case v.Kind() == reflect.Pointer && !v.IsNil():
		collectKeys(v.Elem(), seen)
	case v.Type() == bindingType:
		for _, k := range v.Interface().(key.Binding).Keys() {
			seen[k] = true
		}
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() || v.Field(i).Type() == bindingType {
				collectKeys(v.Field(i), seen)
			}
		}
	}
}

// namedCodes maps a key's name, as Bubble Tea prints it, to its code.
var namedCodes = func() map[string]rune {
	codes := map[string]rune{}
	for c := rune(0); c < 0x80; c++ {
		if name := (tea.KeyPressMsg{Code: c}).Keystroke(); utf8.RuneCountInString(name) > 1 {
			codes[name] = c
		}
	}
	for c := tea.KeyExtended + 1; c < tea.KeyExtended+400; c++ {
		if name := (tea.KeyPressMsg{Code: c}).Keystroke(); utf8.RuneCountInString(name) > 1 {
			if _, ok := codes[name]; !ok {
				codes[name] = c
			}
		}
	}
	return codes
}()

var modifiers = map[string]tea.KeyMod{
	"ctrl": tea.ModCtrl, "alt": tea.ModAlt, "shift": tea.ModShift,
	"meta": tea.ModMeta, "hyper": tea.ModHyper, "super": tea.ModSuper,
}

// keyNamed builds the key press a terminal sends for a key named as Bubble
// Tea names it: "ctrl+r", "shift+tab", "pgdown", "K", "?", "space".
func keyNamed(name string) (tea.KeyPressMsg, bool) {
	var mod tea.KeyMod
	rest := name
	for {
		i := strings.Index(rest, "+")
		if i <= 0 || i == len(rest)-1 {
			break
		}
		m, ok := modifiers[rest[:i]]
		if !ok {
			break
		}
		mod |= m
		rest = rest[i+1:]
	}
	if c, ok := namedCodes[rest]; ok {
		k := tea.KeyPressMsg{Code: c, Mod: mod}
		if c == tea.KeySpace && mod == 0 {
			k.Text = " "
		}
		return k, true
	}
	r, size := utf8.DecodeRuneInString(rest)
	if size != len(rest) || r == utf8.RuneError {
		return tea.KeyPressMsg{}, false
	}
	k := tea.KeyPressMsg{Code: r, Mod: mod}
	if mod&^tea.ModShift == 0 {
		k.Text = rest
	}
	return k, true
}

// Every bound key can be pressed by the drive, and comes out as the name
// it was bound by.
func TestEveryKeyCanBePressed(t *testing.T) {
	if len(everyKey) < 40 {
		t.Fatalf("only %d keys found in the key maps: %v", len(everyKey), everyKey)
	}
	for _, name := range everyKey {
		k, ok := keyNamed(name)
		if !ok {
			t.Errorf("%q: no key press for it", name)
			continue
		}
		if k.String() != name {
			t.Errorf("%q: the key press built for it reads %q", name, k.String())
		}
	}
}
