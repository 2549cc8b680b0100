// The page is the timeline alone: its own script (src/bench-app) draws whatever data the address
// names, so SvelteKit renders the frame and ships none of its client here.
export const csr = false;
