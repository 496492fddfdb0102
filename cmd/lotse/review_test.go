package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"lotse/content"
	"lotse/content/load"
	"lotse/i18n"
	"lotse/i18n/catalog"
	"lotse/present"
)

// TestReviewSince: in a scratch repository whose last commit raises the
// naturalisation fee, `lotse review --since HEAD~1` names the old and the
// new amount under the title of every route that charges it, and no
// other route, in Markdown and HTML under 40 KB each, with a place to
// sign; `--since DIR` with the earlier files says the same; compared
// with itself, nothing changed.
func TestReviewSince(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	const fee = "naturalisation_adult"
	repo := t.TempDir()
	copyFiles(t, "../../content/data", "*.yaml", filepath.Join(repo, "content", "data"))
	copyFiles(t, "../../i18n", "*.json", filepath.Join(repo, "i18n"))
	earlier := t.TempDir()
	copyFiles(t, "../../content/data", "*.yaml", filepath.Join(earlier, "content", "data"))
	copyFiles(t, "../../i18n", "*.json", filepath.Join(earlier, "i18n"))
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=Test", "-c", "user.email=test@example.org"}, args...)...)
		cmd.Dir = repo
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	run("init", "-q")
	run("add", "-A")
	run("commit", "-qm", "content as shipped")

	fees := filepath.Join(repo, "content", "data", "05-fees.yaml")
	b, err := os.ReadFile(fees)
	must(t, err)
	re := regexp.MustCompile(`(id: ` + fee + `, cents: )(\d+)`)
	m := re.FindSubmatch(b)
	if m == nil {
		t.Fatalf("05-fees.yaml has no line %q", re)
	}
	oldCents, _ := strconv.Atoi(string(m[2]))
	newCents := oldCents + 4500
	must(t, os.WriteFile(fees, re.ReplaceAll(b, []byte(fmt.Sprintf("${1}%d", newCents))), 0o644))
	run("commit", "-qam", "naturalisation fee raised")

	today := content.MustDate("2026-12-01")
	c, err := load.Load(os.DirFS(filepath.Join(repo, "content", "data")))
	must(t, err)
	set, err := i18n.Load(os.DirFS(filepath.Join(repo, "i18n")))
	must(t, err)
	de, err := set.Compile(catalog.Source)
	must(t, err)
	routes := map[string]bool{}
	c.Paths(today, func(a content.Answers) {
		cl, _ := c.Evaluate(a, today)
		for _, f := range cl.Fees {
			if f.ID == fee {
				routes[routeTitle(de, cl)] = true
			}
		}
	})
	if len(routes) == 0 {
		t.Fatalf("no path charges %s", fee)
	}
	wantLine := catalog.Euro(catalog.Source, oldCents) + " → " + catalog.Euro(catalog.Source, newCents)
	signature := de.T(string(present.KeyChangeSignSignature))

	t.Chdir(repo)
	for _, since := range []string{"HEAD~1", earlier} {
		for _, ext := range []string{".md", ".html"} {
			out := filepath.Join(t.TempDir(), "changes"+ext)
			must(t, runReview([]string{"--since", since, "--today", today.String(), "--out", out}))
			b, err := os.ReadFile(out)
			must(t, err)
			doc := string(b)
			if ext == ".html" {
				doc = strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(doc, "<del>", ""), "</del>", ""), "<ins>", "")
				doc = strings.ReplaceAll(doc, "</ins>", "")
			}
			if !strings.Contains(doc, wantLine) {
				t.Errorf("--since %s (%s) does not name %q:\n%s", since, ext, wantLine, doc)
			}
			headings := routeHeadings(doc, ext)
			delete(headings, de.T(string(present.KeyChangeSignTitle)))
			for title := range routes {
				if !headings[title] {
					t.Errorf("--since %s (%s): the route %q that charges the fee is missing", since, ext, title)
				}
			}
			if len(headings) != len(routes) {
				t.Errorf("--since %s (%s): routes %v, want only %v", since, ext, headings, routes)
			}
			if len(b) >= 40<<10 || !strings.Contains(doc, signature) {
				t.Errorf("--since %s (%s): %d bytes (want under 40 KB) with a place to sign", since, ext, len(b))
			}
		}
	}

	out, err := captureStdout(t, func() error { return runReview([]string{"--since", "HEAD", "--today", today.String()}) })
	must(t, err)
	if !strings.Contains(out, de.T(string(present.KeyChangeNone))) {
		t.Errorf("--since HEAD: the report does not say that nothing changed:\n%s", out)
	}
}

// routeTitle is how the report names a route: its procedures' names.
func routeTitle(de *catalog.Catalog, cl *content.Checklist) string {
	var names []string
	for _, id := range cl.Procedures {
		names = append(names, catalog.Plain(de.T(content.ProcedureName(id))))
	}
	title := strings.Join(names, " + ")
	if cl.Expired {
		title += " – " + de.T(string(present.KeyChangeExpired))
	}
	return title
}

// routeHeadings lists the report's second-level headings: the routes,
// and in Markdown the place to sign.
func routeHeadings(doc, ext string) map[string]bool {
	re := regexp.MustCompile(`(?m)^## (.+)$`)
	if ext == ".html" {
		re = regexp.MustCompile(`<section><h2>([^<]+)</h2>`)
	}
	out := map[string]bool{}
	for _, m := range re.FindAllStringSubmatch(doc, -1) {
		out[strings.ReplaceAll(m[1], "&#43;", "+")] = true
	}
	return out
}

func copyFiles(t *testing.T, from, pattern, to string) {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(from, pattern))
	must(t, err)
	must(t, os.MkdirAll(to, 0o755))
	for _, name := range names {
		b, err := os.ReadFile(name)
		must(t, err)
		must(t, os.WriteFile(filepath.Join(to, filepath.Base(name)), b, 0o644))
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
