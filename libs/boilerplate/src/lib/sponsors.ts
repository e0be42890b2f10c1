/**
 * Sponsor names from sponsor reads: "sponsored by X", "Thanks to X for sponsoring",
 * "brought to you by X", "today's sponsor is X", "in partnership with X". A name is the run of
 * capitalised words (or words with digits/`&`/`+`) right after the cue, as written.
 */

const NAME = "((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&+.'’-]*)(?:\\s+(?:&\\s+)?(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&+.'’-]*))*)";

const CUES: RegExp[] = [
  new RegExp(`\\bsponsored by (?:the |our friends at )?${NAME}`, 'gu'),
  new RegExp(`\\b(?:thanks|thank you) (?:to )?(?:our friends at )?${NAME} for sponsoring`, 'giu'),
  new RegExp(`\\bbrought to you by (?:the |our friends at )?${NAME}`, 'gu'),
  new RegExp(`\\bsponsor (?:is|was|of (?:this|today'?s) (?:video|episode) is) ${NAME}`, 'gu'),
  new RegExp(`\\b(?:in partnership|partnered) with ${NAME}`, 'gu'),
];

function tidy(name: string): string {
  return name.replace(/['’]s$/u, '').replace(/[.,;:!?'’-]+$/u, '').trim();
}

export function extractSponsors(segments: string[]): string[] {
  const names: string[] = [];
  for (const text of segments) {
    const found: Array<{ at: number; name: string }> = [];
    for (const cue of CUES) {
      for (const match of text.matchAll(cue)) {
        const name = tidy(match[1]);
        if (name) found.push({ at: match.index!, name });
      }
    }
    found.sort((a, b) => a.at - b.at);
    for (const { name } of found) if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names;
}
