import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** Every field node selected directly in these selection sets, through fragments too. */
function fieldsOf(info: SelectionInfo, selectionSets: (SelectionSetNode | undefined)[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const walk = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else walk(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  selectionSets.forEach(walk);
  return fields;
}

/** The names of the fields the query selects on this field's value, through fragments too. */
export function selectedFields(info: SelectionInfo): Set<string> {
  return new Set(
    fieldsOf(
      info,
      info.fieldNodes.map((node) => node.selectionSet),
    ).map((field) => field.name.value),
  );
}

/**
 * The names of the fields the query selects at the end of `path` (a field of this field's value, a
 * field of that one's, …), empty when the path is not asked.
 */
export function selectedFieldsOf(info: SelectionInfo, ...path: string[]): Set<string> {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const child of path)
    nodes = fieldsOf(
      info,
      nodes.map((node) => node.selectionSet),
    ).filter((field) => field.name.value === child);
  return selectedFields({ fieldNodes: nodes, fragments: info.fragments });
}

const ID_FIELDS = new Set(['id', '__typename']);

/** Whether these selected fields ask nothing of an object but its id: then the foreign key that points at it answers, with nothing read. */
export const onlyId = (fields: Set<string>): boolean => [...fields].every((field) => ID_FIELDS.has(field));

const onlyAsked = new WeakMap<readonly FieldNode[], Map<ReadonlySet<string>, boolean>>();

/**
 * Whether this field's selection asks nothing but these fields, decided once per place in a document
 * (its field nodes) and set of fields, not per row.
 */
export function asksOnly(info: SelectionInfo, fields: ReadonlySet<string>): boolean {
  let decided = onlyAsked.get(info.fieldNodes);
  if (!decided) onlyAsked.set(info.fieldNodes, (decided = new Map<ReadonlySet<string>, boolean>()));
  let only = decided.get(fields);
  if (only === undefined) {
    only = [...selectedFields(info)].every((field) => fields.has(field));
    decided.set(fields, only);
  }
  return only;
}

/** onlyId of this field's selection, decided once per place in a document. */
export const asksOnlyId = (info: SelectionInfo): boolean => asksOnly(info, ID_FIELDS);
