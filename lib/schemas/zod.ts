import { z } from 'zod';

// Chinese messages for every issue a schema does not word itself.
z.config(z.locales.zhCN());

export { z };
