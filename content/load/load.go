// Package load reads content from YAML files, strictly: unknown keys,
// malformed values and every problem content.Validate finds are errors
// with file and line. It is used by the server and the command line only;
// the client receives validated content as JSON.
package load

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"lotse/content"
)

// file is the shape of every content file: any section may appear in any
// file, so editors can split content as they like.
type file struct {
	Settings    *content.Settings   `yaml:"settings"`
	Common      []content.ItemRef   `yaml:"common"`
	Sources     []content.Source    `yaml:"sources"`
	Authorities []content.Authority `yaml:"authorities"`
	Offices     []content.Office    `yaml:"offices"`
	Teams       []content.Team      `yaml:"teams"`
	Channels    []content.Channel   `yaml:"channels"`
	Questions   []content.Question  `yaml:"questions"`
	Documents   []content.Document  `yaml:"documents"`
	Fees        []content.Fee       `yaml:"fees"`
	Facts       []content.Fact      `yaml:"facts"`
	Routes      []content.Route     `yaml:"routes"`
	Procedures  []content.Procedure `yaml:"procedures"`
	Rates       []content.Rate      `yaml:"rates"`
	Situation   []content.Facet     `yaml:"situation"`
	// Continuations keep papers in force past their printed date.
	Continuations []content.Continuation `yaml:"continuations"`
	Operator      *content.Operator      `yaml:"operator"`
}

// Error lists every problem found; each line is file:line: message.
type Error struct{ Problems []content.Problem }

func (e *Error) Error() string {
	var b bytes.Buffer
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Error())
	}
	return b.String()
}

// EndMarker must be the last line of every content file (YAML's
// document end). A file cut short while an editor saves it, or copied
// halfway, lacks it: such a file is an error, never content with a
// section quietly missing.
const EndMarker = "..."

// Load reads every *.yaml file of fsys (sorted by name), validates the
// whole and returns it. Dates play no part: a fact past its end date
// loads and is shown as outdated (see content.Expiring).
func Load(fsys fs.FS) (*content.Content, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("listing content files: %w", err)
	}
	if len(names) == 0 {
		return nil, errors.New("no content files (*.yaml) found")
	}
	sort.Strings(names)
	c := &content.Content{}
	var problems []content.Problem
	settings, operator := false, ""
	files := map[string][]byte{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
		files[name] = data
		if !complete(data) {
			problems = append(problems, content.Problem{Pos: content.Pos{File: name, Line: bytes.Count(data, []byte("\n")) + 1},
				Msg: "the file does not end with the line " + EndMarker + " (YAML's document end): it may be cut short, for example while it is being saved"})
		}
	}
	if len(problems) > 0 {
		return nil, &Error{problems}
	}
	for _, name := range names {
		data := files[name]
		f, err := parse(name, data)
		if err != nil {
			problems = append(problems, content.Problem{Pos: content.Pos{File: name, Line: lineOf(data, err)}, Msg: err.Error()})
			continue
		}
		if f.Settings != nil {
			if settings {
				problems = append(problems, content.Problem{Pos: content.Pos{File: name}, Msg: "settings defined twice"})
			}
			settings = true
			c.Settings = *f.Settings
		}
		if f.Operator != nil {
			if operator != "" {
				problems = append(problems, content.Problem{Pos: f.Operator.Pos, Msg: "operator defined twice (first in " + operator + ")"})
			}
			operator = name
			c.Operator = *f.Operator
		}
		c.Common = append(c.Common, f.Common...)
		c.Sources = append(c.Sources, f.Sources...)
		c.Authorities = append(c.Authorities, f.Authorities...)
		c.Offices = append(c.Offices, f.Offices...)
		c.Teams = append(c.Teams, f.Teams...)
		c.Channels = append(c.Channels, f.Channels...)
		c.Questions = append(c.Questions, f.Questions...)
		c.Documents = append(c.Documents, f.Documents...)
		c.Fees = append(c.Fees, f.Fees...)
		c.Facts = append(c.Facts, f.Facts...)
		c.Routes = append(c.Routes, f.Routes...)
		c.Procedures = append(c.Procedures, f.Procedures...)
		c.Rates = append(c.Rates, f.Rates...)
		c.Situation = append(c.Situation, f.Situation...)
		c.Continuations = append(c.Continuations, f.Continuations...)
	}
	if len(problems) > 0 {
		return nil, &Error{problems}
	}
	if !settings {
		return nil, errors.New("content: no settings section in any file")
	}
	if c.Settings.WarnDays == 0 {
		c.Settings.WarnDays = 60
	}
	c.Checked = newestCheck(c)
	if ps := c.Validate(); len(ps) > 0 {
		return nil, &Error{ps}
	}
	return c, nil
}

