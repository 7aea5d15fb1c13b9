import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  OperationTypeNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type FieldNode,
  getArgumentValues,
  getVariableValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';

/**
 * The most objects an operation can return: each object costs 1 (its scalar fields are free), and what a list selects is multiplied by
 * the list's bound — its `first` argument (from a literal, a variable or the default) or, for a list a
 * mutation returns, its `maxItems` extension. A connection's `edges` take the bound of the connection.
 * Fragments count where they are spread; an inline fragment on another type counts as if it matched.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): number {
  // Coerced as execution will coerce them, so a variable's own default counts too; invalid ones never execute.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (coerced.errors) return 0;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? null
        : schema.getQueryType();
  if (!root) return 0;

  // Each named fragment is costed once per page size: spreading one twice, again and again, cannot make this slow.
  const fragmentCosts = new Map<string, number>();
  const fragmentCost = (name: string, pageSize: number): number => {
    const key = `${name}:${pageSize}`;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    if (!fragment || !type || !isCompositeType(type)) return 0;
    if (!fragmentCosts.has(key)) fragmentCosts.set(key, costOf(fragment.selectionSet, type, pageSize));
    return fragmentCosts.get(key)!;
  };

  /** `pageSize`: the `first` of the connection whose selection this is, for its `edges`. */
  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, pageSize = 1): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        const child = field && getNamedType(field.type);
        // Scalars (and __typename) are free: they come with their object.
        if (!field || !selection.selectionSet || !child || !isCompositeType(child)) continue;
        const size = requestedSize(field, selection, variables);
        const count = isListType(getNullableType(field.type)) ? (size ?? (field.name === 'edges' ? pageSize : maxItems(field))) : 1;
        total += count * (1 + costOf(selection.selectionSet, child, size ?? 1));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        if (type && isCompositeType(type)) total += costOf(selection.selectionSet, type, pageSize);
      } else {
        total += fragmentCost(selection.name.value, pageSize);
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root);
}

/** The `first` (or `limit`) a field is asked for — from a literal, a variable or its default — if it takes one. */
function requestedSize(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number | undefined {
  if (!field.args.some((arg) => arg.name === 'first' || arg.name === 'limit')) return undefined;
  const args = getArgumentValues(field, node, variables) as { first?: unknown; limit?: unknown };
  const size = Number(args.first ?? args.limit ?? 0);
  return Number.isFinite(size) && size > 0 ? size : 0;
}

/** The bound a list without `first` declares (lists mutations return). */
function maxItems(field: GraphQLField<unknown, unknown>): number {
  const declared = field.extensions?.maxItems;
  if (typeof declared !== 'number') throw new Error(`list field ${field.name} has no bound`);
  return declared;
}
