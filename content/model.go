// Package content holds Lotse's knowledge as data and the one engine that
// turns a person's answers into a checklist. It has no UI, no I/O and no
// words: every human-readable text lives in the translation files, keyed by
// the IDs defined here.
package content

// Content is everything Lotse knows, as loaded and validated.
type Content struct {
	Checked     Date        `json:"checked"` // newest check date of any fact
	Sources     []Source    `json:"sources"`
	Authorities []Authority `json:"authorities"`
	Offices     []Office    `json:"offices"`
	Teams       []Team      `json:"teams"`
	Channels    []Channel   `json:"channels"`
	Questions   []Question  `json:"questions"`
	Documents   []Document  `json:"documents"`
	Fees        []Fee       `json:"fees"`
	Facts       []Fact      `json:"facts"`
	Routes      []Route     `json:"routes"`
	Procedures  []Procedure `json:"procedures"`
	Settings    Settings    `json:"settings"`
	// Common facts join every checklist whose answers match (photo facts
	// only where the procedure needs a photo).
	Common []ItemRef `json:"common"`
	index  *index
}

// Settings are the engine's tunable numbers, each a fact from the sources.
type Settings struct {
	// SoonDays: an expiry date this close counts as "soon" (apply now).
	SoonDays int `json:"soon_days" yaml:"soon_days"`
	// AppointmentLeadMonths: appointments given by e-mail can be this far away.
	AppointmentLeadMonths int `json:"appointment_lead_months" yaml:"appointment_lead_months"`
}

// Pos is where an entity was defined: reported by the loader and validator.
type Pos struct {
	File string `json:"-" yaml:"-"`
	Line int    `json:"-" yaml:"-"`
}

// Provenance is carried by every fact: where it comes from, when it was
// last checked against that source, and when it stops applying.
type Provenance struct {
	Source  []string `json:"source" yaml:"source"`
	Checked Date     `json:"checked" yaml:"checked"`
	Since   Date     `json:"since,omitempty" yaml:"since"`
	Until   Date     `json:"until,omitempty" yaml:"until"`
	// Supersedes names an older fact this one replaces (kept for history).
	Supersedes string `json:"supersedes,omitempty" yaml:"supersedes"`
}

// Source is a document the facts come from: a seed file or a later public page.
type Source struct {
	Pos   `json:"-" yaml:"-"`
	ID    string `json:"id" yaml:"id"`
	Title string `json:"title" yaml:"title"` // the document's own (German) title
	File  string `json:"file,omitempty" yaml:"file"`
	Site  string `json:"site,omitempty" yaml:"site"` // public site, linked as https://site/
	// Authority groups the source on the sources page; empty for general ones.
	Authority string `json:"authority,omitempty" yaml:"authority"`
	Note      string `json:"note,omitempty" yaml:"note"`
}

// Authority is a city's immigration authority.
type Authority struct {
	Pos        `json:"-" yaml:"-"`
	Provenance `yaml:",inline"`
	ID         string `json:"id" yaml:"id"`
	City       string `json:"city" yaml:"city"` // answer value of the city question
}

// Office is a place a person goes to.
type Office struct {
	Pos        `json:"-" yaml:"-"`
	Provenance `yaml:",inline"`
	ID         string   `json:"id" yaml:"id"`
	Authority  string   `json:"authority" yaml:"authority"`
	Street     string   `json:"street" yaml:"street"`
	Postcode   string   `json:"postcode" yaml:"postcode"`
	City       string   `json:"city" yaml:"city"`
	Entrance   bool     `json:"entrance,omitempty" yaml:"entrance"` // text office.<id>.entrance
	Transit    []string `json:"transit,omitempty" yaml:"transit"`
	Phone      string   `json:"phone,omitempty" yaml:"phone"`
	Email      string   `json:"email,omitempty" yaml:"email"`
	Hours      []Hours  `json:"hours,omitempty" yaml:"hours"`
}

// Hours is one opening window.
type Hours struct {
	Kind string   `json:"kind" yaml:"kind"` // walk_in, appointment, open, phone
	Days []string `json:"days" yaml:"days"` // mon … fri
	From string   `json:"from" yaml:"from"` // HH:MM
	To   string   `json:"to" yaml:"to"`
}

// Team is a unit responsible for a kind of case.
type Team struct {
	Pos        `json:"-" yaml:"-"`
	Provenance `yaml:",inline"`
	ID         string `json:"id" yaml:"id"`
	Code       string `json:"code,omitempty" yaml:"code"` // e.g. 38/2-2
	Authority  string `json:"authority" yaml:"authority"`
	Office     string `json:"office" yaml:"office"`
	Email      string `json:"email,omitempty" yaml:"email"`
	// Form: the team has an online contact form for appointments.
	Form bool `json:"form,omitempty" yaml:"form"`
}

// Channel is a way to get an appointment or reach the office.
type Channel struct {
	Pos        `json:"-" yaml:"-"`
	Provenance `yaml:",inline"`
	ID         string  `json:"id" yaml:"id"`
	Kind       string  `json:"kind" yaml:"kind"` // form, email, booking, walk_in, phone, online_application
	Email      string  `json:"email,omitempty" yaml:"email"`
	Hours      []Hours `json:"hours,omitempty" yaml:"hours"`
}

