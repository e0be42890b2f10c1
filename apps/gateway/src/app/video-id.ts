import { BadRequestInput } from './request-errors';

/** Document ids are source video ids or `h-<sha256>`: letters, digits, "-" and "_" only. */
const VIDEO_ID = /^[A-Za-z0-9_-]{1,256}$/;

export function validateVideoId(id: string): void {
  if (!VIDEO_ID.test(id)) {
    throw new BadRequestInput(`invalid id "${id.slice(0, 80)}": ids are 1–256 letters, digits, "-" or "_"`);
  }
}
