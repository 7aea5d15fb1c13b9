import { DomainError, ErrorCode, type LocalizedText, conflict, invalidField, limitReached, notFound, withReasons } from '@sanggar/core';

const ITEMS: Record<string, LocalizedText> = {
  curriculum_module: { id: 'modul', en: 'modules' },
  lesson: { id: 'materi', en: 'lessons' },
  assignment: { id: 'tugas', en: 'assignments' },
};

export const CurriculaErrors = withReasons({
  curriculumNotFound: () => notFound({ id: 'Kurikulum', en: 'Curriculum' }),
  moduleNotFound: () => notFound({ id: 'Modul', en: 'Module' }),
  levelAboveMax: (criterion: number, level: number, max: number) =>
    invalidField(`rubric.${criterion}.levels.${level}.points`, {
      id: `Poin tingkat ini paling banyak ${max} (poin maksimal kriterianya)`,
      en: `This level scores at most ${max} (its criterion's maximum)`,
    }),
  levelsSharePoints: (criterion: number) =>
    invalidField(`rubric.${criterion}.levels`, {
      id: 'Setiap tingkat perlu poin yang berbeda',
      en: 'Each level needs different points',
    }),
  lessonNotFound: () => notFound({ id: 'Materi', en: 'Lesson' }),
  assignmentNotFound: () => notFound({ id: 'Tugas', en: 'Assignment' }),
  tooManyItems: (table: string, max: number) =>
    limitReached({ id: `Paling banyak ${max} ${ITEMS[table].id} di sini`, en: `At most ${max} ${ITEMS[table].en} here` }),
  curriculumPublished: (version: number) =>
    conflict({
      id: `Kurikulum versi ${version} sudah diterbitkan dan tidak bisa diubah. Buat revisi untuk mengubahnya`,
      en: `Version ${version} of this curriculum is published and cannot change. Revise it to make changes`,
    }),
  notPublished: () =>
    conflict({
      id: 'Hanya kurikulum yang sudah diterbitkan yang bisa direvisi; ubah draf ini secara langsung',
      en: 'Only a published curriculum can be revised; edit this draft directly',
    }),
  draftExists: (version: number) =>
    conflict({
      id: `Sudah ada draf versi ${version} untuk kurikulum ini; lanjutkan draf itu`,
      en: `A draft version ${version} of this curriculum already exists; continue that draft`,
    }),
  cannotPublish: (missing: { modules: boolean; assignments: boolean }) => {
    const id = [missing.modules && 'minimal satu modul', missing.assignments && 'minimal satu tugas'].filter(Boolean).join(' dan ');
    const en = [missing.modules && 'at least one module', missing.assignments && 'at least one assignment'].filter(Boolean).join(' and ');
    return new DomainError(ErrorCode.BadUserInput, {
      id: `Kurikulum belum bisa diterbitkan: tambahkan ${id}`,
      en: `The curriculum cannot be published yet: add ${en}`,
    });
  },
});
