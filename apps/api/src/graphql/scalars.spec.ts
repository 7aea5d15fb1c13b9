import { DateTimeScalar, inZone } from './scalars.js';

describe('DateTimeScalar', () => {
  it('writes only instants already put in a hub’s zone', () => {
    const instant = new Date('2026-12-01T02:00:00Z');
    expect(DateTimeScalar.serialize(inZone(instant, 'Asia/Jayapura'))).toBe('2026-12-01T11:00:00+09:00');
    expect(() => DateTimeScalar.serialize(instant)).toThrow('a DateTime must be written in its hub’s zone');
    expect(() => DateTimeScalar.serialize('2026-12-01T09:00:00')).toThrow();
  });

  it('reads any offset, and refuses a time without one', () => {
    expect(DateTimeScalar.parseValue('2026-12-01T10:00:00+08:00')).toEqual(new Date('2026-12-01T02:00:00Z'));
    expect(() => DateTimeScalar.parseValue('2026-12-01T10:00:00')).toThrow();
  });
});
