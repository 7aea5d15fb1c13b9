import { DataSource } from 'typeorm';
import type { HubEntity } from '@sanggar/hubs';
import type { Person } from '../support/factories.js';
import { TestApp, codes } from '../support/harness.js';
import { day } from '../support/time.js';

const CREATE = `mutation($input: CreateCurriculumInput!) { createCurriculum(input: $input) { id title version status completionRule { minAttendanceRate minFinalScore requireAllAssignments } hub { id } } }`;
const ADD_MODULE = `mutation($input: AddModuleInput!) { addModule(input: $input) { id title position } }`;
const ADD_LESSON = `mutation($input: AddLessonInput!) { addLesson(input: $input) { id title position content videoUrl durationMinutes } }`;
const ADD_ASSIGNMENT = `mutation($input: AddAssignmentInput!) { addAssignment(input: $input) { id title weight passingScore rubric { title maxPoints } } }`;
const PUBLISH = `mutation($id: ID!) { publishCurriculum(id: $id) { id status version } }`;
const REVISE = `mutation($id: ID!) { reviseCurriculum(id: $id) { id status version title } }`;
const CURRICULUM = `query($id: ID!) { curriculum(id: $id) { id title version status
  modules { title position lessons { title position content } assignments { title weight passingScore rubric { title maxPoints } } } } }`;
