import type { Segment } from '@/lib/domain/search';

// Matches as <mark>; the text goes through React, which escapes it. The marks carry no classes
// (the list styles them): every attribute is repeated in the page's inline RSC payload.
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}

/** Classes for an element containing <Highlighted> output. */
export const MARK_STYLES = '[&_mark]:rounded-sm [&_mark]:bg-yellow-200 [&_mark]:px-0.5 [&_mark]:text-stone-900';
