// Package content holds Lotse's knowledge as data and the one engine that
// turns a person's answers into a checklist. It has no UI, no I/O and no
// words: every human-readable text lives in the translation files, keyed by
// the IDs defined here (see textkeys.go).
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
	// Rates are amounts facts quote that no checklist charges (the blocked
	// account, the broadcasting fee, a refusal's share of a fee), current
	// or historical.
	Rates []Rate `json:"rates,omitempty"`
	// Situation derives keys from the answers (what paper the person
	// holds, whether this is a first application …) that conditions name
	// like questions, so that a fact follows the situation on every path.
	Situation []Facet `json:"situation,omitempty"`
	// Continuations are rules that keep a paper in force past the date
	// printed on it (the § 24 ordinances).
	Continuations []Continuation `json:"continuations,omitempty"`
	Settings      Settings       `json:"settings"`
	// Common facts join every checklist whose answers match (photo facts
	// only where the checklist asks for a photo).
	Common []ItemRef `json:"common"`
	// Operator is who publishes this copy (see operator.go).
	Operator Operator `json:"operator"`
	index    *index
}

// Settings are the engine's tunable numbers, each a fact from the sources.
type Settings struct {
	// SoonDays: an expiry date this close counts as "soon" (apply now).
	SoonDays int `json:"soon_days" yaml:"soon_days"`
	// WarnDays: `lotse check` warns this many days before a fact in use
	// reaches its end date.
	WarnDays int `json:"-" yaml:"warn_days"`
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

// Source is a document the facts come from: a seed file, a later public
// page or a law text.
type Source struct {
	Pos   `json:"-" yaml:"-"`
	ID    string `json:"id" yaml:"id"`
	Title string `json:"title" yaml:"title"` // the document's own (German) title
	// URL is the public page; empty only for a seed with no public copy.
	URL string `json:"url,omitempty" yaml:"url"`
	// File is the seed's copy in shared/seeds (for editors, never shown).
	File string `json:"-" yaml:"file"`
	// Read is the day the page was last read.
	Read Date `json:"read,omitempty" yaml:"read"`
	// Authority groups the source on the sources page; empty for general ones.
	Authority string `json:"authority,omitempty" yaml:"authority"`
	Note      string `json:"-" yaml:"note"`
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
	Kind HoursKind `json:"kind" yaml:"kind"`
	Days []string  `json:"days" yaml:"days"` // mon … sun
	From string    `json:"from" yaml:"from"` // HH:MM
	To   string    `json:"to" yaml:"to"`
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
	// Page is the team's official page: its contact form, downloads and
	// info sheets are there.
	Page string `json:"page,omitempty" yaml:"page"`
}

// Link is where an item sends the person: a page of its own, or the page
// of the checklist's team.
type Link struct {
	URL      string `json:"url,omitempty" yaml:"url"`
	TeamPage bool   `json:"team_page,omitempty" yaml:"team_page"`
}

// Channel is a way to get an appointment or reach the office.
type Channel struct {
	Pos        `json:"-" yaml:"-"`
	Provenance `yaml:",inline"`
	Link       `yaml:",inline"`
	ID         string      `json:"id" yaml:"id"`
	Kind       ChannelKind `json:"kind" yaml:"kind"`
	// Claims say what the channel's text states (contradiction check).
	Claims []Claim `json:"-" yaml:"claims"`
	Email  string  `json:"email,omitempty" yaml:"email"`
	Phone  string  `json:"phone,omitempty" yaml:"phone"`
	Hours  []Hours `json:"hours,omitempty" yaml:"hours"`
}

// Question is one step of the wizard.
type Question struct {
	Pos   `json:"-" yaml:"-"`
	ID    string       `json:"id" yaml:"id"`
	Kind  QuestionKind `json:"kind" yaml:"kind"`
	Role  QuestionRole `json:"role,omitempty" yaml:"role"`
	Help  bool         `json:"help,omitempty" yaml:"help"`
	AskIf Conds        `json:"ask_if,omitempty" yaml:"ask_if"`
	// Answers of a choice or people question; each may have its own
	// condition.
	Answers []Answer `json:"answers,omitempty" yaml:"answers"`
	// Max is the largest number of people a people question takes.
	Max int `json:"max,omitempty" yaml:"max"`
	// Optional date questions accept "unknown".
	Optional bool `json:"optional,omitempty" yaml:"optional"`
}

// Answer is one value of a choice question, or one kind of person.
type Answer struct {
	ID   string `json:"id" yaml:"id"`
	If   Conds  `json:"if,omitempty" yaml:"if"`
	Help bool   `json:"help,omitempty" yaml:"help"`
	// Minor marks a kind of person under 18 (child rates of fees).
	Minor bool `json:"minor,omitempty" yaml:"minor"`
	// Letter: the appointment request states this answer (an urgent
	// reason), in German (letter.answer.<question>.<answer>).
	Letter bool `json:"letter,omitempty" yaml:"letter"`
}

// Cond is a condition on answers: every named question must have one of the
// listed values. Unasked questions never match. A date question matches
// its bucket (expired, soon, later, unknown); a people question matches
// when any of its people is of a listed kind.
type Cond map[string][]string

// Conds holds when any of its conditions holds, or when it is empty.
type Conds []Cond

// Document is something to bring.
type Document struct {
	Pos  `json:"-" yaml:"-"`
	Link `yaml:",inline"`
	ID   string `json:"id" yaml:"id"`
	From bool   `json:"from,omitempty" yaml:"from"` // text doc.<id>.from says where to get it
	Help bool   `json:"help,omitempty" yaml:"help"`
	// Download: the form can be downloaded; its link is required.
	Download bool `json:"download,omitempty" yaml:"download"`
	// Photo: this is the biometric photo; its presence brings the photo rules.
	Photo bool `json:"photo,omitempty" yaml:"photo"`
	// Claims say what the document is (a residence title's, a means of
	// payment), for the contradiction check.
	Claims []Claim `json:"-" yaml:"claims"`
}

// Fee is an amount from the sources, in euro cents. Unknown amounts are
// explicit so that the app can say "ask the office".
type Fee struct {
	Pos        `json:"-" yaml:"-"`
	Provenance `yaml:",inline"`
	ID         string `json:"id" yaml:"id"`
	Cents      int    `json:"cents" yaml:"cents"`
	Unknown    bool   `json:"unknown,omitempty" yaml:"unknown"`
	// Claims: title marks a fee for a residence title.
	Claims []Claim `json:"-" yaml:"claims"`
}

// Rate is an amount a fact quotes: euro cents, or a percentage of a fee.
// A rate with until is history: only history facts quote it.
type Rate struct {
	Pos        `json:"-" yaml:"-"`
	Provenance `yaml:",inline"`
	ID         string `json:"id" yaml:"id"`
	Cents      int    `json:"cents,omitempty" yaml:"cents"`
	Percent    int    `json:"percent,omitempty" yaml:"percent"`
}

// Amount is a value a fact's text takes as a placeholder.
type Amount struct {
	Cents   int
	Percent int // set for percentages; Cents is then 0
}

// Facet is one key of the situation: its value is the first whose
// condition holds; with none, the key is unset and conditions on it fail.
type Facet struct {
	Pos    `json:"-" yaml:"-"`
	Key    string       `json:"key" yaml:"key"`
	Values []FacetValue `json:"values" yaml:"values"`
}

// FacetValue is one value of a situation key and when it holds.
type FacetValue struct {
	ID   string `json:"id" yaml:"id"`
	When Conds  `json:"when,omitempty" yaml:"when"`
}

// Continuation keeps a paper in force: a date on the paper on or after
// ValidOn (and before Until) counts as Until, for the people When names.
// Continuations chain in order (valid on one day, continued to the next).
type Continuation struct {
	Pos        `json:"-" yaml:"-"`
	Provenance `yaml:",inline"`
	ID         string `json:"id" yaml:"id"`
	When       Conds  `json:"when" yaml:"when"`
	ValidOn    Date   `json:"valid_on" yaml:"valid_on"`
}

// CalendarRule turns an item into a date: Months and Days after (negative:
// before) the anchor date.
type CalendarRule struct {
	Anchor Anchor `json:"anchor" yaml:"anchor"`
	Months int    `json:"months,omitempty" yaml:"months"`
	Days   int    `json:"days,omitempty" yaml:"days"`
}

// Apply gives the rule's date for an anchor date.
func (r CalendarRule) Apply(d Date) Date { return d.AddMonths(r.Months).AddDays(r.Days) }

// Fact is a statement shown as a notice, photo rule, deadline or warning.
type Fact struct {
	Pos        `json:"-" yaml:"-"`
	Provenance `yaml:",inline"`
	Link       `yaml:",inline"`
	ID         string        `json:"id" yaml:"id"`
	Kind       FactKind      `json:"kind" yaml:"kind"`
	Calendar   *CalendarRule `json:"calendar,omitempty" yaml:"calendar"`
	// Federal: a federal or EU rule that one city's page states; it may
	// show on every city's checklist.
	Federal bool `json:"-" yaml:"federal"`
	// Claims say what the text states (contradiction check); Fees names
	// the fees the text speaks about (it belongs where one is charged).
	Claims []Claim  `json:"-" yaml:"claims"`
	Fees   []string `json:"-" yaml:"fees"`
	// Amounts fill the text's placeholders from the data: placeholder
	// name -> fee or rate ID. No amount is written into a text.
	Amounts map[string]string `json:"amounts,omitempty" yaml:"amounts"`
}

// Route picks the outcome for a complete set of answers. The first
// matching route wins. Several procedures are done in one visit; the
// first is the main one (its team, its office).
type Route struct {
	Pos        `json:"-" yaml:"-"`
	When       Cond     `json:"when" yaml:"when"`
	Outcome    Outcome  `json:"outcome" yaml:"outcome"`
	Procedure  string   `json:"procedure,omitempty" yaml:"procedure"`
	Procedures []string `json:"procedures,omitempty" yaml:"procedures"`
}

// ProcedureIDs lists the route's procedures, main one first.
func (r *Route) ProcedureIDs() []string {
	if r.Procedure != "" {
		return append([]string{r.Procedure}, r.Procedures...)
	}
	return r.Procedures
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
	Fees       []FeeRef  `json:"fees,omitempty" yaml:"fees"`
	Facts      []ItemRef `json:"facts,omitempty" yaml:"facts"`
	// Renewal: the procedure is about a title that expires; past its
	// date the checklist says it cannot be extended any more.
	Renewal bool `json:"renewal,omitempty" yaml:"renewal"`
}

// ItemRef includes a channel or fact, optionally under a condition; with
// People it is shown for each person of those kinds.
type ItemRef struct {
	Pos    `json:"-" yaml:"-"`
	ID     string   `json:"id" yaml:"id"`
	When   Cond     `json:"when,omitempty" yaml:"when"`
	People []string `json:"people,omitempty" yaml:"people"`
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
	// PerPerson: each person brings their own (listed per person);
	// People limits it to persons of those kinds.
	PerPerson bool     `json:"per_person,omitempty" yaml:"per_person"`
	People    []string `json:"people,omitempty" yaml:"people"`
}

// FeeRef includes a fee. AnyOf lists the amounts one of which applies
// when it depends on a detail the person has not given.
type FeeRef struct {
	Fee   string   `json:"fee,omitempty" yaml:"fee"`
	AnyOf []string `json:"any_of,omitempty" yaml:"any_of"`
	When  Cond     `json:"when,omitempty" yaml:"when"`
	// PerPerson: charged for each person (People limits the kinds);
	// Minors says what a child pays, MinorFee names a fee of its own.
	PerPerson bool      `json:"per_person,omitempty" yaml:"per_person"`
	People    []string  `json:"people,omitempty" yaml:"people"`
	Minors    MinorRate `json:"minors,omitempty" yaml:"minors"`
	MinorFee  string    `json:"minor_fee,omitempty" yaml:"minor_fee"`
	// Optional fees are listed but not added to the total (for example a
	// photo taken at the office instead of at a photographer).
	Optional bool `json:"optional,omitempty" yaml:"optional"`
	// ExemptIf: no fee under these answers (§ 53 Abs. 1 AufenthV);
	// ReducibleIf: the office can reduce or waive it.
	ExemptIf    Cond `json:"exempt_if,omitempty" yaml:"exempt_if"`
	ReducibleIf Cond `json:"reducible_if,omitempty" yaml:"reducible_if"`
}

// IDs lists the fees of the entry, the single fee or the alternatives.
func (r FeeRef) IDs() []string {
	if r.Fee != "" {
		return []string{r.Fee}
	}
	return r.AnyOf
}
