/** The parts of a custom-elements.json the stories use. */
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  description?: string;
  [key: string]: unknown;
}

interface Attribute {
  name: string;
  fieldName?: string;
  description?: string;
  [key: string]: unknown;
}

interface Declaration {
  members?: Member[];
  attributes?: Attribute[];
  [key: string]: unknown;
}

/**
 * A property a page's script may read or set that no attribute covers: public, documented,
 * not static. Private state, getters without JSDoc and controllers stay out of the docs.
 */
const isScriptProperty = (member: Member): boolean =>
  member.kind === 'field' &&
  !member.privacy &&
  !member.static &&
  !member.attribute &&
  Boolean(member.description);

/** An attribute's description, naming its property when the two names differ (`noJsonld`). */
function withFieldName(attribute: Attribute): Attribute {
  const { fieldName, description = '' } = attribute;
  if (!fieldName || fieldName === attribute.name) return attribute;
  return { ...attribute, description: `${description} Property: \`${fieldName}\`.`.trim() };
}

/**
 * The manifest as a page author sees it. The analyzer lists every class member (private state,
 * getters, controllers) and Storybook would turn each into a row and a control; the docs keep the
 * HTML attributes (each naming its property), the documented script-only properties, CSS custom
 * properties, CSS parts, slots and events.
 */
export function publicApi<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(isScriptProperty),
        attributes: declaration.attributes?.map(withFieldName),
      })),
    })),
  };
}
