package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/prep-cli/prep/checklist"
)

// EncodeJob writes a job as the indented JSON of its file, keys in a fixed
// order and text unescaped, so that files diff cleanly and read well.
func EncodeJob(j checklist.Job) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// DecodeJob reads a job file's bytes and checks what the rest of prep relies
// on: a version, an id, a status and sections in a known phase. A file of an
// older version is upgraded first (see migrate.go). A file of a newer
// version is read as well as this build can, and the job keeps that
// version: it may be shown but not saved (see Store.ReadOnly).
func DecodeJob(b []byte) (checklist.Job, error) {
	j, _, err := decodeJobFile(b)
	return j, err
}

// decodeJobFile is DecodeJob that also returns the file's JSON as read,
// after any upgrade, so that a save can keep the fields this build does
// not know (see encodeJobOver).
func decodeJobFile(b []byte) (checklist.Job, []byte, error) {
	var j checklist.Job
	if len(bytes.TrimSpace(b)) == 0 {
		return j, nil, errors.New("the file is empty")
	}
	var head struct {
		Version int `json:"version"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return j, nil, describeJSONError(err)
	}
	switch v := head.Version; {
	case v == 0:
		return j, nil, errors.New(`no "version"`)
	case v < 0:
		return j, nil, fmt.Errorf("version %d is not a job file version", v)
	case v < checklist.FormatVersion:
		up, err := upgrade(b, v)
		if err != nil {
			return j, nil, err
		}
		b = up
	}
	newer := head.Version > checklist.FormatVersion
	err := json.Unmarshal(b, &j)
	if err != nil {
		err = describeJSONError(err)
	} else {
		err = checkJob(j)
	}
	if err != nil && newer {
		err = fmt.Errorf("written by a newer prep (file version %d; this build reads version %d): %w",
			head.Version, checklist.FormatVersion, err)
	}
	if err != nil {
		return j, nil, err
	}
	return j, b, nil
}

// checkJob checks what the rest of prep relies on in a decoded job.
func checkJob(j checklist.Job) error {
	if !checklist.ValidID(j.ID) {
		return fmt.Errorf("id %q is not a valid job id", j.ID)
	}
	if _, err := checklist.ParseStatus(string(j.Status)); err != nil {
		return err
	}
	for _, s := range j.Sections {
		if !s.Phase.Valid() {
			return fmt.Errorf("section %q: unknown phase %q", s.ID, s.Phase)
		}
	}
	// A job that loads must also save: a time this build can read but not
	// write would make every later change fail.
	if _, err := EncodeJob(j); err != nil {
		return fmt.Errorf("cannot be written back: %v", err)
	}
	return nil
}

func describeJSONError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn) && strings.Contains(syn.Error(), "unexpected end"):
		return errors.New("the file ends too early: it may have been cut off")
	case errors.As(err, &syn):
		return fmt.Errorf("not valid JSON at byte %d: %v", syn.Offset, err)
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Errorf("the file holds a JSON %s, not an object", typ.Value)
	case errors.As(err, &typ):
		return fmt.Errorf("field %q holds a JSON %s, want %s", typ.Field, typ.Value, jsonKind(typ.Type))
	}
	return err
}

// jsonKind names what JSON a Go type is read from, for a person editing the
// file by hand rather than for a Go programmer.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return jsonKind(t.Elem())
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	}
	return t.String()
}

// Fields this build does not know.
//
// A job file may hold fields this build does not know: added by a newer
// prep, by a sync tool or by hand. Saving a job keeps them. encodeJobOver
// writes the job as EncodeJob does and then puts back every unknown field
// of the file it replaces, in the object it was in: the job itself, a
// section (found by its id), an item (found by its id, in whatever section
// it is now) or an object held in one of their fields. Objects in a list
// without ids have nothing to find them by, and keep no unknown fields.
// Known keys come first, in
// their usual order, then the unknown ones sorted by name, so the layout
// stays stable from save to save. A key is known when encoding/json would
// read it into a field, which ignores case: "Note" is the item's note, not
// an unknown field.

// encodeJobOver encodes j to replace old, the file's JSON as it was read,
// keeping the fields of old this build does not know. With no such fields
// the result is exactly EncodeJob(j).
func encodeJobOver(j checklist.Job, old []byte) ([]byte, error) {
	plain, err := EncodeJob(j)
	if err != nil || len(old) == 0 {
		return plain, err
	}
	t := reflect.TypeFor[checklist.Job]()
	k := keeper{byID: map[reflect.Type]map[string][]byte{}}
	k.index(old, t)
	merged := k.merge(plain, old, t)
	if k.kept == 0 {
		return plain, nil
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, merged, "", "  "); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// keeper carries unknown fields from an old file into a new encoding.
type keeper struct {
	// byID holds the old file's objects that have an id, by their Go type
	// and id: sections and items, which edits may move or reorder.
	byID map[reflect.Type]map[string][]byte
	// kept counts the unknown fields put back.
	kept int
}

// member is one key and its value in a JSON object, in file order.
type member struct {
	key string
	val json.RawMessage
}

// objectMembers splits a JSON object into its members, in order. It
// reports false for anything that is not an object.
func objectMembers(b []byte) ([]member, bool) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, false
	}
	var ms []member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, false
		}
		key, ok := tok.(string)
		if !ok {
			return nil, false
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, false
		}
		ms = append(ms, member{key, v})
	}
	return ms, true
}

// arrayElems splits a JSON array into its elements.
func arrayElems(b []byte) ([]json.RawMessage, bool) {
	var elems []json.RawMessage
	if err := json.Unmarshal(b, &elems); err != nil || elems == nil {
		return nil, false
	}
	return elems, true
}

// writeObject writes members as a compact JSON object.
func writeObject(ms []member) []byte {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, m := range ms {
		if i > 0 {
			buf.WriteByte(',')
		}
		k, _ := marshalNoEscape(m.key)
		buf.Write(k)
		buf.WriteByte(':')
		buf.Write(m.val)
	}
	buf.WriteByte('}')
	return buf.Bytes()
}

func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// jsonField is a field of a struct as encoding/json sees it.
type jsonField struct {
	name string
	typ  reflect.Type
}

// jsonFields lists the keys a struct type is read from and written to.
func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct && f.Tag.Get("json") == "" {
			out = append(out, jsonFields(f.Type)...)
			continue
		}
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, jsonField{name, f.Type})
	}
	return out
}

func fieldFor(fields []jsonField, key string) (jsonField, bool) {
	for _, f := range fields {
		if f.name == key {
			return f, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f.name, key) {
			return f, true
		}
	}
	return jsonField{}, false
}

// valueFor is the value encoding/json would read into the field named key:
// the last member whose key matches, ignoring case.
func valueFor(ms []member, key string) []byte {
	var v []byte
	for _, m := range ms {
		if strings.EqualFold(m.key, key) {
			v = m.val
		}
	}
	return v
}

func deref(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// hasID reports whether elements of type t are found by their "id".
func hasID(t reflect.Type) bool {
	if t.Kind() != reflect.Struct {
		return false
	}
	_, ok := fieldFor(jsonFields(t), "id")
	return ok
}

func idOf(b []byte) (string, bool) {
	var v struct {
		ID *string `json:"id"`
	}
	if json.Unmarshal(b, &v) != nil || v.ID == nil {
		return "", false
	}
	return *v.ID, true
}

// index records the objects with an id in old, read as type t.
func (k *keeper) index(old []byte, t reflect.Type) {
	t = deref(t)
	switch t.Kind() {
	case reflect.Struct:
		ms, ok := objectMembers(old)
		if !ok {
			return
		}
		for _, f := range jsonFields(t) {
			if v := valueFor(ms, f.name); v != nil {
				k.index(v, f.typ)
			}
		}
	case reflect.Slice, reflect.Array:
		et := deref(t.Elem())
		elems, ok := arrayElems(old)
		if !ok {
			return
		}
		for _, e := range elems {
			if hasID(et) {
				if id, ok := idOf(e); ok {
					if k.byID[et] == nil {
						k.byID[et] = map[string][]byte{}
					}
					if _, dup := k.byID[et][id]; !dup {
						k.byID[et][id] = e
					}
				}
			}
			k.index(e, et)
		}
	}
}

// merge returns cur, the new encoding of a value of type t, with the
// unknown fields of old, the value it replaces, put back.
func (k *keeper) merge(cur, old []byte, t reflect.Type) []byte {
	t = deref(t)
	switch t.Kind() {
	case reflect.Struct:
		ms, ok := objectMembers(cur)
		if !ok {
			return cur
		}
		oldMs, _ := objectMembers(old)
		fields := jsonFields(t)
		out := make([]member, 0, len(ms))
		for _, m := range ms {
			if f, ok := fieldFor(fields, m.key); ok {
				m.val = k.merge(m.val, valueFor(oldMs, m.key), f.typ)
			}
			out = append(out, m)
		}
		unknown := map[string]json.RawMessage{}
		for _, m := range oldMs {
			if _, known := fieldFor(fields, m.key); !known {
				unknown[m.key] = m.val // the last of the same name, as JSON reads it
			}
		}
		keys := make([]string, 0, len(unknown))
		for key := range unknown {
			keys = append(keys, key)
		}
		slices.Sort(keys)
		for _, key := range keys {
			out = append(out, member{key, unknown[key]})
		}
		k.kept += len(keys)
		return writeObject(out)
	case reflect.Slice, reflect.Array:
		et := deref(t.Elem())
		if et.Kind() != reflect.Struct {
			return cur
		}
		elems, ok := arrayElems(cur)
		if !ok {
			return cur
		}
		var buf bytes.Buffer
		buf.WriteByte('[')
		for i, e := range elems {
			if i > 0 {
				buf.WriteByte(',')
			}
			var was []byte
			if id, ok := idOf(e); ok && hasID(et) {
				was = k.byID[et][id]
			}
			buf.Write(k.merge(e, was, et))
		}
		buf.WriteByte(']')
		return buf.Bytes()
	}
	return cur
}
