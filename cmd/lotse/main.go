// Command lotse is Lotse's server and command-line tool.
//
//	lotse serve      serve the app (pre-rendered pages, wasm, content)
//	lotse static     write the whole site for a static host or CDN
//	lotse check      validate content and translations
//	lotse questions  list every question with its answer values
//	lotse checklist  print the checklist for a set of answers
//	lotse paths      list representative paths (the browser sweep) or all
//	lotse review     write every outcome as one document for the office
//	lotse stamp      record that translations match the current German
//	lotse compress   write .gz and .br copies of files (used by make)
//
// `lotse <command> -h` describes a command's flags.
package main

import (
	"fmt"
	"os"
)

var commands = map[string]func(args []string) error{
	"serve":     runServe,
	"static":    runStatic,
	"check":     runCheck,
	"questions": runQuestions,
	"checklist": runChecklist,
	"paths":     runPaths,
	"review":    runReview,
	"stamp":     runStamp,
	"compress":  runCompress,
}

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	run, ok := commands[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "lotse: unknown command %q\n", os.Args[1])
		usage()
		os.Exit(2)
	}
	if err := run(os.Args[2:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: lotse serve|static|check|questions|checklist|paths|review|stamp|compress [flags]")
}
