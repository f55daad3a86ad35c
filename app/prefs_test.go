package app

import (
	"fmt"
	"reflect"
	"testing"
)

func TestPushRecent(t *testing.T) {
	many := make([]string, 0, maxRecent+2)
	for i := range maxRecent + 2 {
		many = append(many, fmt.Sprintf("/语料/第%d期.stitchmark", i))
	}
	tests := []struct {
		name string
		list []string
		path string
		want []string
	}{
		{"空列表", nil, "/语料/菏泽日报.stitchmark", []string{"/语料/菏泽日报.stitchmark"}},
		{"新的放在最前", []string{"/语料/人民日报.stitchmark"}, "/语料/菏泽日报.stitchmark",
			[]string{"/语料/菏泽日报.stitchmark", "/语料/人民日报.stitchmark"}},
		{"已有的移到最前，不重复", []string{"/语料/人民日报.stitchmark", "/语料/菏泽日报.stitchmark"}, "/语料/菏泽日报.stitchmark",
			[]string{"/语料/菏泽日报.stitchmark", "/语料/人民日报.stitchmark"}},
		{"去掉空路径", []string{"", "/语料/人民日报.stitchmark"}, "/语料/菏泽日报.stitchmark",
			[]string{"/语料/菏泽日报.stitchmark", "/语料/人民日报.stitchmark"}},
		{"最多保留若干个", many, "/语料/新.stitchmark", append([]string{"/语料/新.stitchmark"}, many[:maxRecent-1]...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := pushRecent(tc.list, tc.path); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("pushRecent(%q, %q) = %q, want %q", tc.list, tc.path, got, tc.want)
			}
		})
	}
}
