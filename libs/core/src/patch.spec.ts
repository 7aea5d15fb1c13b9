import { givenFields } from './patch.js';

describe('givenFields', () => {
  it('keeps what is given, drops what is absent, and drops null unless the field may be cleared', () => {
    const patch = { title: 'Batik', description: null, videoUrl: null, capacity: undefined, weight: 0 };
    expect(givenFields(patch)).toEqual({ title: 'Batik', weight: 0 });
    expect(givenFields(patch, ['videoUrl'])).toEqual({ title: 'Batik', videoUrl: null, weight: 0 });
  });
});
