// Package taxonomy owns the three vocabularies RCP2P Inbox reads mail with:
// competencies, industries and the region tree. Each canonical name carries
// synonyms (product names, practice words, words in several languages) or,
// for regions, aliases (countries, states, cities).
//
// The shipped defaults are plain Go values (DefaultCompetencies,
// DefaultIndustries, DefaultRegions); an operator may extend or replace them
// from config through Config, whose fields carry yaml and mapstructure tags.
// New validates a set and builds, once, everything lookups need: a map of
// normalised keys for Key: Value fields and a token trie for free text. A
// Taxonomy is immutable after New and safe for concurrent use.
//
// Normalisation: lookups ignore case, spacing and punctuation ("Power BI",
// "PowerBI" and "power-bi" are one key) and fold Latin diacritics ("Sécurité"
// reads as "securite"). Free-text matching works on whole words: a synonym
// matches a run of complete tokens, never part of a word ("said" does not
// contain "AI"), the longest synonym at a position wins ("Azure DevOps" is
// DevOps, not Cloud Platform), and a phrase never spans strong punctuation
// such as a comma or a bracket. Words inside e-mail addresses and URLs are
// not read.
//
// Decisions the free-text matcher makes so that prose does not produce false
// positives:
//   - A synonym written in data as a single all-capital word of two to four
//     letters ("AI", "SAM", "BI", "SOC", "TV", "US") matches free text only
//     when written in capitals there too ("LLMs" counts). So "said", "same",
//     "Sam" (a person), French "j'ai" and the pronoun "us" match nothing.
//     Key: Value lookups (Competency, Industry, Region) stay case-insensitive.
//   - Region aliases of one or two letters (US state codes such as "OR",
//     "IN", "ME"; country codes) are read only by Region, never by
//     FindRegions. The canonical names "US" and "UK" still match free text,
//     in capitals.
//   - A few phrases are read as "nothing" so that a shorter synonym inside
//     them does not fire: "remote desktop" is not the Remote region, "social
//     media" is not Media, "Kansas City" is not Public Sector.
//   - Multi-word synonyms also match written as one word ("PowerBI") and
//     synonyms of competencies and industries also match with a plural "s"
//     ("dashboards", "hospitals").
package taxonomy
