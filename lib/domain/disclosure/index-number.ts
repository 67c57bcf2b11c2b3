// The index number (索引号) in the usual government form: <organisation code>/<year>-<5-digit sequence>,
// e.g. 11370102MB28XXXXXX/2021-00001. The sequence restarts each year (IndexCounter).

// The bureau's unified social credit code; a stored setting 'disclosure.organisationCode' overrides it.
export const DEFAULT_ORGANISATION_CODE = '11370102MB28XXXXXX';
export const ORGANISATION_CODE_SETTING = 'disclosure.organisationCode';

const ORGANISATION_CODE = /^[0-9A-Z]{9,18}$/;
const INDEX_NUMBER = /^([0-9A-Z]{9,18})\/(\d{4})-(\d{5,})$/;

export function isOrganisationCode(value: unknown): value is string {
  return typeof value === 'string' && ORGANISATION_CODE.test(value);
}

export function formatIndexNumber(options: { organisationCode: string; year: number; sequence: number }): string {
  const { organisationCode, year, sequence } = options;
  if (!isOrganisationCode(organisationCode)) throw new RangeError(`invalid organisation code "${organisationCode}"`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`invalid year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`invalid sequence ${sequence}`);
  return `${organisationCode}/${year}-${String(sequence).padStart(5, '0')}`;
}

export function parseIndexNumber(value: string): { organisationCode: string; year: number; sequence: number } | null {
  const match = INDEX_NUMBER.exec(value);
  if (!match) return null;
  return { organisationCode: match[1]!, year: Number(match[2]), sequence: Number(match[3]) };
}
