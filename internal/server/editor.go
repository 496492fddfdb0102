package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"log"
	"path/filepath"
	"strings"
	"time"
)

// Editor mode: the content and translation directories are polled; a
// change is reloaded once the files have been still for a moment
// (several quick saves are one reload), the stamp is taken before the
// files are read (a save during loading is seen next time), and while
// the files are broken the last good content is served and the problem
// is shown on every page. Requests never trigger a reload.
const (
	pollEvery = 200 * time.Millisecond
	settle    = 300 * time.Millisecond
)

// Watch reloads the editor's files until ctx ends. It returns at once
// when nothing is edited.
func (s *Server) Watch(ctx context.Context) {
	if !s.cfg.Editing() {
		return
	}
	loaded := s.stamp()
	seen, changed := loaded, time.Time{}
	tick := time.NewTicker(pollEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		now := s.stamp()
		if now != seen {
			seen, changed = now, time.Now()
			continue
		}
		if now == loaded || time.Since(changed) < settle {
			continue
		}
		loaded = now
		s.Reload()
	}
}

// Reload reads the editor's files once: the new content on success, the
// last good one with the problem shown otherwise.
func (s *Server) Reload() {
	s.reloads.Add(1)
	st, err := s.load()
	if err != nil {
		problems := strings.Split(err.Error(), "\n")
		log.Printf("content not reloaded, still serving the last good version:\n%v", err)
		s.swap(s.current(), problems)
		return
	}
	s.swap(st, nil)
	log.Printf("content reloaded (version %s)", st.site.Version)
}

// Problems are the editor's current problems (nil when the files load).
func (s *Server) Problems() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.problems
}

// stamp summarises the editor's files: names, sizes and times.
func (s *Server) stamp() string {
	h := sha256.New()
	for _, dir := range []string{s.cfg.ContentDir, s.cfg.I18nDir} {
		if dir == "" {
			continue
		}
		_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if fi, err := d.Info(); err == nil {
					fmt.Fprintf(h, "%s %d %d\n", path, fi.Size(), fi.ModTime().UnixNano())
				}
			}
			return nil
		})
	}
	return hex.EncodeToString(h.Sum(nil))
}
