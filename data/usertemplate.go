package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/adrg/xdg"

	"github.com/prep-cli/prep/checklist"
)

// TemplateFileName is the name of a person's own template in the config
// directory.
const TemplateFileName = "template.json"

// DefaultTemplateSource is the source LoadTemplate gives for the default
// template.
const DefaultTemplateSource = "default"

// customTemplateName is what a job made from a person's own template
// records when the template has no name of its own.
const customTemplateName = "custom"

// ConfigDir is prep's config directory: $XDG_CONFIG_HOME/prep when that is
// an absolute path (the XDG spec says to ignore any other), else the
// platform's usual config folder with prep in it. With no home folder to
// find that in, it is "": there is no template of the person's own.
func ConfigDir(getenv func(string) string) string {
	if d := getenv("XDG_CONFIG_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "prep")
	}
	if !hasHome(getenv) || !filepath.IsAbs(xdg.ConfigHome) {
		return ""
	}
	return filepath.Join(xdg.ConfigHome, "prep")
}

// TemplatePath is where a person's own template is kept in the config
// directory; "" when there is no config directory.
func TemplatePath(configDir string) string {
	if configDir == "" {
		return ""
	}
	return filepath.Join(configDir, TemplateFileName)
}

// LoadTemplate picks the template new jobs are made from: the person's own
// in the config directory if there is one and it is valid, else the
// default. Source is the path of the template used, or "default".
//
// A template file that cannot be read, does not parse or is not valid is
// not used: the default is, and warning says what is wrong with the file,
// on one line that names it. A missing file is no reason for a warning.
//
// A job records the name of the template it was made from (Job.Template).
// A person's own template keeps its name, unless it has none or keeps the
// default's name, as a copy of it does: then it is named "custom", so that
// no job claims to come from the default when it did not.
func LoadTemplate(configDir string) (t checklist.Template, source string, warning error) {
	path := TemplatePath(configDir)
	if path == "" {
		return DefaultTemplate(), DefaultTemplateSource, nil
	}
	t, err := ReadTemplateFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return DefaultTemplate(), DefaultTemplateSource, nil
	case err != nil:
		return DefaultTemplate(), DefaultTemplateSource, err
	}
	if t.Name == "" || t.Name == DefaultTemplate().Name {
		t.Name = customTemplateName
	}
	return t, path, nil
}

// TemplateReader is LoadTemplate of configDir, for a reader that wants
// the template and the warning only, when it asks.
func TemplateReader(configDir string) func() (checklist.Template, error) {
	return func() (checklist.Template, error) {
		t, _, warning := LoadTemplate(configDir)
		return t, warning
	}
}

// ReadTemplateFile reads and validates a template file, as "prep template
// --check" does. Errors name the file and say what is wrong on one line; a
// missing file gives an error that matches fs.ErrNotExist.
func ReadTemplateFile(path string) (checklist.Template, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return checklist.Template{}, fmt.Errorf("%s: %w", path, err)
	}
	t, err := decodeTemplateFile(b)
	if err != nil {
		return checklist.Template{}, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// decodeTemplateFile reads a template written by a person. It is stricter
// than json.Unmarshal: a misspelt key such as "phse" is reported rather
// than ignored, and so is anything after the template.
func decodeTemplateFile(b []byte) (checklist.Template, error) {
	var t checklist.Template
	if len(bytes.TrimSpace(b)) == 0 {
		return t, errors.New("the file is empty")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) && typ.Field == "" {
			return t, fmt.Errorf("the file holds a JSON %s, not a template object", typ.Value)
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return t, errors.New("the file ends too early: it may have been cut off")
		}
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return t, fmt.Errorf("not valid JSON at %s: %s", position(b, syn.Offset), strings.TrimPrefix(syn.Error(), "json: "))
		}
		if key, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			return t, fmt.Errorf("unknown key %s: a template has no such key (misspelt?)", key)
		}
		return t, describeJSONError(err)
	}
	if rest := bytes.TrimLeft(b[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
		return t, fmt.Errorf("more follows the template, at %s", position(b, int64(len(b)-len(rest)+1)))
	}
	t = checklist.UpgradeTemplate(t)
	if err := t.Validate(); err != nil {
		return t, fmt.Errorf("invalid template: %w", err)
	}
	return t, nil
}

// position says where the character that ends at a byte offset is in a
// file, as an editor shows it: "line 3, column 14" (columns count
// characters, from 1).
func position(b []byte, offset int64) string {
	offset = min(max(offset, 0), int64(len(b)))
	before := b[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	col := utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return fmt.Sprintf("line %d, column %d", line, max(col, 1))
}
