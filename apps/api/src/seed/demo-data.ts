// What the demo seed creates: hubs, rooms, people, a programme. The procedure is in demo-seed.ts.
import { Role } from '@sanggar/core';

export const DEMO_PASSWORD = 'sanggar-demo';
export const DEMO_ADMIN_EMAIL = 'admin@sanggar.id';

export interface DemoHub {
  name: string;
  city: string;
  rooms: [name: string, capacity: number][];
  coordinator: string;
  mentors: DemoMentor[];
  trainees: string[];
  /** Start-ups formed from the trainees (by position). */
  startups: [name: string, sector: string, members: number[]][];
}

export interface DemoMentor {
  name: string;
  expertise: string[];
  bio: string;
}

export const HUBS: DemoHub[] = [
  {
    name: 'Hetero Space Semarang',
    city: 'Semarang',
    rooms: [
      ['Aula Utama', 120],
      ['Ruang Kriya', 30],
      ['Ruang Digital', 24],
    ],
    coordinator: 'Dewi Lestari',
    mentors: [
      { name: 'Sari Wulandari', expertise: ['dkv', 'periklanan', 'kuliner'], bio: 'Direktur kreatif; membangun merek untuk UMKM kuliner.' },
      { name: 'Bayu Pratama', expertise: ['aplikasi-game', 'film-animasi-video'], bio: 'Pendiri studio gim; mentor produk digital.' },
    ],
    trainees: ['Adi Nugroho', 'Putri Maharani', 'Rizky Ramadhan', 'Nur Aini', 'Fajar Setiawan', 'Intan Permata'],
    startups: [
      ['Studio Lawang', 'dkv', [0, 1]],
      ['Gim Nusantara', 'aplikasi-game', [2, 3]],
      ['Dapur Lumpia', 'kuliner', [4, 5]],
    ],
  },
  {
    name: 'Hetero Space Solo',
    city: 'Surakarta',
    rooms: [
      ['Pendopo', 80],
      ['Ruang Batik', 25],
    ],
    coordinator: 'Agus Santoso',
    mentors: [{ name: 'Wahyu Hidayat', expertise: ['fashion', 'kriya'], bio: 'Perajin batik generasi ketiga; ekspor ke Jepang.' }],
    trainees: ['Siti Rahmawati', 'Dimas Saputra', 'Ayu Kartika', 'Yoga Firmansyah'],
    startups: [
      ['Batik Laweyan Lab', 'fashion', [0, 1]],
      ['Kriya Bambu Solo', 'kriya', [2, 3]],
    ],
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
    mentors: [
      { name: 'Hendra Gunawan', expertise: ['musik', 'seni-pertunjukan'], bio: 'Produser musik; pengelola panggung ebeg.' },
      { name: 'Lina Marlina', expertise: ['kuliner', 'penerbitan'], bio: 'Penulis buku resep; pemilik usaha oleh-oleh.' },
    ],
    trainees: ['Eko Prasetyo', 'Wulan Sari', 'Bagus Hermawan', 'Tika Anggraini'],
    startups: [
      ['Getuk Goreng Kekinian', 'kuliner', [0, 1]],
      ['Ebeg Records', 'musik', [2, 3]],
    ],
  },
];

/** "Dewi Lestari" -> "dewi.lestari@sanggar.id" */
export const DEMO_ZONE = 'Asia/Jakarta';

export type DemoAssignment = {
  title: string;
  instructions: string;
  weight: number;
  passingScore: number;
  rubric: { title: string; maxPoints: number; levels?: { title: string; points: number; description: string }[] }[];
};

export const PROGRAMME: [module: string, lessons: [title: string, content: string, minutes: number][], assignment: DemoAssignment][] = [
  [
    'Mengenal Ekonomi Kreatif',
    [
      ['17 subsektor ekonomi kreatif', '# 17 subsektor\n\nDari **kuliner** sampai **aplikasi & game**: di mana usaha Anda berada?', 30],
      ['Menemukan masalah pelanggan', '# Wawancara pelanggan\n\nTanyakan kebiasaan, bukan pendapat.', 45],
    ],
    {
      title: 'Profil pelanggan',
      instructions: 'Wawancarai lima calon pelanggan dan tuliskan temuan Anda.',
      weight: 1,
      passingScore: 60,
      rubric: [
        {
          title: 'Kedalaman wawancara',
          maxPoints: 10,
          levels: [
            { title: 'Belum tampak', points: 0, description: 'Kurang dari tiga wawancara, tanpa catatan' },
            { title: 'Berkembang', points: 5, description: 'Lima wawancara, pertanyaan masih menggiring' },
            { title: 'Baik', points: 8, description: 'Lima wawancara tentang kebiasaan, dengan catatan' },
            { title: 'Sangat baik', points: 10, description: 'Pola yang muncul dirangkum dengan kutipan pelanggan' },
          ],
        },
        {
          title: 'Kejelasan temuan',
          maxPoints: 10,
          levels: [
            { title: 'Belum tampak', points: 0, description: 'Temuan tidak dituliskan' },
            { title: 'Berkembang', points: 5, description: 'Temuan berupa daftar tanpa prioritas' },
            { title: 'Sangat baik', points: 10, description: 'Tiga masalah terpenting, diurutkan dan berbukti' },
          ],
        },
      ],
    },
  ],
  [
    'Model Bisnis',
    [['Kanvas model bisnis', '# Sembilan blok\n\nIsi kanvas dari segmen pelanggan ke struktur biaya.', 60]],
    {
      title: 'Kanvas model bisnis usaha Anda',
      instructions: 'Unggah kanvas lengkap sembilan blok.',
      weight: 2,
      passingScore: 70,
      rubric: [
        { title: 'Proposisi nilai', maxPoints: 20 },
        { title: 'Arus pendapatan', maxPoints: 15 },
        { title: 'Konsistensi antarblok', maxPoints: 15 },
      ],
    },
  ],
  [
    'Pemasaran Digital',
    [['Konten yang menjual', '# Cerita produk\n\nFoto, takarir, dan jadwal unggah.', 45]],
    {
      title: 'Rencana konten satu bulan',
      instructions: 'Susun kalender konten empat minggu.',
      weight: 1,
      passingScore: 60,
      rubric: [
        { title: 'Kesesuaian dengan pelanggan', maxPoints: 10 },
        { title: 'Konsistensi jadwal', maxPoints: 10 },
      ],
    },
  ],
];

/** The logins to show a newcomer: the admin and one person of each role per hub. */
/** People log in as `first.last@sanggar.id` (from their name). */
export const emailOf = (fullName: string) => `${fullName.toLowerCase().replace(/[^a-z]+/g, '.')}@sanggar.id`;

export interface DemoLogin {
  role: Role;
  email: string;
  hub?: string;
}

export function demoLogins(): DemoLogin[] {
  return [
    { role: Role.ADMIN, email: DEMO_ADMIN_EMAIL },
    ...HUBS.flatMap((hub) => [
      { role: Role.COORDINATOR, email: emailOf(hub.coordinator), hub: hub.city },
      { role: Role.MENTOR, email: emailOf(hub.mentors[0].name), hub: hub.city },
      { role: Role.TRAINEE, email: emailOf(hub.trainees[0]), hub: hub.city },
    ]),
  ];
}
