package load_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"lotse/content/load"
)

// operatorFile is a filled-in operator file for the minimal fixture
// (made-up example.org details, for the test only).
const operatorFile = `operator:
  publisher: {name: "Beispielamt", represented_by: "die Leitung", street: "Weg 1", postcode: "12345", city: "Town", email: "amt@example.org", phone: "0123 45-0"}
  privacy_contact: {email: "datenschutz@example.org"}
  dpo: {name: "Datenschutzbeauftragte", email: "dsb@example.org"}
  supervisory: {name: "Aufsichtsbehörde", web: "https://aufsicht.example.org/"}
  accessibility_contact: {email: "barrieren@example.org"}
  enforcement:
    name: "Ombudsstelle"
    web: "https://ombud.example.org/"
    source: [src]
    checked: 2026-01-01
  statement_date: 2026-01-02
  server_log: {kept_days: 7, ip_address: shortened}
  laws: {imprint: [src], privacy: [src], accessibility: [src]}
...
`

// TestLoad_Operator: a filled-in operator file loads with nothing
// missing; an empty one loads and says what is missing; broken details
// are errors with file:line like every other content problem.
func TestLoad_Operator(t *testing.T) {
	with := func(t *testing.T, text string) fstest.MapFS {
		fs := fixture(t)
		fs["02-operator.yaml"] = &fstest.MapFile{Data: []byte(text)}
		return fs
	}
	c, err := load.Load(with(t, operatorFile))
	if err != nil {
		t.Fatalf("a filled-in operator file must load: %v", err)
	}
	if m := c.Operator.Missing(); len(m) != 0 || c.Operator.Publisher.Name != "Beispielamt" || c.Operator.Pos.Line != 1 {
		t.Errorf("missing %v, publisher %q at line %d", m, c.Operator.Publisher.Name, c.Operator.Pos.Line)
	}
	c, err = load.Load(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	if m := c.Operator.Missing(); len(m) == 0 || m[0] != "publisher.name" {
		t.Errorf("without an operator section, missing %v", m)
	}

	broken := []struct{ name, old, new, want string }{
		{"bad e-mail", `email: "amt@example.org"`, `email: "amt at example.org"`, "02-operator.yaml:2: operator publisher: \"amt at example.org\" is not a plain e-mail address"},
		{"bad link", `web: "https://aufsicht.example.org/"`, `web: "javascript:alert(1)"`, "02-operator.yaml:5: operator supervisory"},
		{"bad phone", `phone: "0123 45-0"`, `phone: "call us"`, "02-operator.yaml:2: operator publisher: \"call us\" is not a phone number"},
		{"enforcement without source", "    source: [src]\n", "", "02-operator.yaml:7: operator enforcement has no source"},
		{"unknown law", "imprint: [src]", "imprint: [nowhere]", "operator laws: unknown source \"nowhere\""},
		{"unknown ip logging", "ip_address: shortened", "ip_address: partly", "ip_address \"partly\""},
		{"unknown key", "statement_date:", "statement:", "field statement not found"},
		{"twice in one file", "...\n", "operator: {}\n...\n", "02-operator.yaml:15: "},
	}
	for _, tc := range broken {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(operatorFile, tc.old) {
				t.Fatalf("%q not in the operator file", tc.old)
			}
			_, err := load.Load(with(t, strings.Replace(operatorFile, tc.old, tc.new, 1)))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
			if err != nil && !fileLine.MatchString(err.Error()) {
				t.Errorf("%q lacks file:line", err)
			}
		})
	}
	twice := fixture(t)
	twice["02-operator.yaml"] = &fstest.MapFile{Data: []byte(operatorFile)}
	twice["03-operator.yaml"] = &fstest.MapFile{Data: []byte("operator: {}\n...\n")}
	if _, err := load.Load(twice); err == nil || !strings.Contains(err.Error(), "03-operator.yaml:1: operator defined twice") {
		t.Errorf("two operator sections: %v", err)
	}
}
