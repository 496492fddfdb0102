//go:build race

package server

// raceEnabled: the race detector makes a reload several times slower, so
// timing tests skip under it (the race run checks correctness).
const raceEnabled = true
