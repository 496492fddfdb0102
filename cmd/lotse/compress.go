package main

import "lotse/internal/server"

// runCompress writes FILE.gz (gzip -9) and FILE.br (brotli -q 11) beside
// each named file, unless they are already newer than the file.
func runCompress(args []string) error {
	for _, name := range args {
		if _, err := server.CompressBeside(name); err != nil {
			return err
		}
	}
	return nil
}
