import { graphql } from '../gql';
import { switchLanguage } from '../i18n';
import { request } from './api';
import { type Me, session } from './session';

const ME = graphql(`
  query Me {
    me {
      id
      fullName
      role
      locale
      hubs {
        id
        name
        timezone
      }
    }
  }
`);

/** Who is logged in (asked once per page load), with screens switched to their language. */
export async function loadMe(): Promise<Me> {
  if (session.me) return session.me;
  const { me } = await request(ME);
  session.setMe(me);
  await switchLanguage(me.locale);
  return me;
}

/** Reads who is logged in again (after their hub's settings or their profile changed). */
export async function reloadMe(): Promise<Me> {
  const { me } = await request(ME);
  session.setMe(me);
  return me;
}

/** The hub a person works in (their first; a coordinator of several picks in a later version). */
export const homeHub = (me: Me | null) => me?.hubs[0];

/** The zone a person's own times are shown in: their (first) hub's. */
export const homeZone = (me: Me | null) => homeHub(me)?.timezone ?? 'Asia/Jakarta';
