package data

import (
	"strings"
	"testing"
)

// A round that is null, two rounds with one id, or an item id used in two
// rounds make a bad file, named with the reason.
func TestBrokenRoundsAreBadFiles(t *testing.T) {
	round := func(id, item string) string {
		return `{"id": "` + id + `", "name": "Interview", "format": "video", "at": "2026-12-01T10:00:00Z", "state": "scheduled",
			"sections": [{"id": "` + id + `-s", "title": "S", "phase": "after", "items": [{"id": "` + item + `", "text": "T"}]}]}`
	}
	job := func(rounds ...string) []byte {
		return []byte(`{"version": 2, "id": "a", "company": "A", "role": "R", "status": "upcoming",
			"created_at": "2026-11-01T10:00:00Z", "sections": [], "rounds": [` + strings.Join(rounds, ",") + `]}`)
	}
	tests := []struct {
		name string
		file []byte
		want string
	}{
		{"a null round", job(round("r1", "x"), "null"), "round 2 is null"},
		{"two rounds with one id", job(round("r1", "x"), round("r1", "y")), `two rounds have the id "r1"`},
		{"one item id in two rounds", job(round("r1", "x"), round("r2", "x")), `two items have the id "x"`},
		{"a round with no id", job(round("", "x")), "round 1 has no id"},
		{"an unknown format", []byte(strings.Replace(string(job(round("r1", "x"))), `"video"`, `"hologram"`, 1)), `unknown format "hologram"`},
		{"an unknown round state", []byte(strings.Replace(string(job(round("r1", "x"))), `"scheduled"`, `"postponed"`, 1)), `unknown round state "postponed"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DecodeJob(job(round("r1", "x"))); err != nil {
				t.Fatalf("the good job does not read: %v", err)
			}
			_, err := DecodeJob(tt.file)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("DecodeJob = %v, want an error saying %q", err, tt.want)
			}
			if _, ok := decodeCurrent(tt.file, nil); ok {
				t.Error("the short way read the bad file")
			}
		})
	}
}
