import type { Chapter } from '@vidx/contracts';

const TIME = '((?:\\d{1,2}:)?\\d{1,2}:\\d{2})';
/** `00:00 Intro`, `(1:02:03) - Title`, `[03:47] Title`, `• 11:20 – Title`. */
const TIME_FIRST = new RegExp(`^[(\\[]?${TIME}[)\\]]?\\s*(?:[-–—:|.)]\\s*)?(\\S.*)$`);
/** `Intro - 00:00`, `Intro (00:00)`. */
const TIME_LAST = new RegExp(`^(\\S.*?)\\s*(?:[-–—:|]\\s*)?[(\\[]?${TIME}[)\\]]?$`);
/** A heading line announcing the list. */
export const CHAPTER_HEADING = /^(?:video\s+)?(?:time\s*stamps?|timestamps?|chapters?|contents|table of contents|segments?|in this (?:video|episode))\s*:?$/i;

export function timeToSeconds(time: string): number | undefined {
  const parts = time.split(':').map(Number);
  if (parts.some((n) => !Number.isInteger(n))) return undefined;
  const [a, b, c] = parts;
  if (parts.length === 3) return b < 60 && c < 60 ? a * 3600 + b * 60 + c : undefined;
  return b < 60 ? a * 60 + b : undefined;
}

/** One chapter line, or undefined when the line is not `time + title`. */
export function parseChapterLine(line: string): Chapter | undefined {
  const text = line.trim();
  // Both patterns need a time; most lines have none, and TIME_LAST backtracks over long lines.
  if (!/\d:\d\d/.test(text)) return undefined;
  let time: string | undefined;
  let title: string | undefined;
  const first = TIME_FIRST.exec(text);
  if (first) [time, title] = [first[1], first[2]];
  else {
    const last = TIME_LAST.exec(text);
    if (last) [time, title] = [last[2], last[1]];
  }
  if (time === undefined || title === undefined) return undefined;
  title = title.trim();
  // A title must say something: not another time, not bare punctuation.
  if (!/\p{L}/u.test(title) || /^\d{1,2}:\d{2}/.test(title)) return undefined;
  const seconds = timeToSeconds(time);
  return seconds === undefined ? undefined : { time, seconds, title };
}

export interface ChapterBlock {
  /** Index of the first line (the heading when there is one) and one past the last. */
  start: number;
  end: number;
  chapters: Chapter[];
}

/**
 * Finds chapter lists: at least two consecutive chapter lines with strictly increasing times (a
 * single timestamp is more likely prose, "at 3:45 the …"), with the heading line just above them
 * when there is one.
 */
export function findChapterBlocks(lines: string[]): ChapterBlock[] {
  const blocks: ChapterBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const chapters: Chapter[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const chapter = parseChapterLine(lines[j]);
      if (!chapter || (chapters.length > 0 && chapter.seconds <= chapters[chapters.length - 1].seconds)) break;
      chapters.push(chapter);
    }
    if (chapters.length >= 2) {
      const start = i > 0 && CHAPTER_HEADING.test(lines[i - 1].trim()) ? i - 1 : i;
      blocks.push({ start, end: j, chapters });
      i = j;
    } else {
      i++;
    }
  }
  return blocks;
}
