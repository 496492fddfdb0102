package app

// Keys of what Lotse keeps in the browser's localStorage. Nothing else is
// stored; "delete my data" removes all of them.
const (
	storageLang  = "lotse.lang"
	storageTicks = "lotse.ticks." // + the checklist's answers
)
