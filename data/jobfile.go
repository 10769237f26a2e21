package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// EncodeJob writes a job as the indented JSON of its file, keys in a fixed
// order and text unescaped, so that files diff cleanly and read well.
func EncodeJob(j checklist.Job) ([]byte, error) { return encodeFile(j) }

// encodeFile is the JSON of a file prep writes: indented by two spaces,
// text unescaped, ending in a newline.
func encodeFile(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
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
//
// Almost every file is one this build wrote, and decodeCurrent reads such
// a file in one pass. Anything else (an old or newer version, a mistake, a
// time that could not be written back) goes the long way, which gives
// the same job for every file the short way reads, and says what is wrong
// with the others.
func decodeJobFile(b []byte) (checklist.Job, []byte, error) {
	return decodeJobFileWith(b, nil)
}

// decodeJobFileWith is decodeJobFile reusing sc, if not nil, on the short
// way (see scratch).
func decodeJobFileWith(b []byte, sc *scratch) (checklist.Job, []byte, error) {
	if j, ok := decodeCurrent(b, sc); ok {
		return j, b, nil
	}
	return decodeJobFileSlow(b)
}

// decodeJobFileSlow is decodeJobFile for any file, with every step.
func decodeJobFileSlow(b []byte) (checklist.Job, []byte, error) {
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
	switch {
	case err != nil:
		err = describeJSONError(err)
	default:
		err = checkNulls(b)
		if err == nil {
			err = checkJob(j)
		}
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
	if err := checkFields(j); err != nil {
		return err
	}
	// A job that loads must also save: a time this build can read but not
	// write would make every later change fail.
	if _, err := EncodeJob(j); err != nil {
		return fmt.Errorf("cannot be written back: %v", err)
	}
	return nil
}

// checkFields checks the id, the status, the rounds' formats and states,
// the phases, and the ids of the rounds, sections and items (see
// checkIDs).
func checkFields(j checklist.Job) error {
	if !checklist.ValidID(j.ID) {
		return fmt.Errorf("id %q is not a valid job id", j.ID)
	}
	if _, err := checklist.ParseStatus(string(j.Status)); err != nil {
		return err
	}
	if err := checkIDs(j); err != nil {
		return err
	}
	for _, r := range j.Rounds {
		if _, err := checklist.ParseFormat(string(r.Format)); err != nil {
			return fmt.Errorf("round %q: %w", r.ID, err)
		}
		if _, err := checklist.ParseRoundState(string(r.State)); err != nil {
			return fmt.Errorf("round %q: %w", r.ID, err)
		}
	}
	for _, s := range j.AllSections() {
		if !s.Phase.Valid() {
			return fmt.Errorf("section %q: unknown phase %q", s.ID, s.Phase)
		}
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
	k := keeper{byID: map[reflect.Type]map[string]map[string]json.RawMessage{}}
	if !k.index(old, t) {
		return plain, nil // the usual case, and the fast one
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(old, &m); err != nil {
		return plain, nil
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, k.merge(plain, m, t), "", "  "); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// keeper carries unknown fields from an old file into a new encoding.
type keeper struct {
	// byID holds the old file's objects that have an id, by their Go type
	// and id: sections and items, which edits may move or reorder.
	byID map[reflect.Type]map[string]map[string]json.RawMessage
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

// structInfo is what keeper needs of a struct type.
type structInfo struct {
	fields []jsonField
	// hasID tells objects found by their "id".
	hasID bool
}

var structInfos sync.Map // reflect.Type → *structInfo

func infoOf(t reflect.Type) *structInfo {
	if si, ok := structInfos.Load(t); ok {
		return si.(*structInfo)
	}
	si := &structInfo{fields: jsonFields(t)}
	_, si.hasID = si.field("id")
	structInfos.Store(t, si)
	return si
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

// field finds the field encoding/json reads key into: an exact match, else
// one that differs in case only.
func (si *structInfo) field(key string) (jsonField, bool) {
	for _, f := range si.fields {
		if f.name == key {
			return f, true
		}
	}
	for _, f := range si.fields {
		if strings.EqualFold(f.name, key) {
			return f, true
		}
	}
	return jsonField{}, false
}

// valueFor is the value of m that encoding/json reads into the field
// named name: under that key, else under one that differs in case only.
func valueFor(m map[string]json.RawMessage, name string) json.RawMessage {
	if v, ok := m[name]; ok {
		return v
	}
	for key, v := range m {
		if strings.EqualFold(key, name) {
			return v
		}
	}
	return nil
}

// structType is t without pointers, when it is a struct read from a JSON
// object (time.Time, read from a string, is not).
func structType(t reflect.Type) (reflect.Type, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == reflect.TypeFor[time.Time]() {
		return nil, false
	}
	return t, true
}

// listOfStructs is the element type of t when t is a list of structs.
func listOfStructs(t reflect.Type) (reflect.Type, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Slice && t.Kind() != reflect.Array {
		return nil, false
	}
	return structType(t.Elem())
}

func idOf(m map[string]json.RawMessage) (string, bool) {
	var id string
	v := valueFor(m, "id")
	if v == nil || json.Unmarshal(v, &id) != nil {
		return "", false
	}
	return id, true
}

// index records the objects with an id in old, a value of type t, and
// reports whether it holds any field this build does not know.
func (k *keeper) index(old json.RawMessage, t reflect.Type) bool {
	if st, ok := structType(t); ok {
		var m map[string]json.RawMessage
		if json.Unmarshal(old, &m) != nil {
			return false
		}
		return k.indexObject(m, st)
	}
	et, ok := listOfStructs(t)
	if !ok {
		return false
	}
	var elems []json.RawMessage
	if json.Unmarshal(old, &elems) != nil {
		return false
	}
	unknown := false
	si := infoOf(et)
	for _, e := range elems {
		var m map[string]json.RawMessage
		if json.Unmarshal(e, &m) != nil {
			continue
		}
		if id, ok := idOf(m); ok && si.hasID {
			if k.byID[et] == nil {
				k.byID[et] = map[string]map[string]json.RawMessage{}
			}
			if _, dup := k.byID[et][id]; !dup {
				k.byID[et][id] = m
			}
		}
		if k.indexObject(m, et) {
			unknown = true
		}
	}
	return unknown
}

func (k *keeper) indexObject(m map[string]json.RawMessage, t reflect.Type) bool {
	si := infoOf(t)
	unknown := false
	for key, v := range m {
		f, ok := si.field(key)
		if !ok {
			unknown = true
			continue
		}
		if k.index(v, f.typ) {
			unknown = true
		}
	}
	return unknown
}

// merge returns cur, the new encoding of a value of type t, with the
// unknown fields of old, the object it replaces, put back.
func (k *keeper) merge(cur []byte, old map[string]json.RawMessage, t reflect.Type) []byte {
	st, ok := structType(t)
	if !ok {
		return cur
	}
	ms, ok := objectMembers(cur)
	if !ok {
		return cur
	}
	si := infoOf(st)
	out := make([]member, 0, len(ms)+len(old))
	for _, m := range ms {
		if f, ok := si.field(m.key); ok {
			m.val = k.mergeValue(m.val, valueFor(old, m.key), f.typ)
		}
		out = append(out, m)
	}
	var unknown []string
	for key := range old {
		if _, known := si.field(key); !known {
			unknown = append(unknown, key)
		}
	}
	slices.Sort(unknown)
	for _, key := range unknown {
		out = append(out, member{key, old[key]})
	}
	return writeObject(out)
}

// mergeValue is merge for a field's value: an object, or a list of
// objects found by their ids.
func (k *keeper) mergeValue(cur, old []byte, t reflect.Type) []byte {
	if _, ok := structType(t); ok {
		var m map[string]json.RawMessage
		if len(old) == 0 || json.Unmarshal(old, &m) != nil {
			return cur
		}
		return k.merge(cur, m, t)
	}
	et, ok := listOfStructs(t)
	if !ok || !infoOf(et).hasID {
		return cur
	}
	var elems []json.RawMessage
	if json.Unmarshal(cur, &elems) != nil || elems == nil {
		return cur
	}
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, e := range elems {
		if i > 0 {
			buf.WriteByte(',')
		}
		var was map[string]json.RawMessage
		var m map[string]json.RawMessage
		if json.Unmarshal(e, &m) == nil {
			if id, ok := idOf(m); ok {
				was = k.byID[et][id]
			}
		}
		if was == nil {
			buf.Write(e)
			continue
		}
		buf.Write(k.merge(e, was, et))
	}
	buf.WriteByte(']')
	return buf.Bytes()
}
