import { describe, expect, it } from 'vitest';
import { optionalFile, requiredFile } from '@/lib/schemas/upload';
import { z } from '@/lib/schemas/zod';
import { formDataToObject } from './form-data';

describe('formDataToObject', () => {
  it('keeps strings, arrays of repeated keys and a chosen File; drops an empty file input and $ACTION keys', () => {
    const data = new FormData();
    data.append('title', '合同');
    data.append('tags', 'a');
    data.append('tags', 'b');
    const file = new File(['%PDF-1.4'], '合同.pdf', { type: 'application/pdf' });
    data.append('file', file);
    data.append('other', new File([], '', { type: 'application/octet-stream' }));
    // The same empty input as a JavaScript-posted server action decodes it (busboy → React).
    data.append('evidence', new File([], undefined as unknown as string, { type: 'application/octet-stream' }));
    data.append('$ACTION_ID_x', '');
    const object = formDataToObject(data);
    expect(Object.keys(object).sort()).toEqual(['file', 'tags', 'title']);
    expect(object.title).toBe('合同');
    expect(object.tags).toEqual(['a', 'b']);
    expect(object.file).toBeInstanceOf(File);
    expect((object.file as File).name).toBe('合同.pdf');
  });

  it('feeds zod schemas with file fields: optional when left empty, refused when too large or missing', () => {
    const schema = z.object({ title: z.string(), file: optionalFile({ label: '合同文件', maxBytes: 10 }) });
    const empty = new FormData();
    empty.append('title', 'x');
    empty.append('file', new File([], ''));
    expect(schema.parse(formDataToObject(empty))).toEqual({ title: 'x' });

    const big = new FormData();
    big.append('title', 'x');
    big.append('file', new File(['01234567890'], 'a.pdf'));
    const result = schema.safeParse(formDataToObject(big));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('合同文件过大，不能超过10字节');

    const required = z.object({ file: requiredFile({ label: '意见文件' }) });
    expect(required.safeParse(formDataToObject(empty)).error?.issues[0]?.message).toBe('请选择意见文件');
    // A string where a file belongs (a forged form) is refused, not coerced.
    expect(required.safeParse({ file: 'C:\\a.pdf' }).success).toBe(false);
  });

  it('removes NUL characters, which PostgreSQL cannot store in text (a forged form once made an internal error)', () => {
    const data = new FormData();
    data.append('title', 'a\u0000b\u0000');
    data.append('tags', '\u0000x');
    data.append('tags', 'y');
    expect(formDataToObject(data)).toEqual({ title: 'ab', tags: ['x', 'y'] });
  });
});
