import { InvalidInputError } from '@vidx/contracts';

/**
 * Errors raised while reading a raw `videos.raw` message. All are permanent (the bytes will not
 * change on retry), so a stage dead-letters them; `clean()` turns them into `Rejection`s.
 */

/** The message bytes are not valid UTF-8. */
export class InvalidEncodingError extends InvalidInputError {
  constructor(message = 'the message is not valid UTF-8: re-encode the producer output as UTF-8') {
    super('INVALID_UTF8', message);
  }
}

/** The message (or one field) is mostly control or replacement characters: binary, not text. */
export class BinaryContentError extends InvalidInputError {
  constructor(where: string, share: number) {
    super(
      'BINARY_CONTENT',
      `${where} looks like binary data (${Math.round(share * 100)}% control or replacement characters): ` +
        'send UTF-8 text (text layout, JSON or an Atom feed), not a file or compressed payload',
    );
  }
}

/** Text that starts like JSON but does not parse. */
export class MalformedJsonError extends InvalidInputError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super('MALFORMED_JSON', `the message looks like JSON but does not parse (${detail}): send one valid JSON value`, options);
  }
}

/** Text that starts like XML but is not well-formed. */
export class MalformedXmlError extends InvalidInputError {
  constructor(detail: string) {
    super('MALFORMED_XML', `the message looks like XML but is not well-formed (${detail}): send a complete Atom or RSS feed document`);
  }
}

/** A value none of the four accepted input shapes matches. */
export class UnknownShapeError extends InvalidInputError {
  constructor(what: string) {
    super(
      'UNKNOWN_SHAPE',
      `${what}; accepted inputs are: the text layout (title line, "Published Date: …", "Source: …", description), ` +
        'a JSON object {videoId,title,description,publishedAt,channelTitle,url,tags}, a YouTube Data API "youtube#video" ' +
        'resource (or a list response with "items"), or a YouTube channel Atom/RSS feed',
    );
  }
}

/** A field is present but has the wrong type or an unusable value. */
export class InvalidFieldError extends InvalidInputError {
  constructor(field: string, problem: string) {
    super('INVALID_FIELD', `field "${field}" ${problem}`);
  }
}

/** A feed or list that holds no documents at all. */
export class EmptyInputError extends InvalidInputError {
  constructor(what: string) {
    super('EMPTY_INPUT', `${what} holds no documents: send at least one entry/item`);
  }
}
