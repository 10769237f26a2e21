// Package e2e drives the real prep binary in a real terminal (tmux), the
// way a person uses it, and checks both the screen and the files it saves.
package e2e
