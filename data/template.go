package data

import (
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/prep-cli/prep/checklist"
)

//go:embed template.json
var defaultTemplateJSON []byte

// DefaultTemplateJSON is the default template as shipped, the starting point
// of a person's own.
func DefaultTemplateJSON() []byte {
	return append([]byte(nil), defaultTemplateJSON...)
}

// DefaultTemplate is the checklist every new job starts from, unless the
// person has a template of their own.
func DefaultTemplate() checklist.Template {
	t, err := DecodeTemplate(defaultTemplateJSON)
	if err != nil {
		panic("embedded template: " + err.Error())
	}
	return t
}

// DecodeTemplate reads and validates a template.
func DecodeTemplate(b []byte) (checklist.Template, error) {
	var t checklist.Template
	if err := json.Unmarshal(b, &t); err != nil {
		return t, describeJSONError(err)
	}
	t = checklist.UpgradeTemplate(t)
	if err := t.Validate(); err != nil {
		return t, fmt.Errorf("invalid template: %w", err)
	}
	return t, nil
}
