import { z } from '@/lib/schemas/zod';
import { ROLES } from '@/lib/domain/auth/permissions';

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: '请输入有效的邮箱地址' }));

// Form checkboxes send one value per ticked box; a single box arrives as a string.
const roles = z.preprocess(
  (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(ROLES, { error: '未知角色' })).max(ROLES.length),
);

export const createUserSchema = z.object({
  email,
  name: z.string().trim().min(1, { error: '请输入姓名' }).max(50, { error: '姓名不能超过50个字' }),
  password: z
    .string()
    .min(10, { error: '密码至少10位' })
    .max(128, { error: '密码不能超过128位' })
    .regex(/[A-Za-z]/, { error: '密码须包含字母' })
    .regex(/\d/, { error: '密码须包含数字' }),
  roles: roles.refine((list) => list.length > 0, { error: '请至少选择一个角色' }),
  // 法律职业资格证书编号: a first legal review needs it recorded.
  legalQualificationNo: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().trim().max(40, { error: '证书编号不能超过40个字符' }).optional(),
  ),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const setUserRolesSchema = z.object({
  userId: z.string().min(1, { error: '缺少用户' }),
  roles,
});
export type SetUserRolesInput = z.infer<typeof setUserRolesSchema>;

export const setUserActiveSchema = z.object({
  userId: z.string().min(1, { error: '缺少用户' }),
  active: z.enum(['true', 'false'], { error: '状态无效' }).transform((value) => value === 'true'),
});
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;

export const signInSchema = z.object({
  email,
  password: z.string().min(1, { error: '请输入密码' }).max(128, { error: '密码不能超过128位' }),
});
