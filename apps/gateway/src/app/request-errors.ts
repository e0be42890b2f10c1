import { InvalidInputError } from '@vidx/contracts';
import type { z } from 'zod';

/** A 400 that names each bad parameter or field. */
export class BadRequestInput extends InvalidInputError {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super('BAD_REQUEST', message);
  }

  static fromZod(error: z.ZodError, where: string): BadRequestInput {
    const details = error.issues.map((issue) => ({ [where]: issue.path.join('.') || '(root)', problem: issue.message }));
    const summary = details.map((d) => `${d[where]}: ${d.problem}`).join('; ');
    return new BadRequestInput(`invalid ${where}: ${summary}`, details);
  }
}
