package content

// The kinds of things in the content are closed sets: a misspelt kind
// ("warnign", "walkin") is a load error with file:line, never a silent
// change of meaning.

// QuestionKind says how a question is answered.
type QuestionKind string

const (
	// QuestionChoice: one of the question's answers.
	QuestionChoice QuestionKind = "choice"
	// QuestionDate: a date (YYYY-MM-DD), or "unknown" if optional.
	QuestionDate QuestionKind = "date"
	// QuestionPeople: who needs the procedure, a comma-separated list of
	// the question's answers (adult, child_under_6 …), at most Max.
	QuestionPeople QuestionKind = "people"
)

var questionKinds = []QuestionKind{QuestionChoice, QuestionDate, QuestionPeople}

// QuestionRole marks a question the engine treats specially.
type QuestionRole string

const (
	// RoleExpiry: the date the current title or visa expires.
	RoleExpiry QuestionRole = "expiry"
	// RoleBenefits: yes means the person lives on SGB II/XII or
	// asylum-seeker benefits (fee exemptions, § 53 AufenthV).
	RoleBenefits QuestionRole = "benefits"
	// RoleUrgent: the reason for an urgent appointment ("none" for none).
	RoleUrgent QuestionRole = "urgent"
)

var questionRoles = []QuestionRole{"", RoleExpiry, RoleBenefits, RoleUrgent}

// FactKind says where a fact is shown on a checklist.
type FactKind string

const (
	FactNotice      FactKind = "notice"
	FactPhoto       FactKind = "photo"
	FactDeadline    FactKind = "deadline"
	FactWarning     FactKind = "warning"
	FactFeeNote     FactKind = "fee_note"
	FactChannelNote FactKind = "channel_note"
	// FactHistory is a statement a newer one replaced: shown on the
	// sources page with its dates, never on a checklist.
	FactHistory FactKind = "history"
	// FactOutdated marks, on a checklist, a fact past its end date; it is
	// never written in the content.
	FactOutdated FactKind = "outdated"
)

var factKinds = []FactKind{FactNotice, FactPhoto, FactDeadline, FactWarning, FactFeeNote, FactChannelNote, FactHistory}

// ChannelKind says how a way of contact works.
type ChannelKind string

const (
	ChannelForm              ChannelKind = "form"
	ChannelEmail             ChannelKind = "email"
	ChannelBooking           ChannelKind = "booking"
	ChannelWalkIn            ChannelKind = "walk_in"
	ChannelPhone             ChannelKind = "phone"
	ChannelOnlineApplication ChannelKind = "online_application"
	ChannelLetter            ChannelKind = "letter" // the office writes first
)

var channelKinds = []ChannelKind{ChannelForm, ChannelEmail, ChannelBooking, ChannelWalkIn, ChannelPhone, ChannelOnlineApplication, ChannelLetter}

// NeedsURL tells whether a channel sends the person to a web page.
func (k ChannelKind) NeedsURL() bool {
	return k == ChannelForm || k == ChannelBooking || k == ChannelOnlineApplication
}

// TakesMessage tells whether a written appointment request can go this way.
func (k ChannelKind) TakesMessage() bool { return k == ChannelForm || k == ChannelEmail }

// HoursKind says what an opening window is for.
type HoursKind string

const (
	HoursWalkIn      HoursKind = "walk_in"
	HoursAppointment HoursKind = "appointment"
	HoursOpen        HoursKind = "open"
	HoursPhone       HoursKind = "phone"
)

var hoursKinds = []HoursKind{HoursWalkIn, HoursAppointment, HoursOpen, HoursPhone}

// Outcome is what a complete set of answers leads to.
type Outcome string

const (
	OutcomeChecklist  Outcome = "checklist"
	OutcomeOtherCity  Outcome = "other_city"
	OutcomeNotCovered Outcome = "not_covered"
)

var outcomes = []Outcome{OutcomeChecklist, OutcomeOtherCity, OutcomeNotCovered}

// Anchor is the date a calendar rule counts from.
type Anchor string

const (
	AnchorAppointment Anchor = "appointment"
	AnchorMoveIn      Anchor = "move_in"
	AnchorExpiry      Anchor = "expiry"
)

var anchors = []Anchor{AnchorAppointment, AnchorMoveIn, AnchorExpiry}

// MinorRate says what a fee costs for a child.
type MinorRate string

