/**
 * The widgets' base sheet (design tokens `--metodika-*` → internal `--m-*`, buttons, inputs,
 * focus ring, reduced motion, forced colours). @metodika/widgets exports only its built
 * elements, not `src/base/`, so the sheet is read from the workspace package's sources here,
 * in this one place.
 */
export { baseStyles } from '../../../widgets/src/base/styles/base.styles.ts';
export { TOKENS } from '../../../widgets/src/base/styles/tokens.ts';
