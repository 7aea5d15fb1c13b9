import type { PipeTransform } from '@nestjs/common';
import { Args, ArgsType, Extensions, Field, Int } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';
import { type ListWindow, PAGE_DEFAULT, PAGE_MAX, invalidField } from '@sanggar/core';
import { says } from './validation.js';

/*
 * Every list the API serves is bounded, and the query cost (cost.ts) multiplies by that bound:
 * - top-level lists are pages: `first` (default 50, at most 200) and `offset`;
 * - lists inside an object take `first`, whose default is the list's cap, enforced where the list is
 *   written (rooms per hub, modules per curriculum…), so by default it returns all of them;
 * - lists a mutation returns declare `maxItems`, the most their input allows.
 */

const FIRST = says(`first: between 0 and ${PAGE_MAX}`, `first: between 0 and ${PAGE_MAX}`);
const OFFSET = says('offset tidak boleh negatif', 'offset cannot be negative');

@ArgsType()
export class PageArgs implements ListWindow {
  @Field(() => Int, { defaultValue: PAGE_DEFAULT, description: `How many at most, up to ${PAGE_MAX}` })
  @Min(0, FIRST)
  @Max(PAGE_MAX, FIRST)
  first: number = PAGE_DEFAULT;

  @Field(() => Int, { defaultValue: 0, description: 'How many to skip (the next page starts at offset + first)' })
  @Min(0, OFFSET)
  offset: number = 0;
}

/** `first` as asked, when within 0..max; else BAD_USER_INPUT on the argument. */
export function firstWithin(value: number, max: number): number {
  if (Number.isInteger(value) && value >= 0 && value <= max) return value;
  throw invalidField('first', { id: `first: antara 0 dan ${max}`, en: `first: between 0 and ${max}` });
}

class WithinCap implements PipeTransform<number, number> {
  constructor(private readonly cap: number) {}

  transform(value: number): number {
    return firstWithin(value, this.cap);
  }
}

/** The `first` argument of a list inside an object: its default, its most, and how the schema describes it. */
export interface FirstArgument {
  default: number;
  max: number;
  description: string;
}

/** A list capped at `cap` items; by default the whole list. */
export const capped = (cap: number): FirstArgument => ({
  default: cap,
  max: cap,
  description: `How many at most; there are never more than ${cap}`,
});

/** A list that can grow past what one answer should hold (a history). */
export const upTo = ({ default: defaultValue, max }: { default: number; max: number }): FirstArgument => ({
  default: defaultValue,
  max,
  description: `How many at most, up to ${max}`,
});

/** Declares `first` on a field resolver and checks it against the most. */
export const firstArgs = (first: FirstArgument) =>
  Args('first', { type: () => Int, defaultValue: first.default, description: first.description }, new WithinCap(first.max));

/** The `first` argument of a capped list (see capped). */
export const FirstOf = (cap: number) => firstArgs(capped(cap));

/** The `first` argument of a history (see upTo). */
export const FirstUpTo = (bound: { default: number; max: number }) => firstArgs(upTo(bound));

/** On a mutation that returns a list: the most items its input allows (the query cost counts with it). */
export const MaxItems = (maxItems: number) => Extensions({ maxItems });

/** The first `first` items: for lists loaded whole (they never exceed their cap). */
export const firstOf = <T>(items: T[], first: number): T[] => (items.length > first ? items.slice(0, first) : items);
