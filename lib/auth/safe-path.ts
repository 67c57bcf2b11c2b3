// Only same-site paths: an open redirect would let a phishing link bounce through our sign-in.
export function safeStaffPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/staff';
}
