import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

function fieldName(issue: Issue): string {
  return issue.path.length > 0 ? issue.path.map(String).join('.') : 'the request';
}

/** 5000000 reads better as 5,000,000. */
function amount(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? value.toLocaleString('en-US') : String(value);
}

function listOf(values: readonly unknown[]): string {
  return values.map((value) => String(value)).join(', ');
}

/**
 * One issue as a plain sentence naming the field: "id is missing", "limit must be at most 500".
 * zod's defaults speak to programmers ("expected string, received undefined"); the reporter needs
 * to know which field and what to do. Messages our schemas set themselves are kept as written.
 */
export function describeIssue(issue: Issue): string {
  const field = fieldName(issue);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return field === 'the request' ? 'the request is empty' : `${field} is missing`;
      return `${field} should be ${issue.expected === 'object' ? 'a set of named fields' : `a ${issue.expected}`}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${field} must be at most ${amount(issue.maximum)} characters`
        : issue.origin === 'array'
          ? `${field} can list at most ${amount(issue.maximum)} items`
          : `${field} must be at most ${amount(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? `${field} cannot be empty`
          : `${field} must be at least ${amount(issue.minimum)} characters`
        : `${field} must be at least ${amount(issue.minimum)}`;
    case 'invalid_value':
      return `${field} must be one of: ${listOf(issue.values)}`;
    case 'unrecognized_keys':
      return `${listOf(issue.keys)} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} this action takes`;
    default:
      return `${field} ${issue.message}`;
  }
}

/** Up to three issues in one sentence, so a form can show it as is. */
export function describeIssues(issues: readonly Issue[]): string {
  return `Please check the input: ${issues.slice(0, 3).map(describeIssue).join('; ')}.`;
}
