import { InvalidInputError } from '@vidx/contracts';

/** A date that cannot be read, or names a day that does not exist (`2/30/2021`). Never guessed. */
export class InvalidDateError extends InvalidInputError {
  constructor(value: string, problem: string) {
    super(
      'INVALID_DATE',
      `publishedAt "${value}" ${problem}: use an ISO 8601 date or timestamp with zone (2021-06-08, ` +
        '2021-06-08T14:00:00Z), the US text-layout form 6/8/2021, "June 8, 2021" or "8 Jun 2021", or leave it empty',
    );
  }
}

/** Neither a title nor a description survives normalisation: there is nothing to index. */
export class EmptyDocumentError extends InvalidInputError {
  constructor() {
    super('EMPTY_DOCUMENT', 'the document has neither a title nor a description: send at least one of them as text');
  }
}

/** The description is bigger than `CleanOptions.maxDocumentBytes`. */
export class DocumentTooLargeError extends InvalidInputError {
  constructor(bytes: number, limit: number) {
    super(
      'DOCUMENT_TOO_LARGE',
      `the description is ${bytes} bytes of UTF-8, over the ${limit}-byte limit: send the description alone ` +
        '(not a transcript or a whole page), or raise maxDocumentBytes',
    );
  }
}

/** A field value that cannot be used as it is (an over-long id, …). */
export class InvalidValueError extends InvalidInputError {
  constructor(field: string, problem: string) {
    super('INVALID_FIELD', `field "${field}" ${problem}`);
  }
}

/** CleanOptions that contradict themselves or are out of range. */
export class InvalidCleanOptionsError extends InvalidInputError {
  constructor(problem: string) {
    super('INVALID_OPTIONS', `clean options: ${problem}`);
  }
}
