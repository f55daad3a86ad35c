package corpus

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// metricsGold is a small page: two articles that continue after each
// other's first column (two jumps) and a stray headline.
func metricsGold() *Gold {
	return &Gold{
		Source: "测试页.txt",
		Blocks: []string{
			"市区新建三处口袋公园",                 // 0 headline A
			"本报讯 记者从市园林局获悉，今年新建了三处口袋公园，", // 1 A
			"农技专家田间授课",                   // 2 headline B
			"连日来，农技专家深入乡镇讲解种植技术，",        // 3 B
			"总面积达到1.2万平方米。",              // 4 A, after 1
			"种植户们认真听讲。",                  // 5 B, after 3
			"荣归故里 创业圆梦",                  // 6 stray headline
		},
		Articles: []GoldArticle{
			{Title: "口袋公园", Blocks: []int{0, 1, 4}},
			{Title: "田间授课", Blocks: []int{2, 3, 5}},
		},
		Unassigned: []int{6},
	}
}

// chains makes a stitching from block chains.
func chains(unassigned []int, cs ...[]int) Stitching {
	s := Stitching{Source: "测试页.txt", Unassigned: unassigned}
	for _, c := range cs {
		s.Articles = append(s.Articles, Article{Blocks: c})
	}
	return s
}

func TestEvaluate(t *testing.T) {
	single := metricsGold()
	single.Articles = append(single.Articles, GoldArticle{Title: "图片", Blocks: []int{6}})
	single.Unassigned = nil
	tests := []struct {
		name       string
		gold       *Gold
		got        Stitching
		tp, fp, fn int
		p, r, f1   float64
		jumpsFound int
		exact      int
	}{
		{"完全正确", metricsGold(), chains([]int{6}, []int{0, 1, 4}, []int{2, 3, 5}), 4, 0, 0, 1, 1, 1, 2, 2},
		{"跳错一处", metricsGold(), chains([]int{6}, []int{0, 1, 5}, []int{2, 3, 4}), 2, 2, 2, 0.5, 0.5, 0.5, 0, 0},
		{"文章被拆开", metricsGold(), chains([]int{6}, []int{0, 1}, []int{4}, []int{2, 3, 5}), 3, 0, 1, 1, 0.75, 6.0 / 7, 1, 1},
		{"孤立标题单独成篇", metricsGold(), chains(nil, []int{0, 1, 4}, []int{2, 3, 5}, []int{6}), 4, 0, 0, 1, 1, 1, 2, 2},
		{"孤立标题被接上", metricsGold(), chains(nil, []int{0, 1, 4, 6}, []int{2, 3, 5}), 4, 1, 0, 0.8, 1, 8.0 / 9, 2, 1},
		{"什么都没接", metricsGold(), chains([]int{0, 1, 2, 3, 4, 5, 6}), 0, 0, 4, 1, 0, 0, 0, 0},
		{"单块文章未分配", single, chains([]int{6}, []int{0, 1, 4}, []int{2, 3, 5}), 4, 0, 0, 1, 1, 1, 2, 3},
		{"单块文章被接走", single, chains(nil, []int{0, 1, 4}, []int{2, 3, 5, 6}), 4, 1, 0, 0.8, 1, 8.0 / 9, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Evaluate(tt.gold, tt.got)
			if m.TruePos != tt.tp || m.FalsePos != tt.fp || m.FalseNeg != tt.fn {
				t.Errorf("tp %d fp %d fn %d, want %d %d %d", m.TruePos, m.FalsePos, m.FalseNeg, tt.tp, tt.fp, tt.fn)
			}
			if !near(m.Precision, tt.p) || !near(m.Recall, tt.r) || !near(m.F1, tt.f1) {
				t.Errorf("P %.4f R %.4f F1 %.4f, want %.4f %.4f %.4f", m.Precision, m.Recall, m.F1, tt.p, tt.r, tt.f1)
			}
			if m.Jumps != 2 || m.JumpsFound != tt.jumpsFound {
				t.Errorf("jumps %d/%d, want %d/2", m.JumpsFound, m.Jumps, tt.jumpsFound)
			}
			if m.Articles != len(tt.gold.Articles) || m.ArticlesExact != tt.exact {
				t.Errorf("articles exact %d/%d, want %d/%d", m.ArticlesExact, m.Articles, tt.exact, len(tt.gold.Articles))
			}
		})
	}
}

