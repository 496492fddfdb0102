package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lotse/content"
	"lotse/content/load"
	"lotse/internal/server"
)

// TestCheckAroundAnEndDate: with the shipped content, `lotse check` fails
// the day after a fact in use ends (editors must act), warns within
// warn_days before it and is quiet before that. The end date comes from
// the data, so an editor's new date moves the test with it.
func TestCheckAroundAnEndDate(t *testing.T) {
	c, err := load.Load((&server.Config{}).ContentFS())
	if err != nil {
		t.Fatal(err)
	}
	far := c.Expiring(content.MustDate("9999-12-31"), c.Settings.WarnDays)
	if len(far) == 0 {
		t.Skip("no fact in use has an end date")
	}
	end := far[0]
	cases := []struct {
		name     string
		today    content.Date
		fails    bool
		printed  string
		notShown bool
	}{
		{"the day after the end", end.Until.AddDays(1), true, "FAILED: ", false},
		{"warn_days before the end", end.Until.AddDays(-c.Settings.WarnDays), false, "warning: ", false},
		{"one day earlier", end.Until.AddDays(-c.Settings.WarnDays - 1), false, "fact " + end.Fact.ID + " ", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := captureStdout(t, func() error { return runCheck([]string{"--today", tc.today.String()}) })
			if (err != nil) != tc.fails {
				t.Errorf("--today %s: error %v, want failure %v", tc.today, err, tc.fails)
			}
			shown := strings.Contains(out, tc.printed) && strings.Contains(out, end.Fact.ID)
			if shown == tc.notShown {
				t.Errorf("--today %s: %q about %s shown %v; output:\n%s", tc.today, tc.printed, end.Fact.ID, shown, out)
			}
		})
	}
}

func captureStdout(t *testing.T, f func() error) (string, error) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	var buf bytes.Buffer
	done := make(chan struct{})
	go func() { io.Copy(&buf, r); close(done) }()
	ferr := f()
	os.Stdout = old
	w.Close()
	<-done
	return buf.String(), ferr
}

// TestCheckFailsFastOnATypo: a syntax error in a translation file fails
// `lotse check --i18n DIR` at once, with file:line (the loader used to
// spin forever on it; then it came after seconds of content checks).
func TestCheckFailsFastOnATypo(t *testing.T) {
	dir := t.TempDir()
	names, err := filepath.Glob("../../i18n/*.json")
	if err != nil || len(names) == 0 {
		t.Fatalf("no translation files: %v", err)
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(name) == "en.json" {
			b = []byte("{\"app.name\": [oops]}\n")
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(name)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	_, err = captureStdout(t, func() error { return runCheck([]string{"--i18n", dir}) })
	took := time.Since(start)
	if err == nil || !strings.Contains(err.Error(), "en.json:1: ") {
		t.Errorf("want a failure at en.json:1, got %v", err)
	}
	if took > time.Second {
		t.Errorf("the check took %v to report a typo", took)
	}
}
