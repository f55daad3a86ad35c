package app

import "testing"

func TestProjectName(t *testing.T) {
	tests := []struct{ name, path, want string }{
		{"扩展名去掉", "/home/语言学家/菏泽日报.stitchmark", "菏泽日报"},
		{"没有扩展名", "/home/语言学家/菏泽日报", "菏泽日报"},
		{"别的扩展名保留", "/tmp/样本.db", "样本.db"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := projectName(tc.path); got != tc.want {
				t.Errorf("projectName(%q) = %q, want %q", tc.path, got, tc.want)
			}
		})
	}
}
