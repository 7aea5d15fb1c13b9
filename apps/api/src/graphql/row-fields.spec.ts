import { Test } from '@nestjs/testing';
import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { type GraphQLObjectType, type GraphQLSchema, graphql, printType } from 'graphql';
import { ErrorCode, Role } from '@sanggar/core';
import type { GqlContext } from './context.js';
import { capped } from './lists.js';
import { RowField, RowList, withRowResolvers } from './row-fields.js';

@ObjectType()
class Seat {
  @Field()
  name!: string;
}

@Resolver(() => Seat)
class SeatResolver {
  @Query(() => [Seat])
  seats(): Seat[] {
    return [];
  }

  @RowField(() => String, { description: 'the name, with the caller’s role' })
  label(this: void, seat: Seat, { user }: GqlContext): string {
    return `${seat.name} for ${user!.role}`;
  }

  @RowList(() => [String], capped(3))
  neighbours(this: void, seat: Seat, _context: GqlContext, first: number): string[] {
    return ['left', 'right', 'behind'].slice(0, first).map((side) => `${side} of ${seat.name}`);
  }

  @RowField(() => String, {
    args: { row: { type: () => Int }, prefix: { type: () => String, nullable: true, defaultValue: 'seat' } },
  })
  renamed(
    this: void,
    seat: Seat,
    _context: GqlContext,
    _first: unknown,
    _info: unknown,
    { row, prefix }: { row: number; prefix: string | null },
  ) {
    return `${prefix ?? 'none'} ${row}${seat.name}`;
  }
}

async function nestSchema() {
  const module = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
  return module.get(GraphQLSchemaFactory).create([SeatResolver]);
}
const rowSchema = async () => withRowResolvers(await nestSchema());
const seatFields = (schema: GraphQLSchema) => (schema.getType('Seat') as GraphQLObjectType).getFields();

const seats = [{ name: 'A1' }, { name: 'A2' }];
const mentor = { user: { id: 'u1', role: Role.MENTOR, hubIds: [], locale: 'en' } as unknown as GqlContext['user'] };
const ask = async (context: Partial<GqlContext>, source = '{ seats { name label } }') =>
  graphql({ schema: await rowSchema(), source, rootValue: { seats }, contextValue: context });

describe('RowField', () => {
  it('declares the field as @ResolveField would (type and description)', async () => {
    const label = (await rowSchema()).getType('Seat')!.toConfig() as { fields: Record<string, { description?: string }> };
    expect(label.fields.label.description).toBe('the name, with the caller’s role');
  });

  it('drops the resolver Nest gives every plain field: graphql-js reads the property itself', async () => {
    expect(seatFields(await nestSchema()).name.resolve?.name).toBe('rootFieldResolver');
    expect(seatFields(await rowSchema()).name.resolve).toBeUndefined();
  });

  it('resolves each row from its parent and the request’s context alone', async () => {
    const result = await ask(mentor);
    expect(result).toEqual({
      data: {
        seats: [
          { name: 'A1', label: 'A1 for MENTOR' },
          { name: 'A2', label: 'A2 for MENTOR' },
        ],
      },
    });
  });

  it('answers UNAUTHENTICATED when no guard has identified the caller, as the field guard did', async () => {
    const result = await ask({});
    expect(result.data).toBeNull();
    expect(result.errors?.[0].path).toEqual(['seats', 0, 'label']);
    expect(result.errors?.[0].originalError).toMatchObject({ code: ErrorCode.Unauthenticated });
  });

  it('gives a RowList the `first` argument of FirstOf: the whole list by default, fewer when asked, BAD_USER_INPUT past the cap', async () => {
    const schema = await rowSchema();
    const argument = (
      schema.getType('Seat')!.toConfig() as { fields: Record<string, { args?: Record<string, { defaultValue?: unknown }> }> }
    ).fields.neighbours.args!.first;
    expect(argument.defaultValue).toBe(3);
    const all = await ask(mentor, '{ seats { neighbours } }');
    expect(all.data).toEqual({
      seats: seats.map((seat) => ({ neighbours: ['left', 'right', 'behind'].map((side) => `${side} of ${seat.name}`) })),
    });
    const one = await ask(mentor, '{ seats { neighbours(first: 1) } }');
    expect(one.data).toEqual({ seats: [{ neighbours: ['left of A1'] }, { neighbours: ['left of A2'] }] });
    const tooMany = await ask(mentor, '{ seats { neighbours(first: 4) } }');
    expect(tooMany.data).toBeNull();
    expect(tooMany.errors?.[0].originalError).toMatchObject({ code: ErrorCode.BadUserInput });
  });

  it('declares a row field’s other arguments in the schema, in order, and gives them to the resolver as graphql-js coerced them', async () => {
    expect(printType((await rowSchema()).getType('Seat')!)).toContain('renamed(row: Int!, prefix: String = "seat"): String!');
    const given = await ask(mentor, '{ seats { renamed(row: 7) } }');
    expect(given.data).toEqual({ seats: [{ renamed: 'seat 7A1' }, { renamed: 'seat 7A2' }] });
    const named = await ask(mentor, '{ seats { renamed(row: 2, prefix: null) } }');
    expect(named.data).toEqual({ seats: [{ renamed: 'none 2A1' }, { renamed: 'none 2A2' }] });
    const wrong = await ask(mentor, '{ seats { renamed(row: "seven") } }');
    expect(wrong.data).toBeUndefined();
    expect(wrong.errors?.[0].message).toContain('Int cannot represent');
  });
});
