package server

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"fmt"
	"io"
	"net/http"
	"sync"

	"github.com/andybalholm/brotli"
)

// A page is fully determined by the state it is rendered from (content,
// translations, version, the editor's problems), its canonical URL and the
// day: it is rendered and compressed once and then served from memory.
// Each state has its own cache, so a reload starts with an empty one and
// an old state's pages go with it.
//
// The levels were chosen by measurement (BenchmarkPageCompression,
// docs/performance.md): brotli 5 makes the checklist about 28 % and the
// advisor's page about 40 % smaller than gzip at any level, in about the
// time of one rendering; quality 6 and above save under 1 % more and cost
// more, 11 costs 40 times as much. gzip is made only for a client that
// does not take brotli, at the default level (within 2 % of level 9 in
// less than half the time).
const (
	pageBrotliQuality = 5
	pageGzipLevel     = gzip.DefaultCompression
	// Bodies this small are sent as they are.
	pageMinCompress = 512
	// entryOverhead is what an entry costs besides its bytes (key, list
	// element, struct), counted against the budget; aliasOverhead what an
	// alias costs besides its text.
	entryOverhead = 256
	aliasOverhead = 64
	// maxAliases: request URLs remembered per page (the same answers in
	// other orders, with tracking parameters…); more are parsed each time.
	maxAliases = 8
)

// pageCacheBytes bounds each state's cache (compressed bytes): about
// 2,400 advisor pages or 17,000 start pages. A variable for the tests.
var pageCacheBytes = 32 << 20

// pageCache is a least-recently-used cache of rendered pages, bounded by
// bytes. A page asked for while it is being rendered is rendered once:
// the other requests wait for it.
//
// Pages are found by their key (the ETag, from the canonical URL) and by
// aliases: request URLs, with the day, that led to them before. A request
// seen before is answered without parsing and hashing its URL again
// (that was half of what a cached checklist cost to serve). An alias
// lives as long as its page.
type pageCache struct {
	mu       sync.Mutex
	max      int
	bytes    int
	entries  map[string]*list.Element // of *cachedPage
	aliases  map[string]*cachedPage   // only pages in entries
	lru      list.List                // most recently used first
	inFlight map[string]*rendering
	renders  int // pages rendered so far (the tests read it)
}

type rendering struct {
	done chan struct{}
	page *cachedPage
}

func newPageCache(max int) *pageCache {
	return &pageCache{max: max, entries: map[string]*list.Element{}, aliases: map[string]*cachedPage{}, inFlight: map[string]*rendering{}}
}

// lookup returns the page a request URL led to before, or nil.
func (c *pageCache) lookup(alias string) *cachedPage {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.aliases[alias]
	if p != nil {
		c.lru.MoveToFront(c.entries[p.key])
	}
	return p
}

// get returns the page cached under key, or renders, compresses and
// caches it; alias leads to it next time.
func (c *pageCache) get(key, alias string, render func() *cachedPage) *cachedPage {
	c.mu.Lock()
	if e, ok := c.entries[key]; ok {
		c.lru.MoveToFront(e)
		p := e.Value.(*cachedPage)
		c.addAlias(p, alias)
		c.mu.Unlock()
		return p
	}
	if f, ok := c.inFlight[key]; ok {
		c.mu.Unlock()
		<-f.done
		if f.page == nil { // the rendering panicked: try again, alone
			return render()
		}
		return f.page
	}
	f := &rendering{done: make(chan struct{})}
	c.inFlight[key] = f
	c.renders++
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.inFlight, key)
		if f.page != nil {
			f.page.key, f.page.cache = key, c
			c.add(f.page)
			c.addAlias(f.page, alias)
		}
		c.mu.Unlock()
		close(f.done)
	}()
	f.page = render()
	return f.page
}

