/**
 * Lit's `static properties` with `state: true` are internal, but the analyzer lists them as attributes; and it
 * reads the base element's generic `emit(name)` as an event called "name". Drop both.
 */
const tidy = {
  name: 'safety-panels-tidy',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const internal = new Set(
          (declaration.members ?? [])
            .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
            .map((member) => member.name),
        );
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter(
            (attribute) => !internal.has(attribute.fieldName),
          );
        }
        if (declaration.events) {
          declaration.events = declaration.events.filter((event) => event.name !== 'name');
        }
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**'],
  litelement: true,
  plugins: [tidy],
};
