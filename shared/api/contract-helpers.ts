import { z } from 'zod';
import { idSchema } from '../domain/entities';

/** Building blocks every section of the contract uses, so the sections validate alike. */

/** Declares a method: its input schema now, its result type as a phantom for the compiler. */
export function method<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result });
}

export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();
export const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be a full web address starting with http:// or https://' }));
export const paging = {
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
};
export const empty = z.object({}).strict();
export const byId = z.object({ id: idSchema }).strict();
