import { InvalidInputError } from '@vidx/contracts';

/** StripOptions that cannot be used (a channel pattern that is not a string, …). */
export class InvalidStripOptionsError extends InvalidInputError {
  constructor(problem: string) {
    super('INVALID_STRIP_OPTIONS', `strip options: ${problem}`);
  }
}

/** A line of a labelled evaluation file that is not a usable case. */
export class InvalidEvalCaseError extends InvalidInputError {
  constructor(line: number, problem: string) {
    super(
      'INVALID_EVAL_CASE',
      `line ${line} of the evaluation file ${problem}: each line must be a JSON object with "raw" and ` +
        '"expected" {title, publishedAt, source, boilerplate[], keep[], hashtags[], links[], chapters?}',
    );
  }
}

/** Channel-knowledge options or a knowledge record that cannot be used. */
export class InvalidChannelKnowledgeError extends InvalidInputError {
  constructor(problem: string) {
    super('INVALID_CHANNEL_KNOWLEDGE', `channel knowledge: ${problem}`);
  }
}
