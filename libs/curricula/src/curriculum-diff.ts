/** What a revision changed since the version it was copied from, as a coordinator reviews it before publishing. */

export enum CurriculumChangeKind {
  ADDED = 'ADDED',
  CHANGED = 'CHANGED',
  REMOVED = 'REMOVED',
}

export enum CurriculumItemKind {
  CURRICULUM = 'CURRICULUM',
  MODULE = 'MODULE',
  LESSON = 'LESSON',
  ASSIGNMENT = 'ASSIGNMENT',
}

export enum CurriculumField {
  TITLE = 'TITLE',
  DESCRIPTION = 'DESCRIPTION',
  COMPLETION_RULE = 'COMPLETION_RULE',
  ORDER = 'ORDER',
  CONTENT = 'CONTENT',
  VIDEO = 'VIDEO',
  DURATION = 'DURATION',
  INSTRUCTIONS = 'INSTRUCTIONS',
  WEIGHT = 'WEIGHT',
  PASSING_SCORE = 'PASSING_SCORE',
  RUBRIC = 'RUBRIC',
}

export interface CurriculumChange {
  kind: CurriculumChangeKind;
  item: CurriculumItemKind;
  title: string;
  /** The module a lesson or assignment belongs to (in the version it is found in). */
  moduleTitle: string | null;
  /** For CHANGED: what is different. */
  fields: CurriculumField[];
}

interface Item {
  id: string;
  title: string;
  position: number;
  copiedFromId: string | null;
}

interface ModuleItem extends Item {
  moduleId: string;
}

/** One version as the diff reads it; `rubric` is any stable serialisation of the criteria. */
export interface CurriculumSnapshot {
  details: { title: string; description: string | null; completionRule: string };
  modules: Item[];
  lessons: (ModuleItem & { content: string; videoUrl: string | null; durationMinutes: number | null })[];
  assignments: (ModuleItem & { instructions: string | null; weight: number; passingScore: number; rubric: string })[];
}

/** Ids of the kept items that moved: those outside the longest run that kept its order (so one move reports one item). */
function movedIds(before: Item[], after: Item[]): Set<string> {
  const rankBefore = new Map([...before].sort((a, b) => a.position - b.position).map((item, index) => [item.id, index]));
  const kept = [...after].sort((a, b) => a.position - b.position).filter((item) => rankBefore.has(item.copiedFromId ?? ''));
  const ranks = kept.map((item) => rankBefore.get(item.copiedFromId!)!);
  // Longest increasing subsequence, O(n²): lists here hold at most 50 items.
  const length = ranks.map(() => 1);
  const previous = ranks.map(() => -1);
  for (let i = 0; i < ranks.length; i++)
    for (let j = 0; j < i; j++)
      if (ranks[j] < ranks[i] && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
  const inOrder = new Set<number>();
  for (let i = length.indexOf(Math.max(0, ...length)); i >= 0; i = previous[i]) inOrder.add(i);
  return new Set(kept.filter((_, index) => !inOrder.has(index)).map((item) => item.id));
}

function diffItems<T extends Item>(
  item: CurriculumItemKind,
  before: T[],
  after: T[],
  compared: [CurriculumField, (value: T) => unknown][],
  moduleTitle: (value: T, version: 'before' | 'after') => string | null,
  moved: Set<string>,
): CurriculumChange[] {
  const beforeById = new Map(before.map((value) => [value.id, value]));
  const copied = new Set(after.map((value) => value.copiedFromId));
  const changes: CurriculumChange[] = [];
  for (const value of [...after].sort((a, b) => a.position - b.position)) {
    const source = beforeById.get(value.copiedFromId ?? '');
    const common = { item, title: value.title, moduleTitle: moduleTitle(value, 'after') };
    if (!source) {
      changes.push({ kind: CurriculumChangeKind.ADDED, ...common, fields: [] });
      continue;
    }
    const fields = compared.filter(([, read]) => read(source) !== read(value)).map(([field]) => field);
    if (moved.has(value.id)) fields.push(CurriculumField.ORDER);
    if (fields.length > 0) changes.push({ kind: CurriculumChangeKind.CHANGED, ...common, fields });
  }
  for (const value of before.filter((value) => !copied.has(value.id)))
    changes.push({ kind: CurriculumChangeKind.REMOVED, item, title: value.title, moduleTitle: moduleTitle(value, 'before'), fields: [] });
  return changes;
}

/** Moved items among siblings: per parent, compared with the parent they were copied from. */
function movedWithinParents(before: ModuleItem[], after: ModuleItem[]): Set<string> {
  const moved = new Set<string>();
  for (const parentId of new Set(after.map((value) => value.moduleId))) {
    const siblings = after.filter((value) => value.moduleId === parentId);
    const sources = new Set(siblings.map((value) => value.copiedFromId));
    for (const id of movedIds(
      before.filter((value) => sources.has(value.id)),
      siblings,
    ))
      moved.add(id);
  }
  return moved;
}

export function diffCurricula(before: CurriculumSnapshot, after: CurriculumSnapshot): CurriculumChange[] {
  const details = (
    [
      [CurriculumField.TITLE, (s: CurriculumSnapshot) => s.details.title],
      [CurriculumField.DESCRIPTION, (s: CurriculumSnapshot) => s.details.description],
      [CurriculumField.COMPLETION_RULE, (s: CurriculumSnapshot) => s.details.completionRule],
    ] as const
  )
    .filter(([, read]) => read(before) !== read(after))
    .map(([field]) => field);
  const moduleTitles = {
    before: new Map(before.modules.map((module) => [module.id, module.title])),
    after: new Map(after.modules.map((module) => [module.id, module.title])),
  };
  const inModule = (value: ModuleItem, version: 'before' | 'after') => moduleTitles[version].get(value.moduleId) ?? null;
  return [
    ...(details.length > 0
      ? [
          {
            kind: CurriculumChangeKind.CHANGED,
            item: CurriculumItemKind.CURRICULUM,
            title: after.details.title,
            moduleTitle: null,
            fields: details,
          },
        ]
      : []),
    ...diffItems(
      CurriculumItemKind.MODULE,
      before.modules,
      after.modules,
      [[CurriculumField.TITLE, (value) => value.title]],
      () => null,
      movedIds(before.modules, after.modules),
    ),
    ...diffItems(
      CurriculumItemKind.LESSON,
      before.lessons,
      after.lessons,
      [
        [CurriculumField.TITLE, (value) => value.title],
        [CurriculumField.CONTENT, (value) => value.content],
        [CurriculumField.VIDEO, (value) => value.videoUrl],
        [CurriculumField.DURATION, (value) => value.durationMinutes],
      ],
      inModule,
      movedWithinParents(before.lessons, after.lessons),
    ),
    ...diffItems(
      CurriculumItemKind.ASSIGNMENT,
      before.assignments,
      after.assignments,
      [
        [CurriculumField.TITLE, (value) => value.title],
        [CurriculumField.INSTRUCTIONS, (value) => value.instructions],
        [CurriculumField.WEIGHT, (value) => value.weight],
        [CurriculumField.PASSING_SCORE, (value) => value.passingScore],
        [CurriculumField.RUBRIC, (value) => value.rubric],
      ],
      inModule,
      movedWithinParents(before.assignments, after.assignments),
    ),
  ];
}
