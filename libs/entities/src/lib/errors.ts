import { InvalidInputError } from '@vidx/contracts';

/** A user alias table (VIDX_ALIASES_FILE) that does not have the documented shape. */
export class InvalidAliasTableError extends InvalidInputError {
  constructor(message: string) {
    super('INVALID_ALIAS_TABLE', message);
  }
}
