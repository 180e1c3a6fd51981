import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues } from '../../../main/api/describe-issues';

function messageFor(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return describeIssues(result.error.issues);
}

describe('input errors a reporter can act on', () => {
  const schema = z.object({ title: z.string().min(1).max(10), count: z.number().max(5000), kind: z.enum(['web', 'person']) }).strict();

  it('names a missing field instead of printing types', () => {
    expect(messageFor(schema, { count: 1, kind: 'web' })).toBe('Please check the input: title is missing.');
  });

  it('says what range or choices are allowed', () => {
    expect(messageFor(schema, { title: 'x'.repeat(11), count: 6000, kind: 'blog' })).toBe(
      'Please check the input: title must be at most 10 characters; count must be at most 5,000; kind must be one of: web, person.',
    );
  });

  it('says an empty text cannot be empty and names fields that do not belong', () => {
    expect(messageFor(schema, { title: '', count: 1, kind: 'web', colour: 'red' })).toBe(
      'Please check the input: title cannot be empty; colour is not a field this action takes.',
    );
  });

  it('keeps the wording a schema gives for its own checks', () => {
    const url = z.object({ url: z.string().refine((value) => value.startsWith('https://'), 'must start with https://') });
    expect(messageFor(url, { url: 'ftp://x' })).toBe('Please check the input: url must start with https://.');
  });
});
