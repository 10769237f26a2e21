// Package data is everything of prep that touches the disk or ships as data:
// the store of job files, the default template, and where they all live.
package data
