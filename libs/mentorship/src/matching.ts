import type { LocalizedText } from '@sanggar/core';

/** The creative-economy sub-sectors used for matching (keys in Bahasa Indonesia, as in the contract). */
export const SECTORS = [
  'aplikasi-game',
  'arsitektur',
  'desain-interior',
  'dkv',
  'desain-produk',
  'fashion',
  'film-animasi-video',
  'fotografi',
  'kriya',
  'kuliner',
  'musik',
  'penerbitan',
  'periklanan',
  'seni-pertunjukan',
  'seni-rupa',
  'tv-radio',
] as const;

export interface Candidate {
  mentorId: string;
  name: string;
  expertise: string[];
  maxMentees: number;
  activeMentees: number;
}

export interface Match {
  mentorId: string;
  score: number;
  reasons: LocalizedText[];
}

/** Weights of the score (they add up to 1). */
export const WEIGHTS = { sector: 0.6, capacity: 0.3, load: 0.1 } as const;

/**
 * Ranks mentors for a start-up, deterministically:
 *   score = 0.6 × (sector in the mentor's expertise)
 *         + 0.3 × (free places ÷ max mentees)
 *         + 0.1 × (1 − active mentees ÷ the busiest candidate's active mentees)
 * Mentors without a free place are never suggested. Ties go by name, then id.
 */
export function rankMentors(sector: string, candidates: Candidate[]): Match[] {
  const open = candidates.filter((c) => c.maxMentees - c.activeMentees > 0);
  const busiest = Math.max(1, ...open.map((c) => c.activeMentees));
  return open
    .map((candidate) => {
      const free = candidate.maxMentees - candidate.activeMentees;
      const sectorMatch = candidate.expertise.includes(sector);
      const score =
        WEIGHTS.sector * (sectorMatch ? 1 : 0) +
        WEIGHTS.capacity * (free / candidate.maxMentees) +
        WEIGHTS.load * (1 - candidate.activeMentees / busiest);
      const reasons: LocalizedText[] = [];
      if (sectorMatch) reasons.push({ id: `Keahlian di sektor ${sector}`, en: `Expertise in ${sector}` });
      reasons.push({ id: `Masih bisa menerima ${free} start-up lagi`, en: `Can take ${free} more start-up${free === 1 ? '' : 's'}` });
      reasons.push(
        candidate.activeMentees === 0
          ? { id: 'Belum membimbing start-up lain', en: 'Not mentoring any start-up yet' }
          : {
              id: `Sedang membimbing ${candidate.activeMentees} start-up`,
              en: `Currently mentoring ${candidate.activeMentees} start-up${candidate.activeMentees === 1 ? '' : 's'}`,
            },
      );
      return { candidate, match: { mentorId: candidate.mentorId, score: Math.round(score * 10_000) / 10_000, reasons } };
    })
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        a.candidate.name.localeCompare(b.candidate.name) ||
        a.candidate.mentorId.localeCompare(b.candidate.mentorId),
    )
    .map(({ match }) => match);
}
