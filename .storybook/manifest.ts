/** The parts of a custom-elements.json the stories use. */
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

interface Declaration {
  members?: unknown[];
  [key: string]: unknown;
}

/**
 * The manifest without class members: the analyzer lists every one (private state, getters,
 * controllers) and Storybook would turn each into a control. Designers get the HTML attributes,
 * CSS custom properties, CSS parts, slots and events, which the manifest keeps separately.
 */
export function publicApi<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({ ...declaration, members: [] })),
    })),
  };
}
