package db

import (
	"os"
	"path/filepath"
)

// ProjectRoot is the folder holding go.mod, found upwards from the working directory (tests
// run in their package's folder), or the working directory when there is none.
func ProjectRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		if filepath.Dir(dir) == dir {
			return wd, nil
		}
	}
}
