package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
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
// on: a known version, an id, a status and sections in a known phase.
func DecodeJob(b []byte) (checklist.Job, error) {
	var j checklist.Job
	if len(bytes.TrimSpace(b)) == 0 {
		return j, errors.New("the file is empty")
	}
	if err := json.Unmarshal(b, &j); err != nil {
		return j, describeJSONError(err)
	}
	switch {
	case j.Version == 0:
		return j, errors.New(`no "version"`)
	case j.Version < 0:
		return j, fmt.Errorf("version %d is not a job file version", j.Version)
	case j.Version > checklist.FormatVersion:
		return j, fmt.Errorf("version %d is newer than this build reads (%d)", j.Version, checklist.FormatVersion)
	case !checklist.ValidID(j.ID):
		return j, fmt.Errorf("id %q is not a valid job id", j.ID)
	}
	if _, err := checklist.ParseStatus(string(j.Status)); err != nil {
		return j, err
	}
	for _, s := range j.Sections {
		if !s.Phase.Valid() {
			return j, fmt.Errorf("section %q: unknown phase %q", s.ID, s.Phase)
		}
	}
	return j, nil
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
