package i18n

// IsolateLTR exposes isolateLTR to the external tests.
var IsolateLTR = isolateLTR

// PluralTable exposes pluralTable to the external tests.
var PluralTable = pluralTable
