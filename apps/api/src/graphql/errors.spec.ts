import { fieldOfVariableError } from './errors.js';

describe('fieldOfVariableError', () => {
  it('names the field as validation does, from the path GraphQL gives', () => {
    expect(fieldOfVariableError('Variable "$input" got invalid value "x" at "input.startsOn"; A date must…')).toBe('startsOn');
    expect(fieldOfVariableError('Variable "$input" got invalid value "x" at "input.people[3].email"; Expected…')).toBe('people.3.email');
    expect(fieldOfVariableError('Variable "$from" got invalid value "kemarin"; A time must…')).toBe('from');
    expect(fieldOfVariableError('Cannot query field "nope" on type "Query".')).toBeNull();
  });
});
