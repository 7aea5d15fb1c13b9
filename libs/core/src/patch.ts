/**
 * The fields an update sets: an absent field stays as it is, and so does a null one unless it may be
 * cleared (GraphQL sends null for "no value" as readily as for "remove the value").
 */
export const givenFields = <T extends object>(patch: T, clearable: (keyof T)[] = []): Partial<T> =>
  Object.fromEntries(
    Object.entries(patch).filter(([key, value]) => value !== undefined && (value !== null || clearable.includes(key as keyof T))),
  ) as Partial<T>;
