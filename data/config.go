package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Config is what the person tells prep about themselves, kept in
// config.json in the config directory.
type Config struct {
	// Me are the person's own mail addresses: in an invitation they are
	// neither an interviewer nor the company. Nil until the person was
	// asked; an empty list once they said they have none to give.
	Me []string `json:"me"`
	// SyncOnStartAndQuit makes the app run prep sync as it opens and as
	// it quits.
	SyncOnStartAndQuit bool `json:"sync_on_start_and_quit"`
}

// configFile is the name of the config file in the config directory.
const configFile = "config.json"

// ConfigPath is where the config is kept; "" when there is no config
// directory.
func ConfigPath(configDir string) string {
	if configDir == "" {
		return ""
	}
	return filepath.Join(configDir, configFile)
}

// LoadConfig reads the config. A missing file, or no config directory,
// is the empty config, not an error; a file that cannot be read as one is.
func LoadConfig(configDir string) (Config, error) {
	path := ConfigPath(configDir)
	if path == "" {
		return Config{}, nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Config{}, nil
	}
	if err != nil {
		return Config{}, fmt.Errorf("read config %s: %w", path, describeOSError(err))
	}
	var c Config
	if err := json.Unmarshal(b, &c); err != nil {
		return Config{}, fmt.Errorf("read config %s: %w", path, describeJSONError(err))
	}
	return c, nil
}

// SaveConfig writes the config, crash-safe, making the config directory
// if need be. Keys the file holds that this build does not know are kept;
// Me stays as the file has it while it is nil (the person was not asked).
func SaveConfig(configDir string, c Config) error {
	path := ConfigPath(configDir)
	if path == "" {
		return errors.New("no config folder: HOME is not set; set HOME or XDG_CONFIG_HOME")
	}
	all := map[string]json.RawMessage{}
	if b, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(b, &all); err != nil {
			return fmt.Errorf("save config %s: %w; mend or remove it first", path, describeJSONError(err))
		}
	}
	if c.Me != nil {
		all["me"], _ = json.Marshal(c.Me)
	}
	all["sync_on_start_and_quit"], _ = json.Marshal(c.SyncOnStartAndQuit)
	b, err := json.MarshalIndent(all, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(configDir, 0o700); err != nil {
		return fmt.Errorf("make config folder %s: %w", configDir, describeOSError(err))
	}
	if err := writeAtomically(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("save config %s: %w", path, describeOSError(err))
	}
	return nil
}

// WithMe is the config with an address added, unless it is there
// already, in any case.
func (c Config) WithMe(address string) Config {
	address = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(address), "mailto:"))
	me := slices.Clone(c.Me)
	if me == nil {
		me = []string{}
	}
	if address != "" && !slices.ContainsFunc(me, func(m string) bool { return strings.EqualFold(m, address) }) {
		me = append(me, address)
	}
	c.Me = me
	return c
}

// WithoutMe is the config with an address taken out, in any case.
func (c Config) WithoutMe(address string) Config {
	address = strings.TrimSpace(address)
	me := []string{}
	for _, m := range c.Me {
		if !strings.EqualFold(m, address) {
			me = append(me, m)
		}
	}
	c.Me = me
	return c
}

// ValidAddress says what is wrong with a mail address typed by a person,
// or nil.
func ValidAddress(address string) error {
	a := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(address), "mailto:"))
	at := strings.LastIndexByte(a, '@')
	if at <= 0 || at == len(a)-1 || strings.ContainsAny(a, " \t\r\n<>,;\"") {
		return fmt.Errorf("%q is not a mail address (like jane@example.com)", address)
	}
	return nil
}
