import { AppError } from '../../shared/api/result';

/** Look a record up by ID or fail with a message naming what was missing. */
export function requireRecord<T>(collection: Readonly<Record<string, T>>, id: string, what: string): T {
  const record = collection[id];
  if (!record) throw new AppError('not_found', `No ${what} with ID ${id} is in this notebook. It may have been removed; refresh the list.`);
  return record;
}
