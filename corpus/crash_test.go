package corpus

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// crashEnv names the project a crash-test child edits; the child runs only
// when it is set.
const crashEnv = "STITCHMARK_CRASH_CHILD"

// crashEdits is how many scripted edits a child applies.
const crashEdits = 1000

// crashWindow is the time after the child is ready within which it is
// killed; 1,000 edits take about 1.5 s in a normal build.
const crashWindow = 1500 * time.Millisecond

// TestCrashChild is the child of TestCrash: it applies crashEdits scripted
// edits to the project named by crashEnv and prints "ack I KIND ID" once
// edit I is acknowledged (committed). Without crashEnv it does nothing.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		return
	}
	p, err := OpenProject(path)
	if err != nil {
		t.Fatal(err)
	}
	arts, err := p.Articles(0)
	if err != nil {
		t.Fatal(err)
	}
	first := make([]FragmentID, len(arts))
	for i, a := range arts {
		v, err := p.Article(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		first[i] = v.Fragments[0].ID
	}
	fmt.Fprintln(os.Stdout, "ready")
	for i := range crashEdits {
		a := arts[i%len(arts)]
		var line string
		switch i % 3 {
		case 0:
			id, err := p.AddSpan(a.ID, i%7, i%7+2, "PER", OriginRule)
			if err != nil {
				t.Fatal(err)
			}
			line = fmt.Sprintf("ack %d span %d", i, id)
		case 1:
			name := fmt.Sprintf("标签%04d", i)
			if err := p.AddLabel(Label{Name: name, Colour: "#102030"}); err != nil {
				t.Fatal(err)
			}
			line = fmt.Sprintf("ack %d label %s", i, name)
		default:
			f := first[i%len(arts)]
			if err := p.EditFragmentText(f, 0, 0, "甲"); err != nil {
				t.Fatal(err)
			}
			line = fmt.Sprintf("ack %d edit %d", i, f)
		}
		fmt.Fprintln(os.Stdout, line)
	}
	p.Close()
}

// crashTrial is what one child acknowledged before it was killed.
type crashTrial struct {
	acks   int
	spans  []SpanID
	labels []string
	edits  map[FragmentID]int
}

// TestCrash kills a child applying edits at a random moment, 20 times,
// and checks after each kill that the project passes PRAGMA
// integrity_check and holds every acknowledged edit (and at most the one
// edit in flight besides). The moment is random in time, within the first
// crashWindow of the child's edits, so that a slow (-race) build kills
// earlier in the script instead of running longer; two trials also undo
// every step the killed child left.
func TestCrash(t *testing.T) {
	if os.Getenv(crashEnv) != "" {
		return
	}
	dir := t.TempDir()
	base := filepath.Join(dir, "base.stitchmark")
	p, err := CreateProject(base)
	if err != nil {
		t.Fatal(err)
	}
	addSample(t, p)
	lengths := fragmentLengths(t, p)
	p.Close()
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	trials := 20
	if testing.Short() {
		trials = 4
	}
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 3))
	for trial := range trials {
		path := filepath.Join(dir, fmt.Sprintf("trial-%02d.stitchmark", trial))
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		killAfter := time.Duration(r.Int64N(int64(crashWindow)))
		got := runCrashChild(t, path, killAfter)
		t.Logf("trial %d: killed %v after ready, %d edits acknowledged", trial, killAfter.Round(time.Millisecond), got.acks)
		checkCrash(t, path, got, lengths, trial%10 == 0)
	}
}

// runCrashChild starts a child on path, SIGKILLs it killAfter after it is
// ready, and returns what it acknowledged.
func runCrashChild(t *testing.T, path string, killAfter time.Duration) crashTrial {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	got := crashTrial{edits: map[FragmentID]int{}}
	sc := bufio.NewScanner(out)
	var timer *time.Timer
	for sc.Scan() {
		switch {
		case sc.Text() == "ready":
			timer = time.AfterFunc(killAfter, func() { cmd.Process.Kill() })
		case strings.HasPrefix(sc.Text(), "ack "):
			got.record(t, sc.Text())
		}
	}
	io.Copy(io.Discard, out)
	err = cmd.Wait()
	if timer == nil {
		t.Fatalf("the child never got ready: %v", err)
	}
	timer.Stop()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	if err == nil && got.acks != crashEdits {
		t.Fatalf("the child ended after %d of %d edits", got.acks, crashEdits)
	}
	return got
}

// record notes one acknowledgement line.
func (c *crashTrial) record(t *testing.T, line string) {
	f := strings.Fields(line)
	if len(f) != 4 {
		t.Fatalf("bad line %q", line)
	}
	c.acks++
	switch f[2] {
	case "span":
		id, _ := strconv.ParseInt(f[3], 10, 64)
		c.spans = append(c.spans, SpanID(id))
	case "label":
		c.labels = append(c.labels, f[3])
	case "edit":
		id, _ := strconv.ParseInt(f[3], 10, 64)
		c.edits[FragmentID(id)]++
	}
}

// fragmentLengths returns each fragment's length in code points.
func fragmentLengths(t *testing.T, p *Project) map[FragmentID]int {
	t.Helper()
	pages, err := p.Pages()
	if err != nil {
		t.Fatal(err)
	}
	out := map[FragmentID]int{}
	for _, pg := range pages {
		blocks, err := p.PageBlocks(pg.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range blocks {
			out[b.ID] = len([]rune(b.Text))
		}
	}
	return out
}

// checkCrash reopens a killed child's project and checks it holds every
// acknowledged edit; with undoAll it also undoes every step.
func checkCrash(t *testing.T, path string, got crashTrial, lengths map[FragmentID]int, undoAll bool) {
	t.Helper()
	p, err := OpenProject(path)
	if err != nil {
		t.Fatalf("reopening after %d acknowledged edits: %v", got.acks, err)
	}
	defer p.Close()
	if err := integrityCheck(context.Background(), p.db); err != nil {
		t.Fatalf("integrity_check: %v", err)
	}
	committed := 0
	for _, id := range got.spans {
		if _, err := loadSpan(p.db, id); err != nil {
			t.Errorf("acknowledged span %d lost: %v", id, err)
		}
	}
	var spans, labels int
	p.db.QueryRow(`SELECT count(*) FROM spans`).Scan(&spans)
	p.db.QueryRow(`SELECT count(*) FROM labels`).Scan(&labels)
	committed += spans + labels - 5
	for _, name := range got.labels {
		if err := labelExists(p.db, name); err != nil {
			t.Errorf("acknowledged label %s lost", name)
		}
	}
	now := fragmentLengths(t, p)
	for id, n := range now {
		extra := n - lengths[id]
		if extra < got.edits[id] {
			t.Errorf("fragment %d has %d of %d acknowledged edits", id, extra, got.edits[id])
		}
		committed += extra
	}
	if committed != got.acks && committed != got.acks+1 {
		t.Errorf("%d edits committed, %d acknowledged", committed, got.acks)
	}
	if !undoAll {
		return
	}
	for i := 0; ; i++ {
		if _, err := p.Undo(); errors.Is(err, ErrNoUndo) {
			if i != committed+1 {
				t.Errorf("undid %d steps, want %d edits and the import", i, committed+1)
			}
			break
		} else if err != nil {
			t.Fatalf("undo %d: %v", i, err)
		}
	}
	if s, _ := p.Stats(); s.Pages != 0 || s.Spans != 0 {
		t.Errorf("after undoing everything: %+v", s)
	}
}