// complete tells whether the last line that is not blank is the end marker.
func complete(data []byte) bool {
	lines := strings.Split(strings.TrimRight(string(data), " \t\r\n"), "\n")
	return strings.TrimSpace(lines[len(lines)-1]) == EndMarker
}

// parse decodes one file strictly, then records where each entry starts.
func parse(name string, data []byte) (*file, error) {
	var f file
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w", err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, err
	}
	lines := map[string][]int{}
	if len(root.Content) == 1 && root.Content[0].Kind == yaml.MappingNode {
		m := root.Content[0]
		for i := 0; i+1 < len(m.Content); i += 2 {
			key, val := m.Content[i].Value, m.Content[i+1]
			for _, item := range val.Content {
				lines[key] = append(lines[key], item.Line)
			}
		}
	}
	at := func(section string, i int) content.Pos {
		return content.Pos{File: path.Base(name), Line: lines[section][i]}
	}
	for i := range f.Sources {
		f.Sources[i].Pos = at("sources", i)
	}
	for i := range f.Authorities {
		f.Authorities[i].Pos = at("authorities", i)
	}
	for i := range f.Offices {
		f.Offices[i].Pos = at("offices", i)
	}
	for i := range f.Teams {
		f.Teams[i].Pos = at("teams", i)
	}
	for i := range f.Channels {
		f.Channels[i].Pos = at("channels", i)
	}
	for i := range f.Questions {
		f.Questions[i].Pos = at("questions", i)
	}
	for i := range f.Documents {
		f.Documents[i].Pos = at("documents", i)
	}
	for i := range f.Fees {
		f.Fees[i].Pos = at("fees", i)
	}
	for i := range f.Facts {
		f.Facts[i].Pos = at("facts", i)
	}
	for i := range f.Routes {
		f.Routes[i].Pos = at("routes", i)
	}
	for i := range f.Procedures {
		f.Procedures[i].Pos = at("procedures", i)
	}
	for i := range f.Common {
		f.Common[i].Pos = at("common", i)
	}
	for i := range f.Rates {
		f.Rates[i].Pos = at("rates", i)
	}
	for i := range f.Situation {
		f.Situation[i].Pos = at("situation", i)
	}
	for i := range f.Continuations {
		f.Continuations[i].Pos = at("continuations", i)
	}
	if f.Operator != nil {
		operatorLines(f.Operator, &root, path.Base(name))
	}
	return &f, nil
}

// operatorLines records where the operator section and each of its
// contacts start, for file:line in problems.
func operatorLines(o *content.Operator, root *yaml.Node, file string) {
	if len(root.Content) != 1 {
		return
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != "operator" {
			continue
		}
		o.Pos = content.Pos{File: file, Line: m.Content[i].Line}
		fields := map[string]*content.Pos{
			"publisher": &o.Publisher.Pos, "privacy_contact": &o.PrivacyContact.Pos, "dpo": &o.DPO.Pos,
			"supervisory": &o.Supervisory.Pos, "accessibility_contact": &o.AccessibilityContact.Pos,
			"enforcement": &o.Enforcement.Contact.Pos,
		}
		val := m.Content[i+1]
		for j := 0; j+1 < len(val.Content); j += 2 {
			if p, ok := fields[val.Content[j].Value]; ok {
				*p = content.Pos{File: file, Line: val.Content[j].Line}
			}
		}
	}
}

// lineOf finds the line a decoding error is about: yaml.v3 names it for
// syntax and type errors; for values it rejects through UnmarshalText
// (dates) the quoted value is looked up in the file.
func lineOf(data []byte, err error) int {
	msg := err.Error()
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	if m := quotedRE.FindStringSubmatch(msg); m != nil {
		for i, line := range strings.Split(string(data), "\n") {
			if strings.Contains(line, m[1]) {
				return i + 1
			}
		}
	}
	return 1
}

var (
	lineRE   = regexp.MustCompile(`line (\d+)`)
	quotedRE = regexp.MustCompile(`"([^"]+)"`)
)

func newestCheck(c *content.Content) content.Date {
	var newest content.Date
	see := func(p content.Provenance) {
		if p.Checked.After(newest) {
			newest = p.Checked
		}
	}
	for _, x := range c.Offices {
		see(x.Provenance)
	}
	for _, x := range c.Teams {
		see(x.Provenance)
	}
	for _, x := range c.Channels {
		see(x.Provenance)
	}
	for _, x := range c.Fees {
		see(x.Provenance)
	}
	for _, x := range c.Facts {
		see(x.Provenance)
	}
	for _, x := range c.Procedures {
		see(x.Provenance)
	}
	for _, x := range c.Rates {
		see(x.Provenance)
	}
	for _, x := range c.Continuations {
		see(x.Provenance)
	}
	return newest
}
