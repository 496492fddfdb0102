package content

// Operator is who publishes this copy of Lotse: an authority, an
// International Office, a counselling service. The Impressum, the privacy
// statement and the accessibility statement are built from it. Every
// field is the operator's own; a field left empty is shown as "not filled
// in", never guessed. Only the enforcement body and the law texts are
// facts from the sources (with source and check date).
type Operator struct {
	Pos `json:"-" yaml:"-"`
	// Publisher names who is responsible for the service (§ 5 DDG), the
	// controller of the privacy statement (Art. 13 (1) a GDPR).
	Publisher Contact `json:"publisher" yaml:"publisher"`
	// PrivacyContact answers questions about personal data; DPO is the
	// data protection officer (Art. 13 (1) b GDPR); Supervisory the data
	// protection authority people may complain to (Art. 77 GDPR).
	PrivacyContact Contact `json:"privacy_contact" yaml:"privacy_contact"`
	DPO            Contact `json:"dpo" yaml:"dpo"`
	Supervisory    Contact `json:"supervisory" yaml:"supervisory"`
	// AccessibilityContact takes reports of barriers (the feedback
	// mechanism); Enforcement is where people turn when it does not help.
	AccessibilityContact Contact `json:"accessibility_contact" yaml:"accessibility_contact"`
	Enforcement          Body    `json:"enforcement" yaml:"enforcement"`
	// StatementDate is the day the accessibility statement was made or
	// last reviewed by the operator.
	StatementDate Date `json:"statement_date,omitempty" yaml:"statement_date"`
	// ServerLog says what the operator's web server (a reverse proxy, the
	// static host) records of each request; nil: not stated.
	ServerLog *ServerLog `json:"server_log,omitempty" yaml:"server_log"`
	// Laws are the law texts each page is written under (source IDs).
	Laws LegalSources `json:"laws" yaml:"laws"`
}

// Contact is a name with a postal address and ways to reach it.
type Contact struct {
	Pos           `json:"-" yaml:"-"`
	Name          string `json:"name,omitempty" yaml:"name"`
	RepresentedBy string `json:"represented_by,omitempty" yaml:"represented_by"`
	Street        string `json:"street,omitempty" yaml:"street"`
	Postcode      string `json:"postcode,omitempty" yaml:"postcode"`
	City          string `json:"city,omitempty" yaml:"city"`
	Email         string `json:"email,omitempty" yaml:"email"`
	Phone         string `json:"phone,omitempty" yaml:"phone"`
	Web           string `json:"web,omitempty" yaml:"web"`
}

// Empty tells whether nothing of the contact is filled in.
func (c Contact) Empty() bool { return c == Contact{Pos: c.Pos} }

// Reachable tells whether the contact can be written to or called.
func (c Contact) Reachable() bool { return c.Email != "" || c.Phone != "" || c.Web != "" }

// Body is a public body named by the sources (the enforcement body).
type Body struct {
	Contact    `yaml:",inline"`
	Provenance `yaml:",inline"`
}

// ServerLog describes the web server's access log.
type ServerLog struct {
	// KeptDays: how long the log is kept; 0 means there is no access log.
	KeptDays int `json:"kept_days" yaml:"kept_days"`
	// IPAddress: full, shortened or none.
	IPAddress IPLogging `json:"ip_address,omitempty" yaml:"ip_address"`
	// Query: the logged page address includes the answers (the query
	// string). The README's nginx block logs without it.
	Query bool `json:"query,omitempty" yaml:"query"`
}

// IPLogging says how much of the visitor's IP address the log keeps.
type IPLogging string

const (
	IPFull      IPLogging = "full"
	IPShortened IPLogging = "shortened"
	IPNone      IPLogging = "none"
)

var ipLoggings = []IPLogging{IPFull, IPShortened, IPNone}

// LegalSources lists, per legal page, the law texts it is written under.
type LegalSources struct {
	Imprint       []string `json:"imprint,omitempty" yaml:"imprint"`
	Privacy       []string `json:"privacy,omitempty" yaml:"privacy"`
	Accessibility []string `json:"accessibility,omitempty" yaml:"accessibility"`
}

// Missing lists the operator settings not filled in, as the file spells
// them (publisher.name, dpo.email …): `lotse check` warns with them, and
// the legal pages say so where they would show.
func (o *Operator) Missing() []string {
	var out []string
	need := func(field, value string) {
		if value == "" {
			out = append(out, field)
		}
	}
	need("publisher.name", o.Publisher.Name)
	need("publisher.street", o.Publisher.Street)
	need("publisher.postcode", o.Publisher.Postcode)
	need("publisher.city", o.Publisher.City)
	need("publisher.email", o.Publisher.Email)
	need("privacy_contact.email", o.PrivacyContact.Email)
	need("dpo.email", o.DPO.Email)
	need("supervisory.name", o.Supervisory.Name)
	if !o.AccessibilityContact.Reachable() {
		out = append(out, "accessibility_contact.email")
	}
	need("enforcement.name", o.Enforcement.Name)
	need("enforcement.web", o.Enforcement.Web)
	if o.StatementDate.IsZero() {
		out = append(out, "statement_date")
	}
	if o.ServerLog == nil {
		out = append(out, "server_log")
	}
	return out
}

// operator checks what the operator file says: addresses and links are
// well formed (they reach href attributes), the enforcement body has a
// source, and the laws name known sources. An empty file is valid: the
// pages say the operator has not filled them in.
func (v *validator) operator() {
	o := &v.c.Operator
	contacts := []struct {
		what string
		c    Contact
	}{
		{"publisher", o.Publisher}, {"privacy_contact", o.PrivacyContact}, {"dpo", o.DPO},
		{"supervisory", o.Supervisory}, {"accessibility_contact", o.AccessibilityContact},
		{"enforcement", o.Enforcement.Contact},
	}
	for _, x := range contacts {
		p := x.c.Pos
		if p.File == "" {
			p = o.Pos
		}
		v.email(p, "operator "+x.what, x.c.Email)
		v.phone(p, "operator "+x.what, x.c.Phone)
		v.url(p, "operator "+x.what, x.c.Web)
	}
	if !o.Enforcement.Empty() {
		p := o.Enforcement.Pos
		if p.File == "" {
			p = o.Pos
		}
		v.prov(p, "operator enforcement", o.Enforcement.Provenance)
	}
	if l := o.ServerLog; l != nil {
		if l.KeptDays < 0 {
			v.errorf(o.Pos, "operator server_log: kept_days %d is negative", l.KeptDays)
		}
		if l.KeptDays > 0 && !oneOf(l.IPAddress, ipLoggings) {
			v.errorf(o.Pos, "operator server_log: ip_address %q: want one of %v", l.IPAddress, ipLoggings)
		}
	}
	for _, ids := range [][]string{o.Laws.Imprint, o.Laws.Privacy, o.Laws.Accessibility} {
		for _, id := range ids {
			if v.c.Source(id) == nil {
				v.errorf(o.Pos, "operator laws: unknown source %q", id)
			}
		}
	}
}
