/** localStorage key; bump the suffix when the state's shape changes (old states are ignored). */
export const WORKSHOP_STORAGE_KEY = 'cost-of-free.workshop.v1';

/**
 * Projector mode scales the whole page's type (everything is sized in rem) through the root font
 * size, on screens wide enough to be a projector or a laptop; a phone keeps its own size.
 */
export const PROJECTOR_CSS =
  '@media (min-width: 48rem) { html[data-projector] { font-size: 137.5%; } }';

/**
 * Runs in the workshop's HTML before its first paint: a workshop stored in projector mode opens
 * enlarged, instead of the whole page growing once the app has read the storage (a layout shift
 * of 0.37 at 1366 px). It accepts what `readWorkshop` accepts as a whole (version, shapes,
 * package name); the app then owns the flag (components/workshop/projector-flag.tsx). A literal,
 * not a compiled function, so its CSP hash is the same in every build (proxy.ts).
 */
export const PROJECTOR_SCRIPT =
  '(function(){try{' +
  `var s=JSON.parse(localStorage.getItem(${JSON.stringify(WORKSHOP_STORAGE_KEY)}));` +
  'function o(x){return typeof x==="object"&&x!==null&&!Array.isArray(x)}' +
  'if(o(s)&&s.v===1&&s.projector===true&&o(s.answers)&&o(s.overrides)' +
  '&&Array.isArray(s.edited)&&s.edited.every(function(k){return typeof k==="string"})' +
  '&&(s.packageId===undefined||typeof s.packageId==="string"&&s.packageId.length<=24))' +
  'document.documentElement.setAttribute("data-projector","")' +
  '}catch(e){}})()';
