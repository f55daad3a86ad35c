package annotate

import "sort"

// memory is what the person taught: how often each string was confirmed
// with each label, and how often a suggestion of it was rejected. It is not
// safe for concurrent use; Annotator guards it.
type memory struct {
	confirmed map[string]map[string]int // string → label → count
	rejected  map[string]map[string]int // string → label → count
	root      *trieNode                 // every string in confirmed, for longest match
}

// trieNode is a node of a code-point trie of confirmed strings.
type trieNode struct {
	next map[rune]*trieNode
	word bool
}

// minMemoryLen is the shortest string memory suggests: a single code point
// (华, 京) is too ambiguous to match everywhere.
const minMemoryLen = 2

// newMemory returns an empty memory.
func newMemory() *memory {
	return &memory{
		confirmed: map[string]map[string]int{},
		rejected:  map[string]map[string]int{},
		root:      &trieNode{},
	}
}

// confirm counts one confirmation of s as label.
func (m *memory) confirm(s, label string) {
	bump(m.confirmed, s, label)
	m.insert(s)
}

// reject counts one rejection of s as label.
func (m *memory) reject(s, label string) {
	bump(m.rejected, s, label)
}

// bump adds one to counts[s][label].
func bump(counts map[string]map[string]int, s, label string) {
	if counts[s] == nil {
		counts[s] = map[string]int{}
	}
	counts[s][label]++
}

// insert adds s to the trie.
func (m *memory) insert(s string) {
	n := m.root
	for _, r := range s {
		if n.next == nil {
			n.next = map[rune]*trieNode{}
		}
		if n.next[r] == nil {
			n.next[r] = &trieNode{}
		}
		n = n.next[r]
	}
	n.word = true
}

// isRejected reports whether s as label was rejected at least once and at
// least as often as it was confirmed.
func (m *memory) isRejected(s, label string) bool {
	return m.rejected[s][label] > 0 && m.rejected[s][label] >= m.confirmed[s][label]
}

// best returns the label s was confirmed with most often, net of
// rejections (ties go to the alphabetically first label), and a score from
// 0.7 to 1 that grows with its share of the confirmations. ok is false when
// no label is left.
func (m *memory) best(s string) (label string, score float64, ok bool) {
	labels := make([]string, 0, len(m.confirmed[s]))
	total := 0
	for l, n := range m.confirmed[s] {
		labels = append(labels, l)
		total += n
	}
	sort.Strings(labels)
	votes := 0
	for _, l := range labels {
		if v := m.confirmed[s][l] - m.rejected[s][l]; v > votes {
			label, votes = l, v
		}
	}
	if votes == 0 {
		return "", 0, false
	}
	return label, 0.7 + 0.3*float64(votes)/float64(total), true
}

// suggestions scans text left to right for confirmed strings, taking the
// longest one that still has a label at each position and jumping past it.
func (m *memory) suggestions(runes []rune) []candidate {
	var out []candidate
	for i := 0; i < len(runes); {
		c, ok := m.longestAt(runes, i)
		if !ok {
			i++
			continue
		}
		out = append(out, c)
		i = c.End
	}
	return out
}

// longestAt returns the longest usable confirmed string starting at i.
func (m *memory) longestAt(runes []rune, i int) (candidate, bool) {
	var found candidate
	ok := false
	n := m.root
	for k := i; k < len(runes); k++ {
		n = n.next[runes[k]]
		if n == nil {
			break
		}
		if !n.word || k+1-i < minMemoryLen {
			continue
		}
		if label, score, has := m.best(string(runes[i : k+1])); has {
			found = candidate{
				Suggestion: Suggestion{Start: i, End: k + 1, Label: label, Score: score, Rule: "memory"},
				priority:   priorityMemory,
			}
			ok = true
		}
	}
	return found, ok
}
