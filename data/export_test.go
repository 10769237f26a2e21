package data

// For the tests of package data_test, which can use the generator of
// internal/dataset (itself built on this package).
var (
	DecodeCurrent     = decodeCurrent
	DecodeJobFileSlow = decodeJobFileSlow
)