const CURRICULA = `query($hubId: ID!) { curricula(hubId: $hubId) { id version status } }`;
const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id curriculum { id version } } }`;
const COHORT_CURRICULUM = `query($id: ID!) { cohort(id: $id) { curriculum { id version title modules { title lessons { title content } assignments { title rubric { title maxPoints } } } } } }`;

const rule = { minAttendanceRate: 0.8, minFinalScore: 70, requireAllAssignments: true };
const rubric = [
  { title: 'Kejelasan masalah', maxPoints: 10 },
  { title: 'Kelayakan usaha', maxPoints: 20 },
];

interface Id {
  id: string;
}

describe('curricula', () => {
  let app: TestApp;
  let hub: HubEntity;
  let coordinator: Person;

  beforeAll(async () => {
    app = await TestApp.start();
    hub = await app.factory.hub();
    coordinator = await app.factory.coordinator(hub.id);
  });
  afterAll(() => app.close());

  const as = (person: Person) => app.as(person);

  /** A draft with modules, a lesson and an assignment, built through the API by the coordinator. */
  async function buildDraft(title = 'Dasar Bisnis Kreatif') {
    const created = await as(coordinator).gql<{ createCurriculum: Id }>(CREATE, { input: { hubId: hub.id, title, completionRule: rule } });
    const curriculumId = created.data!.createCurriculum.id;
    const first = await as(coordinator).gql<{ addModule: Id & { position: number } }>(ADD_MODULE, {
      input: { curriculumId, title: 'Mengenal Pasar' },
    });
    const second = await as(coordinator).gql<{ addModule: Id & { position: number } }>(ADD_MODULE, {
      input: { curriculumId, title: 'Model Bisnis' },
    });
    expect([first.data!.addModule.position, second.data!.addModule.position]).toEqual([1, 2]);
    const moduleId = second.data!.addModule.id;
    await as(coordinator).gql(ADD_LESSON, { input: { moduleId, title: 'Kanvas', content: '# Kanvas\n\nSembilan blok.' } });
    await as(coordinator).gql(ADD_ASSIGNMENT, { input: { moduleId, title: 'Kanvas usaha Anda', weight: 2, passingScore: 60, rubric } });
    return { curriculumId, moduleId };
  }

  it('lets a coordinator build a curriculum: modules in order, lessons, assignments with a rubric', async () => {
    const created = await as(coordinator).gql<{ createCurriculum: unknown }>(CREATE, {
      input: { hubId: hub.id, title: '  Fotografi Produk ', completionRule: rule },
    });
    expect(created.data?.createCurriculum).toEqual({
      id: expect.any(String),
      title: 'Fotografi Produk',
      version: 1,
      status: 'DRAFT',
      completionRule: rule,
      hub: { id: hub.id },
    });
    const curriculumId = (created.data!.createCurriculum as Id).id;
    const module = (await as(coordinator).gql<{ addModule: Id }>(ADD_MODULE, { input: { curriculumId, title: 'Cahaya' } })).data!.addModule;

    const markdown = '# Cahaya alami\n\n<script>alert(1)</script> tetap **teks** apa adanya.';
    const lesson = await as(coordinator).gql(ADD_LESSON, {
      input: {
        moduleId: module.id,
        title: 'Cahaya jendela',
        content: markdown,
        videoUrl: 'https://video.example.id/cahaya',
        durationMinutes: 45,
      },
    });
    expect(lesson.data).toEqual({
      addLesson: {
        id: expect.any(String),
        title: 'Cahaya jendela',
        position: 1,
        content: markdown,
        videoUrl: 'https://video.example.id/cahaya',
        durationMinutes: 45,
      },
    });
    const second = await as(coordinator).gql<{ addLesson: { position: number } }>(ADD_LESSON, {
      input: { moduleId: module.id, title: 'Reflektor', content: 'Isi' },
    });
    expect(second.data?.addLesson.position).toBe(2);

    const assignment = await as(coordinator).gql(ADD_ASSIGNMENT, {
      input: { moduleId: module.id, title: 'Foto katalog', weight: 1.5, passingScore: 65, rubric },
    });
    expect(assignment.data).toEqual({
      addAssignment: { id: expect.any(String), title: 'Foto katalog', weight: 1.5, passingScore: 65, rubric },
    });
  });

  it.each([
    ['a rubric with no criteria', { rubric: [] }, 'rubric'],
    ['a rubric of 21 criteria', { rubric: Array.from({ length: 21 }, (_, i) => ({ title: `K${i}`, maxPoints: 5 })) }, 'rubric'],
    ['a criterion worth 0 points', { rubric: [{ title: 'Nol', maxPoints: 0 }] }, 'rubric.0.maxPoints'],
    ['a criterion worth 101 points', { rubric: [{ title: 'Banyak', maxPoints: 101 }] }, 'rubric.0.maxPoints'],
    ['a weight of zero', { weight: 0 }, 'weight'],
    ['a negative weight', { weight: -1 }, 'weight'],
    ['a passing score above 100', { passingScore: 101 }, 'passingScore'],
  ])('refuses an assignment with %s', async (_, override, field) => {
    const { moduleId } = await buildDraft(`Kurikulum ${field} ${Math.random()}`);
    const refused = await as(coordinator).gql(ADD_ASSIGNMENT, {
      input: { moduleId, title: 'Tugas', weight: 1, passingScore: 60, rubric, ...override },
    });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(refused.errors![0].extensions.fields!)).toEqual([field]);
  });

  it.each([
    ['content over 100,000 characters', { content: 'a'.repeat(100_001) }, 'content'],
    ['a video link that is not http(s)', { videoUrl: 'javascript:alert(1)' }, 'videoUrl'],
    ['a duration of zero minutes', { durationMinutes: 0 }, 'durationMinutes'],
  ])('refuses a lesson with %s', async (_, override, field) => {
    const { moduleId } = await buildDraft(`Kurikulum ${field} ${Math.random()}`);
    const refused = await as(coordinator).gql(ADD_LESSON, { input: { moduleId, title: 'Materi', content: 'Isi', ...override } });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(refused.errors![0].extensions.fields!)).toEqual([field]);
  });

  it('refuses a completion rule out of range', async () => {
    const refused = await as(coordinator).gql(CREATE, {
      input: { hubId: hub.id, title: 'X', completionRule: { ...rule, minAttendanceRate: 1.5, minFinalScore: -1 } },
    });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(refused.errors![0].extensions.fields!).sort()).toEqual([
      'completionRule.minAttendanceRate',
      'completionRule.minFinalScore',
    ]);
  });

  it('describes each criterion’s levels, lowest first; refuses a level above its criterion or two that score alike; a revision keeps them', async () => {
    const { curriculumId, moduleId } = await buildDraft('Fotografi Produk');
    const LEVELS = `query($id: ID!) { curriculum(id: $id) { modules(first: 5) { assignments(first: 5) { title rubric(first: 5) { title levels { title points description } } } } } }`;
    const levelled = (levels: unknown[]) => ({
      input: { moduleId, title: 'Foto katalog', weight: 1, passingScore: 60, rubric: [{ title: 'Pencahayaan', maxPoints: 10, levels }] },
    });
    const added = await as(coordinator).gql(
      ADD_ASSIGNMENT,
      levelled([
        { title: 'Sangat baik', points: 10, description: '  Bayangan lembut, warna setia  ' },
        { title: 'Belum tampak', points: 0 },
        { title: 'Cukup', points: 6 },
      ]),
    );
    expect(added.errors).toBeUndefined();
    const rubricOf = async (id: string) => {
      const answer = await as(coordinator).gql<{ curriculum: { modules: { assignments: { title: string; rubric: unknown[] }[] }[] } }>(
        LEVELS,
        { id },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.curriculum.modules.flatMap((m) => m.assignments).find((a) => a.title === 'Foto katalog')!.rubric;
    };
    expect(await rubricOf(curriculumId)).toEqual([
      {
        title: 'Pencahayaan',
        levels: [
          { title: 'Belum tampak', points: 0, description: null },
          { title: 'Cukup', points: 6, description: null },
          { title: 'Sangat baik', points: 10, description: 'Bayangan lembut, warna setia' },
        ],
      },
    ]);

    const above = await as(coordinator).gql(ADD_ASSIGNMENT, levelled([{ title: 'Luar biasa', points: 12 }]));
    expect(Object.keys(above.errors![0].extensions.fields as object)).toEqual(['rubric.0.levels.0.points']);
    const alike = await as(coordinator).gql(
      ADD_ASSIGNMENT,
      levelled([
        { title: 'Baik', points: 5 },
        { title: 'Lumayan', points: 5 },
      ]),
    );
    expect(Object.keys(alike.errors![0].extensions.fields as object)).toEqual(['rubric.0.levels']);
    const many = await as(coordinator).gql(
      ADD_ASSIGNMENT,
      levelled([0, 1, 2, 3, 4, 5, 6].map((points) => ({ title: `T${points}`, points }))),
    );
    expect(codes(many)).toEqual(['BAD_USER_INPUT']);

    await as(coordinator).gql(PUBLISH, { id: curriculumId });
    const revised = await as(coordinator).gql<{ reviseCurriculum: Id }>(REVISE, { id: curriculumId });
    expect(await rubricOf(revised.data!.reviseCurriculum.id)).toEqual(await rubricOf(curriculumId));
  });

  it('publishes only a draft with at least one module and one assignment, saying what is missing', async () => {
    const empty = (
      await as(coordinator).gql<{ createCurriculum: Id }>(CREATE, { input: { hubId: hub.id, title: 'Kosong', completionRule: rule } })
    ).data!.createCurriculum;
    const refused = await app.gql(PUBLISH, { id: empty.id }, { token: coordinator.token, headers: {} });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0].message).toBe('Kurikulum belum bisa diterbitkan: tambahkan minimal satu modul dan minimal satu tugas');

    await as(coordinator).gql(ADD_MODULE, { input: { curriculumId: empty.id, title: 'Satu' } });
    const stillRefused = await as(coordinator).gql(PUBLISH, { id: empty.id });
    expect(stillRefused.errors?.[0].message).toBe('Kurikulum belum bisa diterbitkan: tambahkan minimal satu tugas');
  });

  it('makes a published curriculum immutable', async () => {
    const { curriculumId, moduleId } = await buildDraft('Kriya Bambu');
    expect((await as(coordinator).gql(PUBLISH, { id: curriculumId })).data).toEqual({
      publishCurriculum: { id: curriculumId, status: 'PUBLISHED', version: 1 },
    });
    for (const [query, input] of [
      [ADD_MODULE, { curriculumId, title: 'Baru' }],
      [ADD_LESSON, { moduleId, title: 'Baru', content: 'Isi' }],
      [ADD_ASSIGNMENT, { moduleId, title: 'Baru', weight: 1, passingScore: 50, rubric }],
    ] as const) {
      const refused = await as(coordinator).gql(query, { input });
      expect(codes(refused)).toEqual(['CONFLICT']);
      expect(refused.errors?.[0].message).toMatch(/versi 1 sudah diterbitkan/);
    }
    expect(codes(await as(coordinator).gql(PUBLISH, { id: curriculumId }))).toEqual(['CONFLICT']);
  });

  it('revises into a new draft version, and a cohort on the old version never sees the change', async () => {
    const { curriculumId } = await buildDraft('Kuliner Rumahan');
    await as(coordinator).gql(PUBLISH, { id: curriculumId });
    const cohort = await as(coordinator).gql<{ createCohort: Id }>(CREATE_COHORT, {
      input: { hubId: hub.id, curriculumId, name: 'Angkatan 1', startsOn: day(14), endsOn: day(56), capacity: 20 },
    });
    expect(cohort.errors).toBeUndefined();
    const cohortId = cohort.data!.createCohort.id;
    const before = await as(coordinator).gql(COHORT_CURRICULUM, { id: cohortId });

    const revised = await as(coordinator).gql<{ reviseCurriculum: Id & { version: number; status: string } }>(REVISE, { id: curriculumId });
    expect(revised.data?.reviseCurriculum).toMatchObject({ version: 2, status: 'DRAFT', title: 'Kuliner Rumahan' });
    const v2 = revised.data!.reviseCurriculum.id;
    expect(v2).not.toBe(curriculumId);

    // The copy has everything the original had.
    const original = await as(coordinator).gql<{ curriculum: { modules: unknown } }>(CURRICULUM, { id: curriculumId });
    const copy = await as(coordinator).gql<{ curriculum: { modules: unknown } }>(CURRICULUM, { id: v2 });
    expect(copy.data?.curriculum.modules).toEqual(original.data?.curriculum.modules);

    // Only one draft per lineage, and only a published version can be revised.
    expect(codes(await as(coordinator).gql(REVISE, { id: curriculumId }))).toEqual(['CONFLICT']);
    expect(codes(await as(coordinator).gql(REVISE, { id: v2 }))).toEqual(['CONFLICT']);

    // Edit and publish v2.
    const v2Modules = await as(coordinator).gql<{ curriculum: { modules: { title: string }[] } }>(
      `query($id: ID!) { curriculum(id: $id) { modules { title } } }`,
      { id: v2 },
    );
    expect(v2Modules.data?.curriculum.modules.map((m) => m.title)).toEqual(['Mengenal Pasar', 'Model Bisnis']);
    await as(coordinator).gql(ADD_MODULE, { input: { curriculumId: v2, title: 'Modul Baru v2' } });
    expect((await as(coordinator).gql(PUBLISH, { id: v2 })).data).toMatchObject({ publishCurriculum: { version: 2, status: 'PUBLISHED' } });

    const after = await as(coordinator).gql(COHORT_CURRICULUM, { id: cohortId });
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain('Modul Baru v2');
  });

  describe('editing a draft', () => {
    const OUTLINE = `query($id: ID!) { curriculum(id: $id) { title description completionRule { minFinalScore }
      modules { id title position lessons { id title position } assignments { id title position weight rubric { title maxPoints } } } } }`;
    const UPDATE_CURRICULUM = `mutation($id: ID!, $input: UpdateCurriculumInput!) { updateCurriculum(id: $id, input: $input) { title description completionRule { minAttendanceRate minFinalScore requireAllAssignments } } }`;
    const UPDATE_MODULE = `mutation($id: ID!, $input: UpdateModuleInput!) { updateModule(id: $id, input: $input) { id title } }`;
    const UPDATE_LESSON = `mutation($id: ID!, $input: UpdateLessonInput!) { updateLesson(id: $id, input: $input) { title content videoUrl durationMinutes } }`;
    const UPDATE_ASSIGNMENT = `mutation($id: ID!, $input: UpdateAssignmentInput!) { updateAssignment(id: $id, input: $input) { title weight instructions rubric { title maxPoints levels { title points } } } }`;
    const MOVE = `mutation($item: CurriculumItem!, $id: ID!, $position: Int!) { moveCurriculumItem(item: $item, id: $id, position: $position) { id } }`;
    const REMOVE = `mutation($item: CurriculumItem!, $id: ID!) { removeCurriculumItem(item: $item, id: $id) { id } }`;
    const CHANGES = `query($id: ID!) { curriculum(id: $id) { changesSincePrevious { kind item title moduleTitle fields } } }`;

    interface Outline {
      title: string;
      description: string | null;
      modules: (Id & {
        title: string;
        position: number;
        lessons: (Id & { title: string; position: number })[];
        assignments: (Id & { title: string; position: number })[];
      })[];
    }
    const ok = async (query: string, variables: Record<string, unknown>) => {
      const answer = await as(coordinator).gql(query, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data;
    };
    const outline = async (id: string) => ((await ok(OUTLINE, { id })) as { curriculum: Outline }).curriculum;

    it('changes any field of the curriculum and its items; the fields left out stay as they were', async () => {
      const { curriculumId, moduleId } = await buildDraft('Desain Kemasan');
      expect(
        await ok(UPDATE_CURRICULUM, {
          id: curriculumId,
          input: { title: ' Desain Kemasan Produk ', description: 'Untuk UMKM', completionRule: { ...rule, minFinalScore: 75 } },
        }),
      ).toEqual({
        updateCurriculum: { title: 'Desain Kemasan Produk', description: 'Untuk UMKM', completionRule: { ...rule, minFinalScore: 75 } },
      });
      // Only the description, cleared: the title and rule stay.
      expect(await ok(UPDATE_CURRICULUM, { id: curriculumId, input: { description: null } })).toMatchObject({
        updateCurriculum: { title: 'Desain Kemasan Produk', description: null, completionRule: { minFinalScore: 75 } },
      });
      expect(await ok(UPDATE_MODULE, { id: moduleId, input: { title: 'Model Bisnis Kemasan' } })).toEqual({
        updateModule: { id: moduleId, title: 'Model Bisnis Kemasan' },
      });

      const [lesson] = (await outline(curriculumId)).modules[1].lessons;
      expect(
        await ok(UPDATE_LESSON, {
          id: lesson.id,
          input: { content: '# Kanvas\n\nDua belas blok.', videoUrl: 'https://video.example.id/k', durationMinutes: 20 },
        }),
      ).toEqual({
        updateLesson: {
          title: 'Kanvas',
          content: '# Kanvas\n\nDua belas blok.',
          videoUrl: 'https://video.example.id/k',
          durationMinutes: 20,
        },
      });
      expect(await ok(UPDATE_LESSON, { id: lesson.id, input: { videoUrl: null } })).toMatchObject({
        updateLesson: { videoUrl: null, durationMinutes: 20 },
      });

      // A rubric given replaces the whole rubric, in the order given.
      const [assignment] = (await outline(curriculumId)).modules[1].assignments;
      const newRubric = [
        {
          title: 'Kelayakan usaha',
          maxPoints: 20,
          levels: [
            { title: 'Belum', points: 5 },
            { title: 'Layak', points: 20 },
          ],
        },
        { title: 'Presentasi', maxPoints: 10 },
      ];
      expect(await ok(UPDATE_ASSIGNMENT, { id: assignment.id, input: { weight: 3, rubric: newRubric } })).toEqual({
        updateAssignment: {
          title: 'Kanvas usaha Anda',
          weight: 3,
          instructions: null,
          rubric: [
            {
              title: 'Kelayakan usaha',
              maxPoints: 20,
              levels: [
                { title: 'Belum', points: 5 },
                { title: 'Layak', points: 20 },
              ],
            },
            { title: 'Presentasi', maxPoints: 10, levels: [] },
          ],
        },
      });
    });

    it('refuses bad edits with the field named, and changes nothing', async () => {
      const { curriculumId, moduleId } = await buildDraft('Animasi Dasar');
      const before = await outline(curriculumId);
      const [assignment] = before.modules[1].assignments;
      for (const [query, variables, field] of [
        [UPDATE_MODULE, { id: moduleId, input: { title: '   ' } }, 'title'],
        [
          UPDATE_CURRICULUM,
          { id: curriculumId, input: { completionRule: { ...rule, minAttendanceRate: 2 } } },
          'completionRule.minAttendanceRate',
        ],
        [UPDATE_ASSIGNMENT, { id: assignment.id, input: { rubric: [] } }, 'rubric'],
        [
          UPDATE_ASSIGNMENT,
          { id: assignment.id, input: { rubric: [{ title: 'A', maxPoints: 5, levels: [{ title: 'x', points: 9 }] }] } },
          'rubric.0.levels.0.points',
        ],
      ] as const) {
        const refused = await as(coordinator).gql(query, variables);
        expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
        expect(Object.keys(refused.errors![0].extensions.fields as object)).toContain(field);
      }
      expect(await outline(curriculumId)).toEqual(before);
      expect(codes(await as(coordinator).gql(UPDATE_MODULE, { id: assignment.id, input: { title: 'Bukan modul' } }))).toEqual([
        'NOT_FOUND',
      ]);
    });

    it('moves and removes items, keeping positions 1..n without gaps; removing a module takes its lessons and assignments', async () => {
      const { curriculumId, moduleId } = await buildDraft('Video Pendek');
      await ok(ADD_MODULE, { input: { curriculumId, title: 'Distribusi' } });
      for (const title of ['Naskah', 'Storyboard', 'Suara']) await ok(ADD_LESSON, { input: { moduleId, title, content: title } });
      const titles = async () =>
        (await outline(curriculumId)).modules.map((m) => [m.title, m.position, m.lessons.map((l) => `${l.position}:${l.title}`)]);
      expect(await titles()).toEqual([
        ['Mengenal Pasar', 1, []],
        ['Model Bisnis', 2, ['1:Kanvas', '2:Naskah', '3:Storyboard', '4:Suara']],
        ['Distribusi', 3, []],
      ]);
      const lessons = (await outline(curriculumId)).modules[1].lessons;
      await ok(MOVE, { item: 'LESSON', id: lessons[3].id, position: 1 });
      await ok(MOVE, { item: 'MODULE', id: moduleId, position: 99 });
      expect(await titles()).toEqual([
        ['Mengenal Pasar', 1, []],
        ['Distribusi', 2, []],
        ['Model Bisnis', 3, ['1:Suara', '2:Kanvas', '3:Naskah', '4:Storyboard']],
      ]);
      await ok(REMOVE, { item: 'LESSON', id: lessons[1].id });
      expect((await titles())[2][2]).toEqual(['1:Suara', '2:Kanvas', '3:Storyboard']);

      await ok(REMOVE, { item: 'MODULE', id: moduleId });
      expect(await titles()).toEqual([
        ['Mengenal Pasar', 1, []],
        ['Distribusi', 2, []],
      ]);
      expect(codes(await as(coordinator).gql(REMOVE, { item: 'LESSON', id: lessons[0].id }))).toEqual(['NOT_FOUND']);
      // Without its only assignment the draft cannot be published.
      expect((await as(coordinator).gql(PUBLISH, { id: curriculumId })).errors?.[0].message).toMatch(/minimal satu tugas/);
    });

    it('refuses every edit of a published version and of another hub’s draft', async () => {
      const { curriculumId, moduleId } = await buildDraft('Batik Modern');
      const stranger = await app.factory.coordinator((await app.factory.hub()).id);
      expect(codes(await as(stranger).gql(UPDATE_MODULE, { id: moduleId, input: { title: 'Milik saya' } }))).toEqual(['NOT_FOUND']);
      expect(codes(await as(stranger).gql(REMOVE, { item: 'MODULE', id: moduleId }))).toEqual(['NOT_FOUND']);
      expect(codes(await as(stranger).gql(UPDATE_CURRICULUM, { id: curriculumId, input: { title: 'Milik saya' } }))).toEqual(['NOT_FOUND']);
      const trainee = await app.factory.trainee(hub.id);
      expect(codes(await as(trainee).gql(MOVE, { item: 'MODULE', id: moduleId, position: 1 }))).toEqual(['FORBIDDEN']);

      await ok(PUBLISH, { id: curriculumId });
      const [lesson] = (await outline(curriculumId)).modules[1].lessons;
      for (const [query, variables] of [
        [UPDATE_CURRICULUM, { id: curriculumId, input: { title: 'Diam-diam' } }],
        [UPDATE_MODULE, { id: moduleId, input: { title: 'Diam-diam' } }],
        [UPDATE_LESSON, { id: lesson.id, input: { content: 'Diam-diam' } }],
        [MOVE, { item: 'MODULE', id: moduleId, position: 1 }],
        [REMOVE, { item: 'LESSON', id: lesson.id }],
      ] as const)
        expect(codes(await as(coordinator).gql(query, variables))).toEqual(['CONFLICT']);
    });

    it('lists what a revision changed since the version before it: added, changed (which fields), moved, removed', async () => {
      const { curriculumId } = await buildDraft('Musik Digital');
      for (const title of ['Mixing', 'Mastering'])
        await ok(ADD_LESSON, { input: { moduleId: (await outline(curriculumId)).modules[1].id, title, content: 'Isi' } });
      await ok(PUBLISH, { id: curriculumId });
      expect(await ok(CHANGES, { id: curriculumId })).toEqual({ curriculum: { changesSincePrevious: [] } });

      const v2 = (await as(coordinator).gql<{ reviseCurriculum: Id }>(REVISE, { id: curriculumId })).data!.reviseCurriculum.id;
      expect(await ok(CHANGES, { id: v2 })).toEqual({ curriculum: { changesSincePrevious: [] } });
      const draft = await outline(v2);
      const [pasar, bisnis] = draft.modules;
      const [kanvas, , mastering] = bisnis.lessons;
      await ok(UPDATE_CURRICULUM, { id: v2, input: { completionRule: { ...rule, minFinalScore: 80 } } });
      await ok(UPDATE_LESSON, { id: kanvas.id, input: { title: 'Kanvas Model Bisnis', content: 'Baru' } });
      await ok(MOVE, { item: 'LESSON', id: mastering.id, position: 1 });
      await ok(UPDATE_ASSIGNMENT, { id: bisnis.assignments[0].id, input: { rubric: [{ title: 'Satu-satunya', maxPoints: 10 }] } });
      await ok(REMOVE, { item: 'MODULE', id: pasar.id });
      await ok(ADD_MODULE, { input: { curriculumId: v2, title: 'Rilis' } });

      const changes = (await as(coordinator).gql<{ curriculum: { changesSincePrevious: unknown[] } }>(CHANGES, { id: v2 })).data!.curriculum
        .changesSincePrevious;
      expect(changes).toEqual([
        { kind: 'CHANGED', item: 'CURRICULUM', title: 'Musik Digital', moduleTitle: null, fields: ['COMPLETION_RULE'] },
        { kind: 'ADDED', item: 'MODULE', title: 'Rilis', moduleTitle: null, fields: [] },
        { kind: 'REMOVED', item: 'MODULE', title: 'Mengenal Pasar', moduleTitle: null, fields: [] },
        // Mastering moved to the top: only it is reported as moved, not the two that shifted down.
        { kind: 'CHANGED', item: 'LESSON', title: 'Mastering', moduleTitle: 'Model Bisnis', fields: ['ORDER'] },
        { kind: 'CHANGED', item: 'LESSON', title: 'Kanvas Model Bisnis', moduleTitle: 'Model Bisnis', fields: ['TITLE', 'CONTENT'] },
        { kind: 'CHANGED', item: 'ASSIGNMENT', title: 'Kanvas usaha Anda', moduleTitle: 'Model Bisnis', fields: ['RUBRIC'] },
      ]);
      // The changes are for those who edit curricula.
      const mentor = await app.factory.mentor(hub.id);
      expect(codes(await as(mentor).gql(CHANGES, { id: curriculumId }))).toEqual(['FORBIDDEN']);
    });
  });

  describe('who may see and change curricula', () => {
    it('shows published versions to the hub’s mentors and trainees, drafts only to its managers', async () => {
      const { curriculumId: draftId } = await buildDraft('Draf Rahasia');
      const published = await app.factory.publishedCurriculum(hub.id);
      const mentor = await app.factory.mentor(hub.id);
      const trainee = await app.factory.trainee(hub.id);
      for (const person of [mentor, trainee]) {
        expect((await as(person).gql(CURRICULUM, { id: published.id })).errors).toBeUndefined();
        expect(codes(await as(person).gql(CURRICULUM, { id: draftId }))).toEqual(['NOT_FOUND']);
        const listed = await as(person).gql<{ curricula: { id: string; status: string }[] }>(CURRICULA, { hubId: hub.id });
        expect(listed.data?.curricula.every((c) => c.status === 'PUBLISHED')).toBe(true);
        expect(listed.data?.curricula.map((c) => c.id)).toContain(published.id);
      }
      const listed = await as(coordinator).gql<{ curricula: { id: string }[] }>(CURRICULA, { hubId: hub.id });
      expect(listed.data?.curricula.map((c) => c.id)).toEqual(expect.arrayContaining([draftId, published.id]));
      // By title, the newest version of each first.
      const ordered: { id: string }[] = await app
        .get(DataSource)
        .query(`SELECT id FROM curriculum WHERE hub_id = $1 ORDER BY title, version DESC, id`, [hub.id]);
      expect(listed.data?.curricula.map((c) => c.id)).toEqual(ordered.map((c) => c.id));
    });

    it('hides a hub’s curricula from other hubs, and lets only managers write', async () => {
      const { curriculumId } = await buildDraft('Milik Hub Ini');
      const otherHub = await app.factory.hub();
      const otherCoordinator = await app.factory.coordinator(otherHub.id);
      expect(codes(await as(otherCoordinator).gql(CURRICULUM, { id: curriculumId }))).toEqual(['NOT_FOUND']);
      expect(codes(await as(otherCoordinator).gql(ADD_MODULE, { input: { curriculumId, title: 'Sisipan' } }))).toEqual(['NOT_FOUND']);
      expect(codes(await as(otherCoordinator).gql(CREATE, { input: { hubId: hub.id, title: 'X', completionRule: rule } }))).toEqual([
        'FORBIDDEN',
      ]);
      expect((await as(otherCoordinator).gql<{ curricula: unknown[] }>(CURRICULA, { hubId: hub.id })).data?.curricula).toEqual([]);

      const mentor = await app.factory.mentor(hub.id);
      expect(codes(await as(mentor).gql(ADD_MODULE, { input: { curriculumId, title: 'Sisipan' } }))).toEqual(['FORBIDDEN']);
      const admin = await app.factory.admin();
      expect((await as(admin).gql(ADD_MODULE, { input: { curriculumId, title: 'Oleh admin' } })).errors).toBeUndefined();
    });
  });
});
