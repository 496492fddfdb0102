package content

type index struct {
	questions  map[string]*Question
	teams      map[string]*Team
	offices    map[string]*Office
	channels   map[string]*Channel
	documents  map[string]*Document
	fees       map[string]*Fee
	facts      map[string]*Fact
	procedures map[string]*Procedure
	sources    map[string]*Source
	authority  map[string]*Authority
}

// Index builds the lookup tables. The loader calls it; a client that
// decodes Content from JSON calls it once after decoding.
func (c *Content) Index() {
	ix := &index{
		questions: map[string]*Question{}, teams: map[string]*Team{}, offices: map[string]*Office{},
		channels: map[string]*Channel{}, documents: map[string]*Document{}, fees: map[string]*Fee{},
		facts: map[string]*Fact{}, procedures: map[string]*Procedure{}, sources: map[string]*Source{},
		authority: map[string]*Authority{},
	}
	for i := range c.Questions {
		ix.questions[c.Questions[i].ID] = &c.Questions[i]
	}
	for i := range c.Teams {
		ix.teams[c.Teams[i].ID] = &c.Teams[i]
	}
	for i := range c.Offices {
		ix.offices[c.Offices[i].ID] = &c.Offices[i]
	}
	for i := range c.Channels {
		ix.channels[c.Channels[i].ID] = &c.Channels[i]
	}
	for i := range c.Documents {
		ix.documents[c.Documents[i].ID] = &c.Documents[i]
	}
	for i := range c.Fees {
		ix.fees[c.Fees[i].ID] = &c.Fees[i]
	}
	for i := range c.Facts {
		ix.facts[c.Facts[i].ID] = &c.Facts[i]
	}
	for i := range c.Procedures {
		ix.procedures[c.Procedures[i].ID] = &c.Procedures[i]
	}
	for i := range c.Sources {
		ix.sources[c.Sources[i].ID] = &c.Sources[i]
	}
	for i := range c.Authorities {
		ix.authority[c.Authorities[i].ID] = &c.Authorities[i]
	}
	c.index = ix
}

func (c *Content) ix() *index {
	if c.index == nil {
		c.Index()
	}
	return c.index
}

// Lookups return nil for unknown IDs.
func (c *Content) Question(id string) *Question   { return c.ix().questions[id] }
func (c *Content) Team(id string) *Team           { return c.ix().teams[id] }
func (c *Content) Office(id string) *Office       { return c.ix().offices[id] }
func (c *Content) Channel(id string) *Channel     { return c.ix().channels[id] }
func (c *Content) Document(id string) *Document   { return c.ix().documents[id] }
func (c *Content) Fee(id string) *Fee             { return c.ix().fees[id] }
func (c *Content) Fact(id string) *Fact           { return c.ix().facts[id] }
func (c *Content) Procedure(id string) *Procedure { return c.ix().procedures[id] }
func (c *Content) Source(id string) *Source       { return c.ix().sources[id] }
func (c *Content) Authority(id string) *Authority { return c.ix().authority[id] }

// facet returns the situation key named k, or nil.
func (c *Content) facet(k string) *Facet {
	for i := range c.Situation {
		if c.Situation[i].Key == k {
			return &c.Situation[i]
		}
	}
	return nil
}

// Rate returns a rate by ID, or nil.
func (c *Content) Rate(id string) *Rate {
	for i := range c.Rates {
		if c.Rates[i].ID == id {
			return &c.Rates[i]
		}
	}
	return nil
}

// AmountOf is the value a fact's placeholder takes: a known fee's amount
// or a rate. ok is false for unknown IDs and fees without an amount.
func (c *Content) AmountOf(id string) (Amount, bool) {
	if f := c.Fee(id); f != nil {
		return Amount{Cents: f.Cents}, !f.Unknown
	}
	if r := c.Rate(id); r != nil {
		return Amount{Cents: r.Cents, Percent: r.Percent}, true
	}
	return Amount{}, false
}

func (c *Content) amountProvenance(id string) Provenance {
	if f := c.Fee(id); f != nil {
		return f.Provenance
	}
	if r := c.Rate(id); r != nil {
		return r.Provenance
	}
	return Provenance{}
}