// add puts a page in front and drops the least recently used pages
// beyond the budget; a page larger than an eighth of it is not kept.
// c.mu is held.
func (c *pageCache) add(p *cachedPage) {
	if p.cost() > c.max/8 {
		return
	}
	c.entries[p.key] = c.lru.PushFront(p)
	c.bytes += p.cost()
	c.trim()
}

// addAlias lets alias lead to a cached page. c.mu is held.
func (c *pageCache) addAlias(p *cachedPage, alias string) {
	if _, cached := c.entries[p.key]; !cached || len(p.aliases) >= maxAliases || c.aliases[alias] != nil {
		return
	}
	c.aliases[alias] = p
	p.aliases = append(p.aliases, alias)
	c.bytes += len(alias) + aliasOverhead
	c.trim()
}

func (c *pageCache) trim() {
	for c.bytes > c.max {
		e := c.lru.Back()
		p := e.Value.(*cachedPage)
		c.lru.Remove(e)
		delete(c.entries, p.key)
		c.bytes -= p.cost()
		for _, a := range p.aliases {
			delete(c.aliases, a)
			c.bytes -= len(a) + aliasOverhead
		}
		p.aliases = nil
	}
}

// stats are the cache's size in pages and bytes and how many pages it
// has rendered.
func (c *pageCache) stats() (pages, bytes, renders int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries), c.bytes, c.renders
}

// cachedPage is one rendered page: compressed with brotli, or as it is
// when it is small; gzip is made the first time a client needs it.
type cachedPage struct {
	status int
	ctype  string
	plain  []byte // small bodies only
	br     []byte
	size   int // uncompressed length

	key     string
	cache   *pageCache // once cached: gzip's bytes count against it
	aliases []string   // request URLs that lead here (c.mu)

	gzOnce sync.Once
	gz     []byte
}

func newCachedPage(status int, ctype string, body []byte) *cachedPage {
	p := &cachedPage{status: status, ctype: ctype, size: len(body)}
	if len(body) < pageMinCompress {
		p.plain = bytes.Clone(body)
		return p
	}
	var b bytes.Buffer
	w := brotli.NewWriterLevel(&b, pageBrotliQuality)
	w.Write(body) // writes to memory do not fail
	w.Close()
	p.br = b.Bytes()
	return p
}

// cost is what the page takes of the cache's budget. The cache's lock is
// held, or the page is not yet cached.
func (p *cachedPage) cost() int { return len(p.plain) + len(p.br) + len(p.gz) + entryOverhead }

// body is the page as it is, decompressed for a client that takes no
// compression (rare: every browser takes brotli or gzip).
func (p *cachedPage) body() []byte {
	if p.plain != nil {
		return p.plain
	}
	b, err := io.ReadAll(brotli.NewReader(bytes.NewReader(p.br)))
	if err != nil {
		panic(fmt.Sprintf("page cache: own brotli stream: %v", err)) // cannot happen: the bytes are ours
	}
	return b
}

// gzipped is the page in gzip, made once.
func (p *cachedPage) gzipped() []byte {
	p.gzOnce.Do(func() {
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, pageGzipLevel)
		w.Write(p.body())
		w.Close()
		gz := b.Bytes()
		if c := p.cache; c != nil {
			c.mu.Lock()
			defer c.mu.Unlock()
			p.gz = gz
			if _, cached := c.entries[p.key]; cached {
				c.bytes += len(gz)
				c.trim()
			}
			return
		}
		p.gz = gz
	})
	return p.gz
}

// write answers with the page in the best encoding the client takes.
func (p *cachedPage) write(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	if p.ctype != "" {
		h.Set("Content-Type", p.ctype)
	}
	accept := r.Header.Get("Accept-Encoding")
	var body []byte
	switch {
	case p.plain != nil:
		body = p.plain
	case acceptsEncoding(accept, "br"):
		body = p.br
		h.Set("Content-Encoding", "br")
	case acceptsEncoding(accept, "gzip"):
		body = p.gzipped()
		h.Set("Content-Encoding", "gzip")
	default:
		body = p.body()
	}
	h.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(p.status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}
