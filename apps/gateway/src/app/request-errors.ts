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

/** Validates query parameters against a schema: the parsed value, or a 400 naming each bad one. */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw BadRequestInput.fromZod(parsed.error, 'parameter');
  return parsed.data;
}
