package export

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readerCases are single-line inputs to the reader, good and hostile; they
// also seed FuzzReadJSONL.
var readerCases = []struct {
	name string
	line string
	err  error // nil: the line reads
}{
	{"gold line", `{"id":"a#1","title":"标题","text":"王磊在菏泽市","entities":[{"start":0,"end":2,"label":"PER","text":"王磊"},{"start":3,"end":6,"label":"GPE","text":"菏泽市"}],"fragments":[{"source":"p.txt","block":4,"kind":"headline","start":0,"end":6}],"joins":[{"from":4,"to":5,"score":0.81,"decision":"confirmed"}],"status":"gold","split":"train","annotator":"甲"}`, nil},
	{"gold with utf16 offsets", `{"id":"a#2","text":"𠮷野家在菏泽","entities":[{"start":5,"end":7,"label":"GPE","text":"菏泽"}],"status":"gold","offsets":"utf16"}`, nil},
	{"utf16 offset inside a surrogate pair", `{"id":"a#3","text":"𠮷野家","entities":[{"start":1,"end":3,"label":"ORG","text":"野"}],"status":"gold","offsets":"utf16"}`, ErrBadSpan},
	{"doccano line", `{"text":"王磊在菏泽市","label":[[0,2,"PER"],[3,6,"GPE"]]}`, nil},
	{"doccano line with id and meta", `{"id":17,"text":"王磊在菏泽市","label":[[0,2,"PER"]],"Comments":[]}`, nil},
	{"doccano label not a triple", `{"text":"王磊","label":[[0,2]]}`, ErrBadLine},
	{"doccano label out of range", `{"text":"王磊","label":[[0,3,"PER"]]}`, ErrBadSpan},
	{"negative start", `{"id":"b","text":"王磊","entities":[{"start":-1,"end":2,"label":"PER","text":"王磊"}],"status":"gold"}`, ErrBadSpan},
	{"end before start", `{"id":"b","text":"王磊","entities":[{"start":2,"end":1,"label":"PER","text":"磊"}],"status":"gold"}`, ErrBadSpan},
	{"end past the text", `{"id":"b","text":"王磊","entities":[{"start":0,"end":9,"label":"PER","text":"王磊"}],"status":"gold"}`, ErrBadSpan},
	{"span text differs", `{"id":"b","text":"王磊","entities":[{"start":0,"end":2,"label":"PER","text":"王忠"}],"status":"gold"}`, ErrBadSpan},
	{"same label overlap", `{"id":"b","text":"菏泽市人","entities":[{"start":0,"end":3,"label":"GPE","text":"菏泽市"},{"start":0,"end":2,"label":"GPE","text":"菏泽"}],"status":"gold"}`, ErrBadSpan},
	{"nested different labels", `{"id":"b","text":"菏泽市政府","entities":[{"start":0,"end":5,"label":"ORG","text":"菏泽市政府"},{"start":0,"end":3,"label":"GPE","text":"菏泽市"}],"status":"gold"}`, nil},
	{"offset of the wrong type", `{"id":"b","text":"王磊","entities":[{"start":"0","end":2,"label":"PER","text":"王磊"}],"status":"gold"}`, ErrBadLine},
	{"fractional offset", `{"id":"b","text":"王磊","entities":[{"start":0.5,"end":2,"label":"PER","text":"王磊"}],"status":"gold"}`, ErrBadLine},
	{"text is a number", `{"id":"b","text":5,"entities":[],"status":"gold"}`, ErrBadLine},
	{"unknown key", `{"id":"b","text":"王磊","entitys":[],"entities":[],"status":"gold"}`, ErrBadLine},
	{"missing status", `{"id":"b","text":"王磊","entities":[]}`, ErrBadLine},
	{"unknown status", `{"id":"b","text":"王磊","entities":[],"status":"done"}`, ErrBadRecord},
	{"unknown split", `{"id":"b","text":"王磊","entities":[],"status":"gold","split":"val"}`, ErrBadRecord},
	{"bad join decision", `{"id":"b","text":"王磊","entities":[],"joins":[{"from":1,"to":2,"score":0.5,"decision":"maybe"}],"status":"gold"}`, ErrBadRecord},
	{"not an object", `["王磊"]`, ErrBadLine},
	{"not JSON", `{"id": "b", "text": "王磊"`, ErrBadLine},
	{"deep nesting", `{"id":"b","text":"x","entities":[],"status":"gold","title":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}`, ErrBadLine},
	{"invalid UTF-8", "{\"id\":\"b\",\"text\":\"\xe7\x8e\",\"entities\":[],\"status\":\"gold\"}", ErrBadLine},
}

