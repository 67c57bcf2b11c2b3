// Personal data (《政府信息公开条例》第十五条): the one module that masks names and finds, redacts
// and describes personal data in anything that leaves for the public. Pure.
export * from './mask';
export * from './personal-data';
