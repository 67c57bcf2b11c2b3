import 'server-only';
import { revalidatePath } from 'next/cache';

// Public disclosure pages are served prerendered; whatever publishes or withdraws an item calls
// this after its transaction commits so the public site shows the change at once.
export function refreshPublicDisclosures(): void {
  revalidatePath('/', 'layout');
}
