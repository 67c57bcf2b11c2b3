import { describe, expect, it } from 'vitest';
import { reviewSubmitterBlockers, secrecyCheckerBlockers } from './separation';

const item = { authorId: 'author', editorIds: ['reviser'] };

describe('separation of drafting and checking a disclosure (《政府信息公开条例》第十七条)', () => {
  it('refuses the secrecy check to the author and to anyone who edited it', () => {
    for (const userId of ['author', 'reviser']) {
      const [blocker] = secrecyCheckerBlockers(item, { userId, roles: ['EDITOR'] });
      expect(blocker).toMatchObject({ code: 'SECRECY_CHECK_BY_WRITER', citation: '《中华人民共和国政府信息公开条例》第十七条' });
    }
    expect(secrecyCheckerBlockers(item, { userId: 'other', roles: ['EDITOR'] })).toEqual([]);
    expect(secrecyCheckerBlockers({ authorId: 'author' }, { userId: 'director', roles: ['DIRECTOR'] })).toEqual([]);
  });

  it('lets the author or an editor of disclosures send it for review, not other staff', () => {
    expect(reviewSubmitterBlockers(item, { userId: 'author', roles: ['DIRECTOR'] })).toEqual([]);
    expect(reviewSubmitterBlockers(item, { userId: 'someone', roles: ['EDITOR'] })).toEqual([]);
    expect(reviewSubmitterBlockers(item, { userId: 'officer', roles: ['OFFICER'] }).map((b) => b.code)).toEqual(['SUBMIT_BY_OTHER']);
  });
});
