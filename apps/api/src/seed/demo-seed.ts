import type { INestApplicationContext } from '@nestjs/common';
import { Locale, Role } from '@sanggar/core';
import { HubsService } from '@sanggar/hubs';
import { IdentityService } from '@sanggar/identity';

export const DEMO_PASSWORD = 'sanggar-demo';
export const DEMO_ADMIN_EMAIL = 'admin@sanggar.id';

interface DemoHub {
  name: string;
  city: string;
  rooms: [name: string, capacity: number][];
  coordinator: string;
  mentors: string[];
  trainees: string[];
}

const HUBS: DemoHub[] = [
  {
    name: 'Hetero Space Semarang',
    city: 'Semarang',
    rooms: [
      ['Aula Utama', 120],
      ['Ruang Kriya', 30],
      ['Ruang Digital', 24],
    ],
    coordinator: 'Dewi Lestari',
    mentors: ['Sari Wulandari', 'Bayu Pratama'],
    trainees: ['Adi Nugroho', 'Putri Maharani', 'Rizky Ramadhan', 'Nur Aini', 'Fajar Setiawan', 'Intan Permata'],
  },
  {
    name: 'Hetero Space Solo',
    city: 'Surakarta',
    rooms: [
      ['Pendopo', 80],
      ['Ruang Batik', 25],
    ],
    coordinator: 'Agus Santoso',
    mentors: ['Wahyu Hidayat'],
    trainees: ['Siti Rahmawati', 'Dimas Saputra', 'Ayu Kartika', 'Yoga Firmansyah'],
  },
  {
    name: 'Hetero Space Banyumas',
    city: 'Purwokerto',
    rooms: [
      ['Aula', 40],
      ['Ruang 1', 20],
      ['Ruang 2', 12],
    ],
    coordinator: 'Rina Kusumawati',
    mentors: ['Hendra Gunawan', 'Lina Marlina'],
    trainees: ['Eko Prasetyo', 'Wulan Sari', 'Bagus Hermawan', 'Tika Anggraini'],
  },
];

/** "Dewi Lestari" -> "dewi.lestari@sanggar.id" */
const emailOf = (fullName: string) => `${fullName.toLowerCase().replace(/[^a-z]+/g, '.')}@sanggar.id`;

export interface DemoLogin {
  role: Role;
  email: string;
  hub?: string;
}

/** Hubs, rooms and people to try Sanggar with; runs only when there are no hubs yet. */
export async function seedDemoIfEmpty(app: INestApplicationContext): Promise<boolean> {
  const hubs = app.get(HubsService);
  const identity = app.get(IdentityService);
  if ((await hubs.listHubs()).length > 0) return false;

  const admin = await identity.loadAuthUser((await identity.ensureAdmin(DEMO_ADMIN_EMAIL, DEMO_PASSWORD)).id);
  for (const demo of HUBS) {
    const hub = await hubs.createHub({ name: demo.name, city: demo.city });
    for (const [name, capacity] of demo.rooms) await hubs.createRoom(admin, { hubId: hub.id, name, capacity });
    const people: [string, Role][] = [
      [demo.coordinator, Role.COORDINATOR],
      ...demo.mentors.map((name): [string, Role] => [name, Role.MENTOR]),
      ...demo.trainees.map((name): [string, Role] => [name, Role.TRAINEE]),
    ];
    for (const [fullName, role] of people) {
      await identity.createUser(admin, {
        email: emailOf(fullName),
        password: DEMO_PASSWORD,
        fullName,
        role,
        hubId: hub.id,
        locale: Locale.id,
      });
    }
  }
  return true;
}

/** The logins to show a newcomer: the admin and one person of each role per hub. */
export function demoLogins(): DemoLogin[] {
  return [
    { role: Role.ADMIN, email: DEMO_ADMIN_EMAIL },
    ...HUBS.flatMap((hub) => [
      { role: Role.COORDINATOR, email: emailOf(hub.coordinator), hub: hub.city },
      { role: Role.MENTOR, email: emailOf(hub.mentors[0]), hub: hub.city },
      { role: Role.TRAINEE, email: emailOf(hub.trainees[0]), hub: hub.city },
    ]),
  ];
}
