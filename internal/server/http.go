package server

import (
	"bytes"
	"fmt"
	"mime"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// securityHeaders are set on every response. The policy allows only the
// app's own origin; 'wasm-unsafe-eval' lets the browser compile app.wasm.
func securityHeaders(h http.Header, r *http.Request) {
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Permissions-Policy", PermissionsPolicy)
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if r.TLS != nil {
		h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
	}
}

// The policies, also written into the README's nginx block (a test
// compares them).
const (
	ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"
	PermissionsPolicy     = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=(), fullscreen=(), display-capture=()"
)

// writeStall is how long a write may block: a client that stops reading
// is dropped after it, while a slow one that keeps reading is not (each
// write extends the deadline). A variable for the tests.
var writeStall = 15 * time.Second

// deadlineWriter extends the connection's write deadline before every
// write, in chunks, so that the deadline measures a stall, not the length
// of a download.
type deadlineWriter struct {
	http.ResponseWriter
	rc *http.ResponseController
}

func newDeadlineWriter(w http.ResponseWriter) http.ResponseWriter {
	d := &deadlineWriter{ResponseWriter: w, rc: http.NewResponseController(w)}
	d.extend()
	return d
}

func (d *deadlineWriter) extend() { _ = d.rc.SetWriteDeadline(time.Now().Add(writeStall)) }

func (d *deadlineWriter) Write(b []byte) (int, error) {
	written := 0
	for len(b) > 0 {
		n := min(len(b), 64<<10)
		d.extend()
		k, err := d.ResponseWriter.Write(b[:n])
		written += k
		if err != nil {
			return written, err
		}
		b = b[n:]
	}
	return written, nil
}

func (d *deadlineWriter) Unwrap() http.ResponseWriter { return d.ResponseWriter }

// staticHandler serves the web directory under /web/. A pre-compressed
// copy (name.br, name.gz, newer than the file) is chosen by
// Accept-Encoding; files revalidate cheaply (Last-Modified); the service
// worker keeps them offline.
func staticHandler(dir string) http.Handler {
	files := http.StripPrefix("/web", http.FileServer(http.Dir(dir)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") || strings.Contains(r.URL.Path, "..") {
			http.NotFound(w, r) // no directory listings
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		name := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(r.URL.Path, "/web/")))
		if Compressible(name) {
			varyOnEncoding(w.Header())
			if enc, file := pickEncoding(r.Header.Get("Accept-Encoding"), name); file != "" {
				serveCompressed(w, r, name, file, enc)
				return
			}
			// No fresh copy on disk (a stylesheet being edited): compress
			// on the way out, so text is never sent uncompressed.
			if b, err := os.ReadFile(name); err == nil && acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
				if fi, err := os.Stat(name); err == nil {
					w.Header().Set("Last-Modified", fi.ModTime().UTC().Format(http.TimeFormat))
				}
				serveBytes(w, r, contentType(name), b)
				return
			}
		}
		files.ServeHTTP(w, r)
	})
}

// varyOnEncoding says once that the reply depends on Accept-Encoding.
func varyOnEncoding(h http.Header) {
	for _, v := range h.Values("Vary") {
		for _, f := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(f), "Accept-Encoding") {
				return
			}
		}
	}
	h.Add("Vary", "Accept-Encoding")
}

func contentType(name string) string {
	if t := mime.TypeByExtension(filepath.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// pickEncoding returns the best pre-compressed copy the client accepts.
func pickEncoding(accept, name string) (encoding, file string) {
	for _, c := range []struct{ enc, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if acceptsEncoding(accept, c.enc) && fresh(name+c.ext, name) {
			return c.enc, name + c.ext
		}
	}
	return "", ""
}

func serveCompressed(w http.ResponseWriter, r *http.Request, name, file, enc string) {
	f, err := os.Open(file)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", contentType(name))
	w.Header().Set("Content-Encoding", enc)
	if orig, err := os.Stat(name); err == nil {
		w.Header().Set("X-Uncompressed-Length", fmt.Sprint(orig.Size()))
	}
	if r.Header.Get("Range") == "" {
		// ServeContent leaves Content-Length out when an encoding is set.
		w.Header().Set("Content-Length", fmt.Sprint(fi.Size()))
	}
	http.ServeContent(w, r, name, fi.ModTime(), f)
}

func wasmSize(webDir string) (int64, bool) {
	fi, err := os.Stat(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return 0, false
	}
	return fi.Size(), true
}

// CheckWasm says what to do when the wasm has not been built.
func CheckWasm(webDir string) error {
	if _, ok := wasmSize(webDir); !ok {
		return fmt.Errorf("%s/app.wasm is missing: run `make wasm` first", webDir)
	}
	return nil
}

// prefixResolver puts the base path before the site's own absolute URLs
// in pre-rendered pages. Unlike go-app's PrefixedLocation it leaves
// fragments (#main), mailto:, tel: and data: URLs alone and does not
// prefix twice: the app's page links already carry the base path, because
// in the browser go-app prefixes only /web/ resources.
type prefixResolver string

func (p prefixResolver) Resolve(loc string) string {
	prefix := string(p)
	switch {
	case loc == "" || loc == "/":
		return prefix
	case !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//"):
		return loc
	case loc == prefix || strings.HasPrefix(loc, prefix+"/"):
		return loc
	}
	return prefix + loc
}

// SecureListener wraps the server's listener so that the replies net/http
// writes by itself, before or instead of the handler, carry the security
// headers as well: 400 (a malformed request, a missing Host), 431 (headers
// beyond MaxHeaderBytes), 501 (an unknown Transfer-Encoding), 505 and 417
// (an Expect other than 100-continue). net/http offers no hook for them:
// the first four are written straight onto the connection as a fixed
// text, the 417 with a header map of its own. Such a reply is
// recognised as one write that starts a response, closes the connection
// and has no Content-Security-Policy (every reply of the handler has
// one); the headers are put in after its status line. The interim
// "100 Continue" (a status line alone) is left as it is.
func SecureListener(ln net.Listener) net.Listener { return secureListener{ln} }

type secureListener struct{ net.Listener }

func (l secureListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return secureConn{c}, nil
}

type secureConn struct{ net.Conn }

// ownReplyHeaders are the security headers as lines of a response head.
var ownReplyHeaders = func() []byte {
	h := http.Header{}
	securityHeaders(h, &http.Request{})
	var b bytes.Buffer
	h.Write(&b)
	return b.Bytes()
}()

func (c secureConn) Write(b []byte) (int, error) {
	if !bytes.HasPrefix(b, []byte("HTTP/1.")) {
		return c.Conn.Write(b)
	}
	head, _, whole := bytes.Cut(b, []byte("\r\n\r\n"))
	if !whole || !bytes.Contains(head, []byte("\r\nConnection: close")) || bytes.Contains(head, []byte("\r\nContent-Security-Policy:")) {
		return c.Conn.Write(b)
	}
	status, _, _ := bytes.Cut(b, []byte("\r\n"))
	out := make([]byte, 0, len(b)+len(ownReplyHeaders))
	out = append(out, status...)
	out = append(out, "\r\n"...)
	out = append(out, ownReplyHeaders...)
	out = append(out, b[len(status)+2:]...)
	if _, err := c.Conn.Write(out); err != nil {
		return 0, err
	}
	return len(b), nil
}
