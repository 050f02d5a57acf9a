import { MedusaModule } from '@medusajs/framework/modules-sdk';
import { GraphQLUtils } from '@medusajs/framework/utils';

// Scalars Medusa's joiner schemas use without declaring them.
const BASE_SCHEMA = 'scalar DateTime\nscalar JSON\ndirective @enumValue(value: String) on ENUM_VALUE';

let cached: Map<string, Map<string, string>> | null = null;

/**
 * Every entity the module joiner knows, with its relations (field name → related entity), links
 * between modules included: the same schema `query.graph` resolves `fields` against. Built once,
 * after the modules are loaded.
 */
export function entityRelations(): Map<string, Map<string, string>> {
  if (cached) return cached;
  const sdl = MedusaModule.getAllJoinerConfigs()
    .map((config) => config.schema)
    .filter((schema): schema is string => typeof schema === 'string')
    .join('\n');
  const { schema: cleaned } = GraphQLUtils.cleanGraphQLSchema(`${BASE_SCHEMA}\n${sdl}`);
  const schema = GraphQLUtils.makeExecutableSchema({ typeDefs: cleaned });
  const relations = new Map<string, Map<string, string>>();
  for (const [name, type] of Object.entries(schema.getTypeMap())) {
    if (name.startsWith('__') || !GraphQLUtils.isObjectType(type)) continue;
    const fields = new Map<string, string>();
    for (const [field, def] of Object.entries(type.getFields())) {
      const target = GraphQLUtils.getNamedType(def.type);
      if (GraphQLUtils.isObjectType(target)) fields.set(field, target.name);
    }
    relations.set(name, fields);
  }
  cached = relations;
  return relations;
}

let names: Set<string> | null = null;

/** Every field name that is a relation on some entity (used where the entity is not known). */
export function relationNames(): ReadonlySet<string> {
  if (names) return names;
  names = new Set<string>();
  for (const fields of entityRelations().values()) for (const name of fields.keys()) names.add(name);
  return names;
}
