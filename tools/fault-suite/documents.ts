/**
 * Synthetic but varied news descriptions for the fault suite (deterministic per seed), and the
 * poison the suite mixes in. Generic JSON shape; `channelTitle` tags the scenario so counts can
 * be taken per scenario.
 */
const CITIES = ['Lagos', 'Lima', 'Osaka', 'Denver', 'Krakow', 'Nairobi', 'Porto', 'Hanoi', 'Quito', 'Perth', 'Tunis', 'Oslo'];
const PEOPLE = ['Maria Alvarez', 'John Okafor', 'Chen Wei', 'Fatima Haddad', 'Lukas Brandt', 'Aiko Tanaka', 'Samuel Mensah'];
const TOPICS = ['flood defences', 'the transit budget', 'a hospital strike', 'wildfire damage', 'a mining permit', 'school funding', 'a port expansion'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length];
}

export interface FaultDocument {
  videoId: string;
  title: string;
  description: string;
  publishedAt: string;
  channelTitle: string;
}

export function validDocument(tag: string, i: number): FaultDocument {
  const city = pick(CITIES, i * 7 + 3);
  const person = pick(PEOPLE, i * 5 + 1);
  const topic = pick(TOPICS, i * 3 + 2);
  return {
    videoId: `${tag}-${i}`,
    title: `${city} officials debate ${topic} (${i})`,
    description:
      `Officials in ${city} met on ${pick(DAYS, i)} to discuss ${topic}, report number ${i}. ` +
      `${person} said ${10 + (i % 80)}% of residents were affected and asked for $${1 + (i % 9)} million in aid. ` +
      `Subscribe to our channel for more news: https://example.org/subscribe`,
    publishedAt: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    channelTitle: tag,
  };
}

/** The poison kinds of the suite; each must end on a DLQ with its reason, never block a stage. */
export function poisonMessages(tag: string, count: number): Array<{ kind: string; value: Buffer | string }> {
  const kinds: Array<(i: number) => { kind: string; value: Buffer | string }> = [
    (i) => ({ kind: 'invalid JSON', value: `{"videoId": "${tag}-p${i}", "title": "cut off` }),
    (i) => ({ kind: 'binary garbage', value: Buffer.from(Array.from({ length: 64 }, (_, k) => (k * 37 + i) % 256)) }),
    (i) => ({ kind: 'wrong field types', value: JSON.stringify({ videoId: `${tag}-p${i}`, title: 42, description: ['x'], channelTitle: tag }) }),
    (i) => ({ kind: 'no title, no description', value: JSON.stringify({ videoId: `${tag}-p${i}`, channelTitle: tag }) }),
    (i) => ({ kind: 'impossible date', value: JSON.stringify({ ...validDocument(tag, 100_000 + i), publishedAt: '2023-02-30' }) }),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length](i));
}

/** A description made of links, close to the broker's default 1 MiB message limit. */
export function nearLimitLinks(tag: string): string {
  const links: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i += 1) {
    const link = `https://example.org/promo/${tag}/${i}`;
    links.push(link);
    size += link.length + 1;
  }
  return JSON.stringify({ videoId: `${tag}-huge`, title: 'Links', description: links.join('\n'), channelTitle: tag });
}
