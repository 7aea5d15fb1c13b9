/** "Ruang Kriya, Hetero Space Semarang (Semarang)": where something happens, for calendars and emails. */
export const placeOf = (room: string, hub: string, city: string): string => `${room}, ${hub} (${city})`;

/** One entry of a person's calendar feed, whichever context it comes from (a session, an office hour). */
export interface CalendarEvent {
  /** Stable across changes, so calendars update the entry instead of adding another. */
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  stamp: Date;
  summary: string;
  location: string | null;
  description: string;
  cancelled: boolean;
}
