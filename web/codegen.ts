import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../services/gateway/api-schema.graphql',
  documents: ['src/**/*.ts', 'src/**/*.vue', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Operations only ever go through api/client.ts, which takes plain document nodes.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          GeoJSON: "import('../types/geojson').Geometry",
          DateTime: 'string',
          Date: 'string',
          // "2026-W47" on the wire; the app holds weeks as @tk/time's IsoWeek and sends week.label.
          IsoWeek: 'string',
          // A whole map layer; its features' properties are read through a checked helper.
          FeatureCollection: "import('../types/geojson').FeatureCollection<import('../types/geojson').Geometry, Record<string, unknown>>",
          // Audit entries' before/after values; read as unknown so they must be checked before use.
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
