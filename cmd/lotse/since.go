package main

import (
	"archive/tar"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing/fstest"

	"lotse/content/load"
	"lotse/i18n"
	"lotse/i18n/catalog"
	"lotse/internal/report"
	"lotse/internal/server"
	"lotse/present"
)

// runChanges writes the change report: what the edited content and
// translations change in the advice against an earlier state (--since:
// a git revision, or a directory holding content/data and i18n).
func runChanges(cfg *server.Config, todayFlag, since, out string) error {
	_, today, err := parseToday(todayFlag)
	if err != nil {
		return err
	}
	// The report's own words are this program's, whatever the compared
	// states hold.
	own, err := snapshot(nil, i18n.Files)
	if err != nil {
		return err
	}
	to, err := editedSnapshot(cfg, own.German)
	if err != nil {
		return err
	}
	from, err := earlierSnapshot(since, own.German)
	if err != nil {
		return err
	}
	r := report.Changes(from, to, today, own.German)
	var w io.Writer = os.Stdout
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return fmt.Errorf("review: %w", err)
		}
		defer f.Close()
		w = f
	}
	if strings.HasSuffix(out, ".html") {
		return report.WriteChangeHTML(w, r)
	}
	return report.WriteChangeMarkdown(w, r)
}

// editedSnapshot reads the files being edited: --content and --i18n, or
// content/data and i18n of the working copy (the top of the git
// repository, or the current directory). The embedded content would be
// the state the binary was built from, not the edit to review.
func editedSnapshot(cfg *server.Config, de *catalog.Catalog) (report.Snapshot, error) {
	contentDir, i18nDir := cfg.ContentDir, cfg.I18nDir
	where := contentDir
	if contentDir == "" || i18nDir == "" {
		root := "."
		if top, err := git(".", "rev-parse", "--show-toplevel"); err == nil {
			root = strings.TrimSpace(string(top))
		}
		if contentDir == "" {
			contentDir = filepath.Join(root, "content", "data")
		}
		if i18nDir == "" {
			i18nDir = filepath.Join(root, "i18n")
		}
		where = root
	}
	s, err := snapshot(os.DirFS(contentDir), os.DirFS(i18nDir))
	if err != nil {
		return s, fmt.Errorf("review --since: the edited files (%s, %s): %w", contentDir, i18nDir, err)
	}
	s.Name = de.T(string(present.KeyChangeWorktree), catalog.Args{"Dir": where})
	return s, nil
}

// earlierSnapshot reads the state to compare with: a directory with
// content/data and i18n, or a git revision of the current repository.
func earlierSnapshot(since string, de *catalog.Catalog) (report.Snapshot, error) {
	if fi, err := os.Stat(since); err == nil && fi.IsDir() {
		s, err := snapshot(os.DirFS(filepath.Join(since, "content", "data")), os.DirFS(filepath.Join(since, "i18n")))
		if err != nil {
			return s, fmt.Errorf("review --since %s: %w", since, err)
		}
		s.Name = de.T(string(present.KeyChangeDirectory), catalog.Args{"Dir": since})
		return s, nil
	}
	if strings.HasPrefix(since, "-") {
		return report.Snapshot{}, fmt.Errorf("review --since %q: not a revision or directory", since)
	}
	commit, err := git(".", "rev-parse", "--verify", "--short", since+"^{commit}")
	if err != nil {
		return report.Snapshot{}, fmt.Errorf("review --since %s: neither a directory nor a git revision here: %w", since, err)
	}
	archive, err := git(".", "archive", "--format=tar", strings.TrimSpace(string(commit)), "--", "content/data", "i18n")
	if err != nil {
		return report.Snapshot{}, fmt.Errorf("review --since %s: %w", since, err)
	}
	files, err := untar(archive)
	if err != nil {
		return report.Snapshot{}, fmt.Errorf("review --since %s: %w", since, err)
	}
	contentFS, _ := fs.Sub(files, "content/data")
	i18nFS, _ := fs.Sub(files, "i18n")
	s, err := snapshot(contentFS, i18nFS)
	if err != nil {
		return s, fmt.Errorf("review --since %s: %w", since, err)
	}
	s.Name = de.T(string(present.KeyChangeRevision), catalog.Args{"Rev": since, "Commit": strings.TrimSpace(string(commit))})
	return s, nil
}

// snapshot loads content strictly and German only: the report is German,
// and an edit whose translations are not done yet can still be reviewed.
// A nil contentFS loads translations only.
func snapshot(contentFS, i18nFS fs.FS) (report.Snapshot, error) {
	var s report.Snapshot
	if contentFS != nil {
		c, err := load.Load(contentFS)
		if err != nil {
			return s, fmt.Errorf("content:\n%w", err)
		}
		s.Content = c
	}
	set, err := i18n.LoadLanguages(i18nFS, []string{catalog.Source})
	if err != nil {
		return s, err
	}
	s.German, err = set.Compile(catalog.Source)
	return s, err
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// untar reads a tar archive into memory (content and translations are a
// few hundred kilobytes).
func untar(b []byte) (fstest.MapFS, error) {
	files := fstest.MapFS{}
	tr := tar.NewReader(bytes.NewReader(b))
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return files, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading the revision's files: %w", err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", h.Name, err)
		}
		files[h.Name] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
}
