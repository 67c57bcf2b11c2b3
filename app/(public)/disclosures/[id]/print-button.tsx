'use client';

// Prints the page (the print stylesheet in app/globals.css hides the site frame). A client
// component with an event handler: no inline script, so the Content-Security-Policy holds.
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="print-hidden rounded border-2 border-brand-700 bg-white px-4 py-2 text-base font-semibold text-brand-800 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