// Question is one step of the wizard.
type Question struct {
	Pos   `json:"-" yaml:"-"`
	ID    string `json:"id" yaml:"id"`
	Kind  string `json:"kind" yaml:"kind"` // choice, date, count
	Help  bool   `json:"help,omitempty" yaml:"help"`
	AskIf Conds  `json:"ask_if,omitempty" yaml:"ask_if"`
	// Answers of a choice question; each may have its own condition.
	Answers []Answer `json:"answers,omitempty" yaml:"answers"`
	Max     int      `json:"max,omitempty" yaml:"max"` // for count
	// Optional date questions accept "unknown".
	Optional bool `json:"optional,omitempty" yaml:"optional"`
}

// Answer is one value of a choice question.
type Answer struct {
	ID   string `json:"id" yaml:"id"`
	If   Conds  `json:"if,omitempty" yaml:"if"`
	Help bool   `json:"help,omitempty" yaml:"help"`
}

// Cond is a condition on answers: every named question must have one of the
// listed values. Unasked questions never match. The key "expiry" matches the
// expiry bucket (expired, soon, later, unknown).
type Cond map[string][]string

// Conds holds when any of its conditions holds, or when it is empty.
type Conds []Cond

// Document is something to bring.
type Document struct {
	Pos  `json:"-" yaml:"-"`
	ID   string `json:"id" yaml:"id"`
	From bool   `json:"from,omitempty" yaml:"from"` // text doc.<id>.from says where to get it
	Help bool   `json:"help,omitempty" yaml:"help"`
}

// Fee is an amount from the sources, in euro cents. Unknown amounts are
// explicit so that the app can say "ask the office".
type Fee struct {
	Pos        `json:"-" yaml:"-"`
	Provenance `yaml:",inline"`
	ID         string `json:"id" yaml:"id"`
	Cents      int    `json:"cents" yaml:"cents"`
	Unknown    bool   `json:"unknown,omitempty" yaml:"unknown"`
}

// Fact is a statement shown as a notice, photo rule, deadline or warning.
type Fact struct {
	Pos        `json:"-" yaml:"-"`
	Provenance `yaml:",inline"`
	ID         string `json:"id" yaml:"id"`
	Kind       string `json:"kind" yaml:"kind"` // notice, photo, deadline, warning, history
	Days       int    `json:"days,omitempty" yaml:"days"`
}

// Route picks the outcome for a complete set of answers. The first
// matching route wins.
type Route struct {
	Pos       `json:"-" yaml:"-"`
	When      Cond   `json:"when" yaml:"when"`
	Outcome   string `json:"outcome" yaml:"outcome"` // checklist, other_city, not_covered
	Procedure string `json:"procedure,omitempty" yaml:"procedure"`
}

// Procedure is what a person does: where, what to bring, what it costs.
type Procedure struct {
	Pos        `json:"-" yaml:"-"`
	Provenance `yaml:",inline"`
	ID         string    `json:"id" yaml:"id"`
	Team       string    `json:"team" yaml:"team"`
	Office     string    `json:"office,omitempty" yaml:"office"` // defaults to the team's
	Channels   []ItemRef `json:"channels,omitempty" yaml:"channels"`
	Documents  []DocRef  `json:"documents,omitempty" yaml:"documents"`
	Photo      bool      `json:"photo,omitempty" yaml:"photo"`
	Fees       []FeeRef  `json:"fees,omitempty" yaml:"fees"`
	Facts      []ItemRef `json:"facts,omitempty" yaml:"facts"`
	// Renewal: the procedure is about a title that expires (asks for the date).
	Renewal bool `json:"renewal,omitempty" yaml:"renewal"`
}

// ItemRef includes a channel or fact, optionally under a condition.
type ItemRef struct {
	ID   string `json:"id" yaml:"id"`
	When Cond   `json:"when,omitempty" yaml:"when"`
}

// DocRef includes a document in a procedure.
type DocRef struct {
	Doc      string   `json:"doc" yaml:"doc"`
	When     Cond     `json:"when,omitempty" yaml:"when"`
	Original bool     `json:"original,omitempty" yaml:"original"`
	Copy     bool     `json:"copy,omitempty" yaml:"copy"`
	Optional bool     `json:"optional,omitempty" yaml:"optional"` // "may be needed in individual cases"
	Or       []string `json:"or,omitempty" yaml:"or"`             // alternative documents
	Source   []string `json:"source,omitempty" yaml:"source"`     // overrides the procedure's
}

// FeeRef includes a fee; AnyOf gives a range when the amount depends on an
// unanswered detail; PerCount multiplies by a count answer.
type FeeRef struct {
	Fee      string   `json:"fee,omitempty" yaml:"fee"`
	AnyOf    []string `json:"any_of,omitempty" yaml:"any_of"`
	When     Cond     `json:"when,omitempty" yaml:"when"`
	PerCount string   `json:"per_count,omitempty" yaml:"per_count"`
	// Optional fees are listed but not added to the total (for example a
	// photo taken at the office instead of at a photographer).
	Optional bool `json:"optional,omitempty" yaml:"optional"`
}