// TestExactEach checks which gold articles count as exact, in gold order.
func TestExactEach(t *testing.T) {
	tests := map[string]struct {
		got  Stitching
		want string
	}{
		"两篇都对":   {chains([]int{6}, []int{0, 1, 4}, []int{2, 3, 5}), "[true true]"},
		"只有第二篇对": {chains([]int{6}, []int{0, 1}, []int{4}, []int{2, 3, 5}), "[false true]"},
		"只有第一篇对": {chains([]int{6}, []int{0, 1, 4}, []int{2, 3, 5, 6}), "[true false]"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := fmt.Sprint(exactEach(metricsGold(), tt.got)); got != tt.want {
				t.Errorf("exactEach = %s, want %s", got, tt.want)
			}
		})
	}
}

// near compares ratios.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestEvaluateSampleGold(t *testing.T) {
	g, err := ReadGold(sampleGoldPath)
	if err != nil {
		t.Fatal(err)
	}
	got := Stitching{Source: g.Source, Unassigned: g.Unassigned}
	links := 0
	for _, a := range g.Articles {
		got.Articles = append(got.Articles, Article{Title: a.Title, Blocks: a.Blocks})
		links += len(a.Blocks) - 1
	}
	m := Evaluate(g, got)
	// The jumps: 3→23, 7→25, 11→27, 14→29, 18→32, 22→34, 49→67, 66→75.
	if m.TruePos != links || m.FalsePos != 0 || m.FalseNeg != 0 || m.F1 != 1 ||
		m.Jumps != 8 || m.JumpsFound != 8 || m.ArticlesExact != 11 {
		t.Errorf("gold against itself: %v", m)
	}
}

func TestLinkMetricsAdd(t *testing.T) {
	g := metricsGold()
	var sum LinkMetrics
	sum.Add(Evaluate(g, chains([]int{6}, []int{0, 1, 4}, []int{2, 3, 5})))
	sum.Add(Evaluate(g, chains([]int{6}, []int{0, 1, 5}, []int{2, 3, 4})))
	want := "links P 0.750 R 0.750 F1 0.750 (tp 6 fp 2 fn 2), jumps found 2/4, articles exact 2/4"
	if got := sum.String(); got != want {
		t.Errorf("sum = %q, want %q", got, want)
	}
	if !near(sum.Precision, 0.75) || !near(sum.Recall, 0.75) || !near(sum.F1, 0.75) {
		t.Errorf("ratios not recomputed: %+v", sum)
	}
}

func TestCalibration(t *testing.T) {
	type obs struct {
		score   float64
		correct bool
	}
	tests := []struct {
		name  string
		obs   []obs
		ece   float64
		table string // a line the table must contain
	}{
		{"空", nil, 0, "ECE 0.000 over 0"},
		{"高分全对", []obs{{0.95, true}, {0.95, true}, {0.95, true}, {0.95, true}}, 0.05, "0.9-1.0        4  0.950  1.000"},
		{"高低混合", []obs{{0.15, false}, {0.15, true}, {0.85, true}, {0.85, true}}, 0.25, "0.1-0.2        2  0.150  0.500"},
		{"越界分数", []obs{{1.0, true}, {-0.2, false}, {1.7, true}}, 0.3, "0.0-0.1        1 -0.200  0.000"},
		{"非数", []obs{{math.NaN(), false}}, 0, "0.0-0.1        1  0.000  0.000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Calibration
			for _, o := range tt.obs {
				c.Add(o.score, o.correct)
			}
			if c.Total() != len(tt.obs) || !near(c.ECE(), tt.ece) {
				t.Errorf("total %d ECE %.4f, want %d %.4f", c.Total(), c.ECE(), len(tt.obs), tt.ece)
			}
			if s := c.String(); !strings.Contains(s, tt.table) {
				t.Errorf("table lacks %q:\n%s", tt.table, s)
			}
		})
	}
}

func TestCalibrationAddJoins(t *testing.T) {
	got := Stitching{Articles: []Article{
		{Blocks: []int{0, 1, 4}, Joins: []Join{{From: 0, To: 1, Score: 0.9}, {From: 1, To: 4, Score: 0.8}}},
		{Blocks: []int{2, 3, 4}, Joins: []Join{{From: 2, To: 3, Score: 0.7}, {From: 3, To: 4, Score: 0.3}}},
	}}
	var c Calibration
	c.AddJoins(metricsGold(), got)
	// Right at 0.9, 0.8, 0.7, wrong at 0.3: gaps 0.1, 0.2, 0.3, 0.3.
	if c.Total() != 4 || !near(c.ECE(), 0.225) {
		t.Errorf("total %d ECE %.4f, want 4 0.225\n%s", c.Total(), c.ECE(), &c)
	}
}
