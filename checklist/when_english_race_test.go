//go:build race

package checklist

func init() { raceStride = 10 }
