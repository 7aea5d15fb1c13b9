import { Args, type ArgsOptions, type ReturnTypeFunc, Extensions, ResolveField, type ResolveFieldOptions } from '@nestjs/graphql';
import type { GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import { unauthenticated } from '@sanggar/core';
import type { CallerContext, GqlContext } from './context.js';
import { type FirstArgument, firstArgs, firstWithin } from './lists.js';

/**
 * A row field's resolver: the parent object and the request's context (and a list's `first`, the
 * field's resolve info for one that answers by what is selected, and its other arguments); it runs unbound.
 */
type RowResolver = (this: void, parent: never, context: CallerContext, first: number, info: GraphQLResolveInfo, args: never) => unknown;

interface RowResolverExtension {
  resolve: (
    parent: unknown,
    context: CallerContext,
    first: number | undefined,
    info: GraphQLResolveInfo,
    args: Record<string, unknown>,
  ) => unknown;
  /** For a list: the most `first` may ask for. */
  maxFirst?: number;
}

type RowFieldOptions = ResolveFieldOptions & {
  /**
   * Arguments besides a RowList's `first`, declared as @Args would and given to the resolver as one
   * object (its fifth parameter). Scalars and enums only: graphql-js coerces and checks those itself,
   * and no pipe runs on them.
   */
  args?: Record<string, ArgsOptions>;
};

/** The parameter index of a RowList's `first`; a row field's other arguments are declared after it. */
const FIRST_ARGUMENT_INDEX = 2;

const ROW_RESOLVER = 'sanggarRowResolver';

/**
 * A field resolved once per row of a list (a roster's trainee and progress): declared like
 * @ResolveField, but run as a plain graphql-js resolver instead of through Nest's guard, pipes and
 * parameter factories, which cost about as much as the loader lookup itself on every one of a page's
 * hundreds of calls. What the guard checked still holds: the request's caller must be known, which
 * the guard of an enclosing field has done (the fields above a row are never public). Takes only
 * scalar and enum arguments (`args`; RowList: `first` too), no roles and no `this`: give such a field
 * a plain @ResolveField.
 */
export const RowField = (returns: ReturnTypeFunc, options?: RowFieldOptions) => rowResolver(returns, options);

/** A list field of each row (a start-up's members): a RowField with the `first` argument of FirstOf/FirstUpTo, checked the same way and passed third. */
export const RowList = (returns: ReturnTypeFunc, first: FirstArgument, options?: RowFieldOptions) => rowResolver(returns, options, first);

function rowResolver(returns: ReturnTypeFunc, options: RowFieldOptions = {}, first?: FirstArgument) {
  const { args = {}, ...fieldOptions } = options;
  return <Resolve extends RowResolver>(target: object, key: string, descriptor: TypedPropertyDescriptor<Resolve>) => {
    ResolveField(returns, fieldOptions)(target, key, descriptor);
    // Last first, as TypeScript applies parameter decorators: Nest then lists `first` and the rest in the order written.
    const declared = Object.entries(args);
    for (let index = declared.length - 1; index >= 0; index--) Args(...declared[index])(target, key, FIRST_ARGUMENT_INDEX + 1 + index);
    if (first) firstArgs(first)(target, key, FIRST_ARGUMENT_INDEX);
    Extensions({ [ROW_RESOLVER]: { resolve: descriptor.value, maxFirst: first?.max } })(target, key);
  };
}

/** Whether the guard of an enclosing field has identified the caller (see RowField). */
const knowsCaller = (context: GqlContext): context is CallerContext => context.user !== undefined;

/**
 * Nest gives every plain @Field a resolver that reads the property (`rootFieldResolver`, for a
 * default value no type of ours declares). graphql-js reads properties itself, so without it a plain
 * field costs no call, and no count in the execution budget (withExecutionBudget).
 */
const isNestPropertyReader = (resolve: unknown) => typeof resolve === 'function' && resolve.name === 'rootFieldResolver';

/** Replaces the Nest-built resolver of every @RowField with its plain one (see RowField), and drops Nest's property readers. */
export function withRowResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (isNestPropertyReader(field.resolve)) field.resolve = undefined;
      const row = field.extensions[ROW_RESOLVER] as RowResolverExtension | undefined;
      if (!row) continue;
      const { resolve: resolveRow, maxFirst } = row;
      const resolve: GraphQLFieldResolver<unknown, GqlContext, { first: number }> = (parent, args, context, info) => {
        if (!knowsCaller(context)) throw unauthenticated();
        return resolveRow(parent, context, maxFirst === undefined ? undefined : firstWithin(args.first, maxFirst), info, args);
      };
      field.resolve = resolve;
    }
  }
  return schema;
}
