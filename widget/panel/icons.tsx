// The few icons the panel draws, inline so nothing is fetched; all decorative (the controls carry labels).
const icon = (d: string, transform?: string) => (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <path fill="currentColor" d={d} transform={transform} />
  </svg>
);

const THUMB =
  "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z";

export const ThumbUp = () => icon(THUMB);
export const ThumbDown = () => icon(THUMB, "rotate(180 12 12)");
export const Shield = () => icon("M12 1 3 5v6c0 5.55 3.84 10.74 9 12 5.16-1.26 9-6.45 9-12V5z");
export const Trash = () => icon("M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z");
export const Cross = () => (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <path stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M6 6l12 12M18 6 6 18" />
  </svg>
);
export const SendArrow = () => icon("M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z");
