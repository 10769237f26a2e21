// Package ui is the interactive face of prep: a Bubble Tea program with a
// job list, a form for new jobs, and three screens for the open job (its
// checklist, the night-before card and the look back) that share it.
// Screens never touch the disk themselves; they ask for it through
// commands that report back with a message.
package ui
