/**
 * A value stored under a key the user wrote (a supplier criterion's name as a score key…): an
 * own property only. `scores.toString` is Object.prototype's function, not a score (issue 24).
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
