export { spuriousCompounds, withoutSpurious } from './compounds';
export { alternativesOf, synonymsOf } from './synonyms';
export { containsTerm, excerpt, highlight, type Segment } from './highlight';
export { cjkBigrams, isQueryTooLong, MAX_QUERY_LENGTH, MAX_TERMS, normalise, parseSearchQuery, type SearchQuery } from './query';
