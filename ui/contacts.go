package ui

import (
	"strings"

	"github.com/prep-cli/prep/checklist"
)

// Contacts are typed on one line of the job's form, separated by
// semicolons, each as a person would jot it down: "Kim Patel (recruiter)
// kim@acme.example +44 20 7946 0000 linkedin.com/in/kimpatel".

// contactsText writes contacts as the form shows them.
func contactsText(contacts []checklist.Contact) string {
	parts := make([]string, 0, len(contacts))
	for _, c := range contacts {
		words := []string{c.Name}
		if c.Role != "" {
			words = append(words, "("+c.Role+")")
		}
		for _, s := range []string{c.Email, c.Phone, c.LinkedIn} {
			if s != "" {
				words = append(words, s)
			}
		}
		parts = append(parts, strings.Join(words, " "))
	}
	return strings.Join(parts, "; ")
}

// parseContacts reads contacts as typed: the words in brackets are the
// role, one with an @ the address, one with linkedin.com the profile, one
// of digits and + the phone, and the rest the name. A contact of the same
// name as one the job had keeps its id.
func parseContacts(text string, had []checklist.Contact) []checklist.Contact {
	var out []checklist.Contact
	for _, part := range strings.Split(text, ";") {
		var c checklist.Contact
		var name, phone []string
		if open := strings.Index(part, "("); open >= 0 {
			if end := strings.Index(part[open:], ")"); end > 0 {
				c.Role = strings.TrimSpace(part[open+1 : open+end])
				part = part[:open] + " " + part[open+end+1:]
			}
		}
		for _, w := range strings.Fields(part) {
			switch {
			case strings.Contains(strings.ToLower(w), "linkedin.com"):
				c.LinkedIn = w
			case strings.Contains(w, "@"):
				c.Email = w
			case strings.Trim(w, "+0123456789-().") == "" && strings.ContainsAny(w, "0123456789"):
				phone = append(phone, w)
			default:
				name = append(name, w)
			}
		}
		c.Name, c.Phone = strings.Join(name, " "), strings.Join(phone, " ")
		if c.Name == "" {
			c.Name = c.Email
		}
		if c.Name == "" {
			continue
		}
		for _, h := range had {
			if h.Name == c.Name {
				c.ID = h.ID
			}
		}
		out = append(out, c)
	}
	return out
}
