package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/prep-cli/prep/internal/atomicfile"
)

// SettingsFileName is the file in the config directory that holds the
// person's settings.
const SettingsFileName = "config.json"

// Settings are the choices a person makes once for every job.
type Settings struct {
	// SyncOnStartAndQuit makes the app run prep sync as it opens and as
	// it quits.
	SyncOnStartAndQuit bool `json:"sync_on_start_and_quit"`
}

// LoadSettings reads the settings in the config directory; a missing file
// means the defaults. A file that cannot be read gives the defaults and an
// error that names it.
func LoadSettings(configDir string) (Settings, error) {
	var s Settings
	if configDir == "" {
		return s, nil
	}
	path := filepath.Join(configDir, SettingsFileName)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err == nil {
		err = json.Unmarshal(b, &s)
	}
	if err != nil {
		return Settings{}, fmt.Errorf("settings %s: %w", path, err)
	}
	return s, nil
}

// SaveSettings writes the settings to the config directory, keeping any
// other keys the file holds.
func SaveSettings(configDir string, s Settings) error {
	if configDir == "" {
		return errors.New("no config folder to keep settings in: HOME is not set")
	}
	path := filepath.Join(configDir, SettingsFileName)
	all := map[string]json.RawMessage{}
	if b, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(b, &all); err != nil {
			return fmt.Errorf("settings %s: %w; mend or remove it first", path, err)
		}
	}
	v, _ := json.Marshal(s.SyncOnStartAndQuit)
	all["sync_on_start_and_quit"] = v
	b, err := json.MarshalIndent(all, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(configDir, dirPerm); err != nil {
		return fmt.Errorf("make %s: %w", configDir, err)
	}
	return atomicfile.Write(path, append(b, '\n'), filePerm, true)
}
