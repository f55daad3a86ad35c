package posixlocale

import "testing"

func TestOverride(t *testing.T) {
	tests := map[string]struct {
		env  map[string]string
		want string
		ok   bool
	}{
		"容器里的 C.UTF-8":         {env: map[string]string{"LANG": "C.UTF-8"}, want: "en", ok: true},
		"plain C":              {env: map[string]string{"LANG": "C"}, want: "en", ok: true},
		"POSIX in LC_ALL":      {env: map[string]string{"LC_ALL": "POSIX", "LANG": "zh_CN.UTF-8"}, want: "en", ok: true},
		"中文 locale":            {env: map[string]string{"LANG": "zh_CN.UTF-8"}},
		"LC_ALL wins over C":   {env: map[string]string{"LC_ALL": "zh_CN.UTF-8", "LANG": "C"}},
		"LANGUAGE already set": {env: map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "zh_CN"}},
		"nothing set":          {env: map[string]string{}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok := Override(func(k string) string { return tc.env[k] })
			if got != tc.want || ok != tc.ok {
				t.Errorf("Override = %q, %v; want %q, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}
