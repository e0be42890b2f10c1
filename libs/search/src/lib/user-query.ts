/**
 * The user's search syntax, the pure half: what people type ("a OR b", "-x", "a phrase") turned
 * into simple_query_string syntax, and the plain words a typo-tolerant alternative may match
 * fuzzily. The text only ever reaches Elasticsearch as the `query` string of simple_query_string
 * and multi_match, which parse it themselves: there is no way to pass query DSL through.
 */
export interface UserQuery {
  /** For simple_query_string: `OR` → `|`, `AND` dropped (words are ANDed by default). */
  text: string;
  /** Positive words outside phrases, without operators: what the fuzzy alternative matches. */
  fuzzyWords: string[];
  /** Excluded words and phrases (`-x`, `-"a b"`), kept out of the fuzzy alternative too. */
  excluded: string[];
  /** Whether the user asked for alternatives (`OR` or `|`): the fuzzy alternative then needs any word, not all. */
  anyOf: boolean;
}

/** Tokens: an optional sign, then a quoted phrase (closed or not) or a run of non-space characters. */
const TOKEN = /([+-]?)"([^"]*)"?|(\S+)/gu;
/** Characters simple_query_string treats as operators; stripped from words for the fuzzy alternative. */
const OPERATORS = /[+|()*~"\\-]/gu;

export function parseUserQuery(q: string): UserQuery {
  const parts: string[] = [];
  const fuzzyWords: string[] = [];
  const excluded: string[] = [];
  let anyOf = false;
  for (const match of q.matchAll(TOKEN)) {
    const [, sign, phrase, word] = match;
    if (phrase !== undefined) {
      const inner = phrase.trim();
      if (!inner) continue;
      parts.push(`${sign}"${inner}"`);
      if (sign === '-') excluded.push(`"${inner}"`);
      continue;
    }
    if (word === 'OR' || word === '|' || word === '||') {
      parts.push('|');
      anyOf = true;
      continue;
    }
    if (word === 'AND' || word === '&&') continue;
    if (word.includes('|')) anyOf = true;
    parts.push(word);
    if (word.startsWith('-')) {
      const bare = word.slice(1).replace(OPERATORS, ' ').trim();
      if (bare) excluded.push(bare);
      continue;
    }
    for (const piece of word.split('|')) {
      const bare = piece.replace(OPERATORS, ' ').trim();
      if (bare) fuzzyWords.push(...bare.split(/\s+/));
    }
  }
  // A dangling `|` ("a OR") would make simple_query_string match everything on one side: drop it.
  while (parts[0] === '|') parts.shift();
  while (parts.at(-1) === '|') parts.pop();
  return { text: parts.join(' '), fuzzyWords, excluded, anyOf };
}