const (
	// MinorAsk: no source gives a child rate; the office says.
	MinorAsk MinorRate = "ask"
	// MinorHalf: half the fee (§ 50 AufenthV).
	MinorHalf MinorRate = "half"
	// MinorSame: children pay the same.
	MinorSame MinorRate = "same"
)

// Weekdays, as written in hours.
var weekdays = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

func oneOf[T comparable](v T, set []T) bool {
	for _, x := range set {
		if x == v {
			return true
		}
	}
	return false
}

// Claim is something a text, document or fee states, declared in the data
// so that the contradiction check (contradictions.go) can compare what
// one path says without reading words.
type Claim string

const (
	// ClaimTitle: speaks of (or is for) a residence title or visa.
	ClaimTitle Claim = "title"
	// ClaimExtension: speaks of extending.
	ClaimExtension Claim = "extension"
	// ClaimExpiryWarning: warns that the paper has expired or cannot be
	// extended any more.
	ClaimExpiryWarning Claim = "expiry_warning"
	// ClaimApplyNow: asks the person to ask for an appointment or apply
	// now, early or by a date.
	ClaimApplyNow Claim = "apply_now"
	// ClaimOfficeWrites: the office writes first (a letter with the date).
	ClaimOfficeWrites Claim = "office_writes"
	// ClaimOrder: says what comes first when the office writes and the
	// person may also ask (no letter yet, or earlier on their own).
	ClaimOrder Claim = "order"
	// ClaimOnlyContactForm: says the contact form is the only way.
	ClaimOnlyContactForm Claim = "only_contact_form"
	// ClaimContactForm: tells the person to use the contact form.
	ClaimContactForm Claim = "contact_form"
	// ClaimNoOnlineBooking: says not to use the online booking.
	ClaimNoOnlineBooking Claim = "no_online_booking"
	// ClaimAutomaticContinuation: the paper stays in force by law, with
	// nothing to apply for.
	ClaimAutomaticContinuation Claim = "automatic_continuation"
	// ClaimPayment: a means of paying or a rule about paying fees.
	ClaimPayment Claim = "payment"
	// ClaimChildRate: says what children pay (a reduced rate).
	ClaimChildRate Claim = "child_rate"
)

var claims = []Claim{ClaimTitle, ClaimExtension, ClaimExpiryWarning, ClaimApplyNow, ClaimOfficeWrites, ClaimOrder,
	ClaimOnlyContactForm, ClaimContactForm, ClaimNoOnlineBooking, ClaimAutomaticContinuation, ClaimPayment, ClaimChildRate}

// HasClaim tells whether a list of claims holds c.
func HasClaim(list []Claim, c Claim) bool { return oneOf(c, list) }

// Situation keys the engine and the contradiction check read; their values
// are closed sets. Other situation keys are free for editors.
const (
	// FacetPaper: what the person holds now.
	FacetPaper = "paper"
	// FacetApplication: a first application or an extension.
	FacetApplication = "application"
)

// Papers a person can hold (values of the paper key).
const (
	PaperTitle      = "title"
	PaperVisa       = "visa"
	PaperGestattung = "gestattung"
	PaperDuldung    = "duldung"
	PaperNone       = "none"
)

// Applications (values of the application key).
const (
	ApplicationFirst     = "first"
	ApplicationExtension = "extension"
)

var facetValues = map[string][]string{
	FacetPaper:       {PaperTitle, PaperVisa, PaperGestattung, PaperDuldung, PaperNone},
	FacetApplication: {ApplicationFirst, ApplicationExtension},
}

// State keys: what a checklist's fees and dates say, known once the fees
// are priced. Conditions of documents and facts may name them (never
// routes, questions, channels or fees).
const (
	// StateToPay: "yes" when a fee in the total is charged (an amount or
	// one the office names), "no" when nothing is left to pay.
	StateToPay = "to_pay"
	// StateCharged: the fees charged (on the checklist, not waived).
	StateCharged = "charged"
	// StateChildRate: the child rates of charged fees (half, same, ask,
	// own: a fee of its own for children).
	StateChildRate = "child_rate"
	// StateLate: "yes" when the expiry date falls inside the lead time the
	// sources give (a fact's calendar rule before the expiry has passed):
	// no appointment can be expected before the paper runs out.
	StateLate = "late"
)

// MinorOwn marks a child share priced by a fee of its own (minor_fee).
const MinorOwn MinorRate = "own"

var stateKeys = []string{StateToPay, StateCharged, StateChildRate, StateLate}
