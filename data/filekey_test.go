package data

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestStatKeysAreTheKeysOfTheFilesRead: the key a stat of the folder gives
// a file is the key of the file as it was read, so an unchanged job is
// taken from the index; a link, anything but a regular file and a file
// gone have none, and are read every time.
func TestStatKeysAreTheKeysOfTheFilesRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name+jobExt), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("a", "{}")
	write("b", "{\"id\": \"b\"}")
	if err := os.Mkdir(filepath.Join(dir, "c"+jobExt), 0o700); err != nil {
		t.Fatal(err)
	}
	linked := runtime.GOOS != "windows" && os.Symlink("a"+jobExt, filepath.Join(dir, "d"+jobExt)) == nil
	ids := []string{"a", "b", "c", "d", "gone"}
	keys := statKeys(dir, ids)
	for i, id := range ids {
		info, err := os.Lstat(filepath.Join(dir, id+jobExt))
		want, ok := fileKey{}, false
		if err == nil {
			want, ok = keyOf(info)
		}
		if keys[i] != want {
			t.Errorf("%s: statKeys gives %+v, the file read has %+v", id, keys[i], want)
		}
		if regular := id == "a" || id == "b"; ok != regular || (keys[i] != fileKey{}) != regular {
			t.Errorf("%s: has a key %v (%+v), want %v", id, ok, keys[i], regular)
		}
	}
	if !linked {
		t.Log("no link made: links are not tried here")
	}
	if keys[0] == keys[1] {
		t.Error("two files have one key")
	}
	if err := os.Chmod(filepath.Join(dir, "a"+jobExt), 0o400); err != nil {
		t.Fatal(err)
	}
	if again := statKeys(dir, ids[:1]); again[0] == keys[0] {
		t.Error("a change of permissions kept the key")
	}
}
