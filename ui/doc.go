// Package ui is the interactive face of prep: a Bubble Tea program with a
// job list, a form for new jobs and a checklist screen. Screens never touch
// the disk themselves; they ask for it through commands that report back
// with a message.
package ui
