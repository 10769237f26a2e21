package data

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

func TestEncodeDecodeRoundTrip(t *testing.T) {
	j, err := checklist.NewJob(DefaultTemplate(), details(), acmeID, now)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 8, 9, 0, 0, 0, cet)
	j.Status = checklist.Rejected
	j.StatusAt = &at
	j.Item("news").Note = "line one\nline two \"quoted\" <b> & ü"
	b, err := EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeJob(b)
	if err != nil {
		t.Fatal(err)
	}
	sameJob(t, got, j)
	if !got.StatusAt.Equal(at) || got.Item("news").Note != j.Item("news").Note {
		t.Errorf("status time or note changed: %v %q", got.StatusAt, got.Item("news").Note)
	}
	again, err := EncodeJob(got)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, b) {
		t.Error("encoding a decoded job gives different bytes")
	}
}

func TestEncodeJobLeavesOutEmptyOptionalFields(t *testing.T) {
	j := checklist.Job{
		Version: 2, ID: "a", Company: "A", Role: "R", Status: checklist.Upcoming, CreatedAt: now,
		Rounds: []checklist.Round{{ID: "r1", Name: "Interview", Format: checklist.Video,
			At: time.Date(2026, 12, 1, 10, 0, 0, 0, cet), State: checklist.Scheduled, Sections: []checklist.Section{}}},
		Sections: []checklist.Section{{ID: "s", Title: "S", Phase: checklist.Before, Items: []checklist.Item{{ID: "i", Text: "T"}}}},
	}
	b, err := EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"status_at", "where", "link", "minutes", "interviewers", "invite", "template", "done_at", "note", "due_at", "when",
		"scope", "posting", "salary", "applied_at", "applied_via", "notes", "contacts"} {
		if bytes.Contains(b, []byte(`"`+key+`"`)) {
			t.Errorf("file holds an empty %q", key)
		}
	}
	for _, key := range []string{`"done": false`, `"at": "2026-12-01T10:00:00+01:00"`} {
		if !bytes.Contains(b, []byte(key)) {
			t.Errorf("file lacks %s", key)
		}
	}
}

func TestDecodeJobAcceptsHandEdits(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"keys in another order", `{"status": "offer", "sections": [], "id": "a", "version": 2}`},
		{"unknown fields", `{"version": 2, "id": "a", "status": "upcoming", "salary": "lots", "sections": []}`},
		{"CRLF line ends", "{\r\n  \"version\": 2,\r\n  \"id\": \"a\",\r\n  \"status\": \"upcoming\"\r\n}\r\n"},
		{"no sections", `{"version": 2, "id": "a", "status": "withdrawn"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DecodeJob([]byte(tt.in)); err != nil {
				t.Errorf("DecodeJob: %v", err)
			}
		})
	}
}

func TestDecodeJobErrorsReadWell(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "empty"},
		{"cut off", `{"version": 2, "id": "a"`, "cut off"},
		{"syntax", `{"version": 2,, "id": "a"}`, "byte 15"},
		{"no version", `{"id": "a", "status": "upcoming"}`, `no "version"`},
		{"newer and unreadable", `{"version": 3, "id": "a", "status": "ghosted"}`, "newer prep (file version 3"},
		{"bad id", `{"version": 2, "id": "A b", "status": "upcoming"}`, `"A b"`},
		{"no id", `{"version": 2, "status": "upcoming"}`, `id ""`},
		{"no status", `{"version": 2, "id": "a"}`, `status ""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeJob([]byte(tt.in))
			if err == nil {
				t.Fatal("DecodeJob succeeded, want an error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %s", err, tt.want)
			}
		})
	}
}

func TestJourneyRoundTrips(t *testing.T) {
	d := details()
	d.TravelMinutes = 45
	j, err := checklist.NewJob(DefaultTemplate(), d, acmeID, now)
	if err != nil {
		t.Fatal(err)
	}
	b, err := EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"travel_minutes": 45`)) {
		t.Fatalf("the file does not keep the journey:\n%s", b)
	}
	short, ok := decodeCurrent(b, nil)
	long, _, err := decodeJobFileSlow(b)
	if !ok || err != nil {
		t.Fatalf("decode: short way %v, long way %v", ok, err)
	}
	for way, got := range map[string]checklist.Job{"short": short, "long": long} {
		if got.Rounds[0].TravelMinutes != 45 || got.Item("leave-by").Text != "Leave by 09:00" {
			t.Errorf("the %s way reads a journey of %d min and %q", way, got.Rounds[0].TravelMinutes, got.Item("leave-by").Text)
		}
	}
}
