// Package testfs copies file systems for tests that break a file on
// purpose.
package testfs

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

// Copy returns an in-memory copy of every file of fsys.
func Copy(tb testing.TB, fsys fs.FS) fstest.MapFS {
	tb.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, path)
		m[path] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return m
}
