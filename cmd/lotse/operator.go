package main

import (
	"fmt"
	"strings"

	"lotse/content"
)

// printOperator warns while the operator settings are not filled in: the
// legal pages then say so to every reader. It is a warning, not a
// failure: a preview or a test site may run without an operator.
func printOperator(c *content.Content) {
	missing := c.Operator.Missing()
	if len(missing) == 0 {
		fmt.Println("operator: ok")
		return
	}
	where := "the content files have no operator section"
	if p := c.Operator.Pos; p.File != "" {
		where = fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	fmt.Printf("warning: %s: operator settings not filled in (%d): %s; the Impressum, privacy and accessibility pages say that the operator has not filled them in\n",
		where, len(missing), strings.Join(missing, ", "))
}
