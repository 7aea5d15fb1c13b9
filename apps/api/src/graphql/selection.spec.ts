import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, parse } from 'graphql';
import { asksOnly, asksOnlyId, selectedFields, selectedFieldsOf } from './selection.js';

/** The resolve info of the query's first root field, as graphql-js would give it. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0];
  if (root.kind !== Kind.FIELD) throw new Error('a field first');
  return { fieldNodes: [root], fragments };
}

describe('selectedFields', () => {
  it('names the fields selected directly, in inline fragments and in fragment spreads', () => {
    const info = infoOf(`{ counts { waiting ... on Counts { graded } ...More } } fragment More on Counts { resubmitted __typename }`);
    expect([...selectedFields(info)].sort()).toEqual(['__typename', 'graded', 'resubmitted', 'waiting']);
  });

  it('names only the fields of this field, not of its children', () => {
    expect([...selectedFields(infoOf(`{ cohort { name hub { timezone } } }`))].sort()).toEqual(['hub', 'name']);
  });
});

describe('selectedFieldsOf', () => {
  it('names the fields selected on a child, wherever the child is asked, through fragments too', () => {
    const info = infoOf(
      `{ session { attendance { status trainee { id } ...Who } } } fragment Who on Record { trainee { ...Name } } fragment Name on User { fullName }`,
    );
    const attendance = info.fieldNodes[0].selectionSet!.selections[0];
    if (attendance.kind !== Kind.FIELD) throw new Error('a field first');
    expect([...selectedFieldsOf({ fieldNodes: [attendance], fragments: info.fragments }, 'trainee')].sort()).toEqual(['fullName', 'id']);
    expect([...selectedFieldsOf({ fieldNodes: [attendance], fragments: info.fragments }, 'session')]).toEqual([]);
  });

  it('follows a path of children', () => {
    const info = infoOf(
      `{ enrollments { totalCount edges { cursor node { id } ...Named } } } fragment Named on Edge { node { trainee { fullName } } }`,
    );
    expect([...selectedFieldsOf(info, 'edges', 'node')].sort()).toEqual(['id', 'trainee']);
    expect([...selectedFieldsOf(info, 'edges', 'node', 'trainee')]).toEqual(['fullName']);
    expect([...selectedFieldsOf(info, 'pageInfo', 'node')]).toEqual([]);
  });
});

describe('asksOnlyId', () => {
  it('is true for an id (and __typename) alone, through fragments too, and false as soon as anything else is asked', () => {
    expect(asksOnlyId(infoOf(`{ assignment { id } }`))).toBe(true);
    expect(asksOnlyId(infoOf(`{ assignment { ...Id __typename } } fragment Id on Assignment { id }`))).toBe(true);
    expect(asksOnlyId(infoOf(`{ assignment { id ...Title } } fragment Title on Assignment { title }`))).toBe(false);
  });
});

describe('asksOnly', () => {
  it('decides once per place in a document for each set of fields, and differently for another set', () => {
    const info = infoOf(`{ enrollment { id ...Whose } } fragment Whose on Enrollment { trainee { fullName } }`);
    const reference = new Set(['id', 'trainee']);
    expect(asksOnly(info, reference)).toBe(true);
    expect(asksOnly(info, new Set(['id']))).toBe(false);
    expect(asksOnly(info, reference)).toBe(true);
    expect(asksOnly(infoOf(`{ enrollment { id status trainee { id } } }`), reference)).toBe(false);
  });
});
