package taxonomy

import (
	"fmt"
	"strings"
)

// stopID marks a phrase that matches nothing; it exists so that a shorter
// synonym inside it does not fire ("remote desktop" is not Remote).
const stopID = -1

// node is one state of the token trie.
type node struct {
	next map[string]*node
	id   int  // 1 + index of the canonical name; 0 none; stopID
	caps bool // the phrase is a short acronym: the text must write it in capitals
	gen  bool // a generated variant, which an explicit phrase may take over
}

// matcher resolves names, synonyms and aliases of one vocabulary.
type matcher struct {
	names   []string       // canonical names, in definition order
	exact   map[string]int // canonical name → 1 + index
	keys    map[string]int // lookup key → 1 + index
	plurals map[string]int // generated plural keys, consulted after keys
	root    node
	plural  bool // also match synonyms with a plural "s"
}

func newMatcher(plural bool) *matcher {
	return &matcher{exact: map[string]int{}, keys: map[string]int{}, plurals: map[string]int{}, plural: plural}
}

// addName registers a canonical name; it fails when the name is empty or
// already known as a name or synonym.
func (m *matcher) addName(name string) error {
	k := key(name)
	if k == "" {
		return fmt.Errorf("name %q has no letters or digits", name)
	}
	if id, ok := m.keys[k]; ok {
		return fmt.Errorf("name %q duplicates %q", name, m.names[id-1])
	}
	m.names = append(m.names, name)
	id := len(m.names)
	m.exact[name] = id
	m.keys[k] = id
	return m.addPhrase(name, id, true)
}

// addSynonym registers a synonym of the name with the given id. lookupOnly
// synonyms serve Key: Value lookups but not free text.
func (m *matcher) addSynonym(s string, id int, lookupOnly bool) error {
	k := key(s)
	if k == "" {
		return fmt.Errorf("%s: synonym %q has no letters or digits", m.names[id-1], s)
	}
	if old, ok := m.keys[k]; ok && old != id {
		return fmt.Errorf("%s: synonym %q is already %s", m.names[id-1], s, m.names[old-1])
	}
	m.keys[k] = id
	if lookupOnly {
		return nil
	}
	return m.addPhrase(s, id, true)
}

// addStop registers a phrase that matches nothing, unless it is a synonym.
func (m *matcher) addStop(s string) {
	_ = m.addPhrase(s, stopID, false)
}

// addPhrase puts the phrase s into the trie, with its variants: the tokens
// written as one word ("PowerBI") and, for plural matchers, a plural "s".
// Explicit phrases must not collide; generated variants give way silently.
func (m *matcher) addPhrase(s string, id int, explicit bool) error {
	toks := tokenize(s, nil)
	if len(toks) == 0 {
		return nil
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.norm
	}
	caps := isAcronym(s)
	if err := m.put(words, id, len(words) == 1 && caps, explicit); err != nil || id == stopID {
		return err
	}
	if len(words) > 1 {
		_ = m.put([]string{strings.Join(words, "")}, id, caps, false)
	}
	if last := words[len(words)-1]; m.plural && pluralizable(last) {
		plural := append(words[:len(words)-1:len(words)-1], last+"s")
		_ = m.put(plural, id, len(words) == 1 && caps, false)
		if k := strings.Join(plural, ""); m.plurals[k] == 0 {
			m.plurals[k] = id
		}
	}
	return nil
}

// isAcronym reports two to four capital letters, perhaps with dots or
// slashes between them ("AI", "SAM", "U.S.", "CI/CD").
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.' || r == '/' || r == ' ':
		default:
			return false
		}
	}
	return n >= 2 && n <= 4
}

// pluralizable reports words that take a plain "s": lower-case letters not
// already ending in s or x.
func pluralizable(w string) bool {
	if len(w) < 2 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// put stores words → id. A collision with another id is an error for an
// explicit phrase and ignored otherwise; a stop phrase never overrides.
func (m *matcher) put(words []string, id int, caps, explicit bool) error {
	n := &m.root
	for _, w := range words {
		c := n.next[w]
		if c == nil {
			if n.next == nil {
				n.next = map[string]*node{}
			}
			c = &node{}
			n.next[w] = c
		}
		n = c
	}
	switch {
	case n.id == 0 || (n.id == stopID && id != stopID) || (n.gen && explicit):
		n.id, n.caps, n.gen = id, caps, !explicit
	case n.id == id:
		n.caps = n.caps && caps // the less strict spelling wins
		n.gen = n.gen && !explicit
	case explicit && id != stopID:
		return fmt.Errorf("phrase %q is both %s and %s", strings.Join(words, " "), m.name(n.id), m.name(id))
	}
	return nil
}

func (m *matcher) name(id int) string {
	if id <= 0 {
		return "(none)"
	}
	return m.names[id-1]
}

// lookup resolves a name, synonym or alias written in any case or spacing.
func (m *matcher) lookup(s string) (string, bool) {
	if id, ok := m.exact[s]; ok {
		return m.names[id-1], true
	}
	k := key(s)
	if id, ok := m.keys[k]; ok {
		return m.names[id-1], true
	}
	if id, ok := m.plurals[k]; ok {
		return m.names[id-1], true
	}
	return "", false
}

// find returns the canonical names mentioned in text, deduplicated, in order
// of first mention. At each token the longest phrase wins.
func (m *matcher) find(text string) []string {
	return m.findTokens(tokenize(text, make([]token, 0, len(text)/6+1)))
}

func (m *matcher) findTokens(toks []token) []string {
	var out []string
	var seen []bool
	for i := 0; i < len(toks); {
		id, n := m.longest(toks[i:])
		if n == 0 {
			i++
			continue
		}
		i += n
		if id <= 0 {
			continue
		}
		if seen == nil {
			seen = make([]bool, len(m.names)+1)
		}
		if !seen[id] {
			seen[id] = true
			out = append(out, m.names[id-1])
		}
	}
	return out
}

// longest walks the trie from toks[0] and returns the id and token count of
// the longest phrase found, or n == 0.
func (m *matcher) longest(toks []token) (id, n int) {
	cur := &m.root
	for i, t := range toks {
		if i > 0 && t.brk {
			break
		}
		cur = cur.next[t.norm]
		if cur == nil {
			break
		}
		if cur.id != 0 && (!cur.caps || t.caps) {
			id, n = cur.id, i+1
		}
	}
	return id, n
}
