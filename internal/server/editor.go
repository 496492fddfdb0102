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
	"sync"
	"time"

	"lotse/content"
	"lotse/i18n"
)

// Editor mode: the content and translation directories are polled; a
// change is reloaded once the files have been still for a moment
// (several quick saves are one reload), the stamp is taken before the
// files are read (a save during loading is seen next time), and while
// the files are broken the last good content is served and the problem
// is shown on every page. Requests never trigger a reload.
//
// A save that comes while a reload runs does not wait for it: its own
// reload starts once the files are still, and a reload that ends after a
// newer one has been served is dropped, so the last save is served one
// settle time and one reload after it was made.
const (
	pollEvery = 100 * time.Millisecond
	settle    = 200 * time.Millisecond
	// At most this many reloads run at once (a third waits, and gives up
	// when a newer one has started meanwhile).
	maxReloads = 2
)

// editorLoads orders the editor's reloads: each is numbered when it is
// asked for, and only one newer than the one being served is installed.
type editorLoads struct {
	mu        sync.Mutex
	asked     int64 // the newest reload asked for
	installed int64 // the newest reload installed
	slots     chan struct{}
	sources   sourceCache
}

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
		go s.reload(ctx, s.askReload())
	}
}

// Reload reads the editor's files once: the new content on success, the
// last good one with the problem shown otherwise.
func (s *Server) Reload() { s.reload(context.Background(), s.askReload()) }

func (s *Server) askReload() int64 {
	s.editor.mu.Lock()
	defer s.editor.mu.Unlock()
	s.editor.asked++
	return s.editor.asked
}

// reload loads the files as the n-th reload asked for; it installs
// nothing once ctx has ended (the server is stopping).
func (s *Server) reload(ctx context.Context, n int64) {
	s.editor.slots <- struct{}{}
	defer func() { <-s.editor.slots }()
	s.editor.mu.Lock()
	superseded := n < s.editor.asked
	s.editor.mu.Unlock()
	if superseded {
		return // a newer reload was asked for while this one waited: it runs instead
	}
	s.reloads.Add(1)
	st, err := s.load()
	s.editor.mu.Lock()
	defer s.editor.mu.Unlock()
	if n < s.editor.installed || ctx.Err() != nil {
		return // a newer save is already served, or the server stops
	}
	s.editor.installed = n
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
	return s.current().problems
}

// stamp summarises the editor's files: names, sizes and times.
func (s *Server) stamp() string { return dirStamp(s.cfg.ContentDir) + dirStamp(s.cfg.I18nDir) }

// dirStamp summarises the files of one directory ("" is the embedded
// files, which do not change).
func dirStamp(dir string) string {
	if dir == "" {
		return "embedded"
	}
	h := sha256.New()
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				fmt.Fprintf(h, "%s %d %d\n", path, fi.Size(), fi.ModTime().UnixNano())
			}
		}
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))
}

// sourceCache keeps the content and translations last read, each with
// the stamp its directory had before it was read: a save in one
// directory does not read, parse and validate the other again.
type sourceCache struct {
	mu           sync.Mutex
	contentStamp string
	content      *content.Content
	i18nStamp    string
	set          *i18n.Set
}

// load returns the checked sources, reading only what changed.
func (sc *sourceCache) load(cfg Config) (*content.Content, *i18n.Set, error) {
	cStamp, iStamp := dirStamp(cfg.ContentDir), dirStamp(cfg.I18nDir)
	sc.mu.Lock()
	c, set := sc.content, sc.set
	if sc.contentStamp != cStamp {
		c = nil
	}
	if sc.i18nStamp != iStamp {
		set = nil
	}
	sc.mu.Unlock()
	var err error
	if c == nil {
		if c, err = loadContent(cfg); err != nil {
			return nil, nil, err
		}
	}
	if set == nil {
		if set, err = loadTranslations(cfg); err != nil {
			return nil, nil, err
		}
	}
	if err := checkTranslations(c, set); err != nil {
		return nil, nil, err
	}
	sc.mu.Lock()
	sc.contentStamp, sc.content, sc.i18nStamp, sc.set = cStamp, c, iStamp, set
	sc.mu.Unlock()
	return c, set, nil
}
