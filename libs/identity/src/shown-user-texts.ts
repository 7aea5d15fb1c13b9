import { SHOWN_USER_PROPERTIES, type ShownUser } from './user.entity.js';

type ShownProperty = (typeof SHOWN_USER_PROPERTIES)[number];

/** The shown properties that are instants: written as ISO 8601 text (`to_json(instant) #>> '{}'`). */
const INSTANTS: ReadonlySet<ShownProperty> = new Set(['deactivatedAt', 'erasedAt']);

/**
 * A person read as a text array of their SHOWN_USER_PROPERTIES' columns, in that order
 * (`ARRAY[u.id::text, u.email, u.full_name, u.role, u.locale, to_json(u.deactivated_at) #>> '{}',
 * u.birth_year::text, u.privacy_notice_version, to_json(u.erased_at) #>> '{}']`; more may follow).
 * Many people nested in a few rows (a directory page's members, as `json_agg`) reach the api as a few
 * JSON texts, which it parses far faster than the driver parses as many rows field by field. A text
 * array spares PostgreSQL json_build_array's work per argument (see the start-up people statement).
 */
export function shownUserFromTexts(values: readonly (string | null)[]): ShownUser {
  const user: Record<string, unknown> = {};
  SHOWN_USER_PROPERTIES.forEach((property, index) => {
    const value = values[index];
    if (value === null) user[property] = null;
    else if (INSTANTS.has(property)) user[property] = new Date(value);
    else user[property] = property === 'birthYear' ? Number(value) : value;
  });
  return user as ShownUser;
}
