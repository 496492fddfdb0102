//go:build js

package main

func serve() {}
