import { graphql } from '../gql';
import { switchLanguage } from '../i18n';
import { request } from './api';
import { type Me, session } from './session';

const ME = graphql(`
  query Me {
    privacyNoticeVersion
    me {
      id
      fullName
      role
      locale
      privacyNoticeAccepted
      hubs {
        id
        name
        timezone
      }
    }
  }
`);

/** The hub chosen to work in (by an admin, or a coordinator of several hubs), kept per browser. */
const CHOSEN_HUB_KEY = 'sanggar.hub';

const HUB = graphql(`
  query ChosenHub($id: ID!) {
    hub(id: $id) {
      id
      name
      timezone
    }
  }
`);

/** The person with the hub they chose first: an admin may choose any hub, others one of their own. */
async function withChosenHub(me: Me): Promise<Me> {
  const chosen = localStorage.getItem(CHOSEN_HUB_KEY);
  if (!chosen || me.hubs[0]?.id === chosen) return me;
  const own = me.hubs.find((hub) => hub.id === chosen);
  const hub =
    own ??
    (me.role === 'ADMIN'
      ? await request(HUB, { id: chosen }).then(
          ({ hub }) => hub,
          () => null,
        )
      : null);
  return hub ? { ...me, hubs: [hub, ...me.hubs.filter((other) => other.id !== hub.id)] } : me;
}

/** Who is logged in (asked once per page load), with screens switched to their language. */
export async function loadMe(): Promise<Me> {
  if (session.me) return session.me;
  const me = await reloadMe();
  await switchLanguage(me.locale);
  return me;
}

/** Reads who is logged in again (after their hub's settings or their profile changed). */
export async function reloadMe(): Promise<Me> {
  const { me, privacyNoticeVersion } = await request(ME);
  const withHub = await withChosenHub({ ...me, privacyNoticeVersion });
  session.setMe(withHub);
  return withHub;
}

/** Every hub screen works in this hub from now on, in this browser. */
export async function chooseHub(hubId: string): Promise<void> {
  localStorage.setItem(CHOSEN_HUB_KEY, hubId);
  await reloadMe();
}

/** The hub a person works in: the one they chose, else their first. */
export const homeHub = (me: Me | null) => me?.hubs[0];

/** The zone a person's own times are shown in: their (first) hub's. */
export const homeZone = (me: Me | null) => homeHub(me)?.timezone ?? 'Asia/Jakarta';