func TestReaderLines(t *testing.T) {
	for _, tt := range readerCases {
		t.Run(tt.name, func(t *testing.T) {
			// a blank line first, so the case is line 2
			items, err := ReadAll(strings.NewReader("\n" + tt.line + "\n"))
			if tt.err == nil {
				if err != nil || len(items) != 1 {
					t.Fatalf("got %d items, error %v; want one item", len(items), err)
				}
				if err := CheckRecord(items[0].Record); err != nil || items[0].Line != 2 {
					t.Errorf("item on line %d fails its check: %v", items[0].Line, err)
				}
				return
			}
			if !errors.Is(err, tt.err) {
				t.Fatalf("error = %v, want %v", err, tt.err)
			}
			if !strings.HasPrefix(err.Error(), "export: line 2: ") {
				t.Errorf("error %q does not start with the line number", err)
			}
		})
	}
}

func TestReaderUTF16BackToCodePoints(t *testing.T) {
	items, err := ReadAll(strings.NewReader(readerCases[1].line))
	if err != nil {
		t.Fatal(err)
	}
	e := items[0].Record.Entities[0]
	if e.Start != 4 || e.End != 6 || e.Text != "菏泽" {
		t.Errorf("entity = %+v, want [4,6) 菏泽 in code points", e)
	}
}

func TestReaderDuplicateID(t *testing.T) {
	line := `{"id":"a","text":"王磊","entities":[],"status":"gold"}` + "\n"
	_, err := ReadAll(strings.NewReader(line + line))
	if !errors.Is(err, ErrBadRecord) || !strings.Contains(err.Error(), "line 2") || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("error = %v, want a duplicate id on line 2 naming line 1", err)
	}
}

// endless is an io.Reader of n bytes of 'x' that holds none of them.
type endless struct{ n, read int }

func (e *endless) Read(p []byte) (int, error) {
	if e.read >= e.n {
		return 0, io.EOF
	}
	k := min(len(p), e.n-e.read)
	for i := range p[:k] {
		p[i] = 'x'
	}
	e.read += k
	return k, nil
}

func TestReaderLongLine(t *testing.T) {
	src := &endless{n: 100 << 20}
	r := NewReader(io.MultiReader(strings.NewReader(readerCases[0].line+"\n"), src))
	if _, err := r.Next(); err != nil {
		t.Fatal(err)
	}
	_, err := r.Next()
	if !errors.Is(err, ErrBadLine) || !strings.HasPrefix(err.Error(), "export: line 2: bad line: longer than") {
		t.Fatalf("error = %v, want line 2 too long", err)
	}
	if src.read > DefaultMaxLine+1<<17 {
		t.Errorf("read %d bytes of the long line, want at most about %d", src.read, DefaultMaxLine)
	}
	if _, again := r.Next(); again == nil || again.Error() != err.Error() {
		t.Errorf("Next after the error = %v, want the same error", again)
	}
}

func TestRoundTrip(t *testing.T) {
	for _, opt := range []Options{{Format: FormatJSONL}, {Format: FormatJSONL, Offsets: UTF16}} {
		t.Run("offsets "+string(opt.Offsets), func(t *testing.T) {
			dir, _ := exportSample(t, opt)
			first, err := os.ReadFile(filepath.Join(dir, "gold.jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			items, err := ReadAll(bytes.NewReader(first))
			if err != nil {
				t.Fatal(err)
			}
			var again []byte
			for _, it := range items {
				b, err := MarshalGold(it.Record, it.Split, opt.Offsets)
				if err != nil {
					t.Fatal(err)
				}
				again = append(again, b...)
			}
			if !bytes.Equal(first, again) {
				t.Errorf("export → import → export changed the file")
			}
		})
	}
}

func TestReadDoccanoExport(t *testing.T) {
	dir, sum := exportSample(t, Options{Format: FormatDoccano})
	f, err := os.Open(filepath.Join(dir, "doccano.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	items, err := ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, it := range items {
		want := sampleRecords(t)[i]
		if it.Record.Text != want.Text || it.Format != FormatDoccano {
			t.Errorf("item %d: text or format differs", i)
		}
		n += len(it.Record.Entities)
	}
	if n != sum.Spans {
		t.Errorf("read %d spans back, wrote %d", n, sum.Spans)
	}
}

// FuzzReadJSONL feeds arbitrary bytes to the reader: it must never panic,
// must stay within its line limit, and what it accepts must pass
// CheckRecord and write back out.
func FuzzReadJSONL(f *testing.F) {
	for _, tt := range readerCases {
		f.Add([]byte(tt.line))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(bytes.NewReader(data))
		r.MaxLine = 1 << 12
		for {
			it, err := r.Next()
			if err != nil {
				return
			}
			if err := CheckRecord(it.Record); err != nil {
				t.Fatalf("accepted a bad record: %v", err)
			}
			if _, err := MarshalGold(it.Record, it.Split, CodePoints); err != nil {
				t.Fatalf("accepted record does not write: %v", err)
			}
		}
	})
}
