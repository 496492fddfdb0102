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
	// RoleConcern: what the person comes for; the appointment request
	// names it in the office's words (LetterConcern).
	RoleConcern QuestionRole = "concern"
)

var questionRoles = []QuestionRole{"", RoleExpiry, RoleBenefits, RoleUrgent, RoleConcern}

// FactKind says where a fact is shown on a checklist.
type FactKind string

const (
	FactNotice      FactKind = "notice"
	FactPhoto       FactKind = "photo"
	FactDeadline    FactKind = "deadline"
	FactWarning     FactKind = "warning"
	FactFeeNote     FactKind = "fee_note"
	FactChannelNote FactKind = "channel_note"
	// FactCaveat is a limit of what the sources say ("no complete list:
	// ask the team"): a notice the checklist puts in its summary.
	FactCaveat FactKind = "caveat"
	// FactHistory is a statement a newer one replaced: shown on the
	// sources page with its dates, never on a checklist.
	FactHistory FactKind = "history"
	// FactOutdated marks, on a checklist, a fact past its end date; it is
	// never written in the content.
	FactOutdated FactKind = "outdated"
)

var factKinds = []FactKind{FactNotice, FactPhoto, FactDeadline, FactWarning, FactFeeNote, FactChannelNote, FactCaveat, FactHistory}

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
