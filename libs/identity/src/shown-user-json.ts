import { SHOWN_USER_PROPERTIES, type ShownUser } from './user.entity.js';

type ShownProperty = (typeof SHOWN_USER_PROPERTIES)[number];

/** The shown properties that are instants: JSON writes them as text. */
const INSTANTS: ReadonlySet<ShownProperty> = new Set(['deactivatedAt', 'erasedAt']);

/**
 * A person read as a JSON array of their SHOWN_USER_PROPERTIES' columns, in that order
 * (`json_build_array(u.id, u.email, u.full_name, u.role, u.locale, u.deactivated_at, u.birth_year,
 * u.privacy_notice_version, u.erased_at)`). Many people nested in a few rows (a directory page's
 * members, as `json_agg`) reach the api as a few JSON texts, which it parses far faster than the driver
 * parses as many rows field by field.
 */
export function shownUserFromJson(values: readonly unknown[]): ShownUser {
  const user: Record<string, unknown> = {};
  SHOWN_USER_PROPERTIES.forEach((property, index) => {
    const value = values[index];
    user[property] = INSTANTS.has(property) && value !== null ? new Date(value as string) : value;
  });
  return user as ShownUser;
}
