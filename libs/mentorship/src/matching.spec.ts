import { rankMentors } from './matching.js';

const mentor = (mentorId: string, expertise: string[], maxMentees: number, activeMentees: number) => ({
  mentorId,
  name: `Mentor ${mentorId}`,
  expertise,
  maxMentees,
  activeMentees,
});

describe('rankMentors', () => {
  it('puts sector expertise first, then free capacity, then a lighter load', () => {
    const ranked = rankMentors('kuliner', [
      mentor('a', ['fashion'], 4, 0),
      mentor('b', ['kuliner'], 4, 3),
      mentor('c', ['kuliner', 'kriya'], 4, 1),
    ]);
    expect(ranked.map((m) => m.mentorId)).toEqual(['c', 'b', 'a']);
    // c: 0.6 + 0.3 × 3/4 + 0.1 × (1 − 1/3)
    expect(ranked[0].score).toBeCloseTo(0.6 + 0.225 + 0.0667, 4);
    expect(ranked[0].reasons).toEqual([
      { id: 'Keahlian di sektor kuliner', en: 'Expertise in kuliner' },
      { id: 'Masih bisa menerima 3 start-up lagi', en: 'Can take 3 more start-ups' },
      { id: 'Sedang membimbing 1 start-up', en: 'Currently mentoring 1 start-up' },
    ]);
  });

  it('never suggests a mentor at capacity, or one who takes none', () => {
    expect(rankMentors('kuliner', [mentor('full', ['kuliner'], 2, 2), mentor('none', ['kuliner'], 0, 0)])).toEqual([]);
  });

  it('breaks ties by name, so the same data always gives the same order', () => {
    const ranked = rankMentors('musik', [mentor('z', [], 3, 0), mentor('y', [], 3, 0)]);
    expect(ranked.map((m) => m.mentorId)).toEqual(['y', 'z']);
    expect(ranked[0].score).toBe(ranked[1].score);
  });
});
