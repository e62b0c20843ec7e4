/**
 * A small seeded generator of JSON documents from a JSON Schema, as a schema-driven API fuzzer
 * would make them: only what the published schema says is used. It covers the subset that the
 * OpenAPI document uses: local `$ref`, `type`, `enum`, `const`, `properties`, `required`,
 * `minItems`/`maxItems`, `minimum`/`maximum`, `minLength`/`maxLength`, `pattern` (randexp) and
 * `format: date`. The applicators (`not`, `if`/`then`, `allOf`) are not generated from: each
 * candidate is kept only if a validator (ajv, draft 2020-12, formats asserted) accepts it against
 * the whole schema, so every document returned is schema-valid.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import RandExp from 'randexp';

type Schema = Record<string, unknown>;

export interface FuzzOptions {
  /** Chance that an optional property is present. */
  optional: number;
  /** At most this many items above `minItems` in an array. */
  extraItems: number;
}

const DEFAULTS: FuzzOptions = { optional: 0.5, extraItems: 3 };
const CHARS = 'abcXYZ09 -_.:/中文年月日';

export class SchemaFuzzer {
  private readonly validate: (v: unknown) => boolean;
  private readonly opts: FuzzOptions;
  /** Candidates the validator refused (a measure of how much the applicators filter). */
  rejected = 0;

  constructor(
    private readonly doc: Schema,
    private readonly root: Schema,
    private readonly random: () => number,
    opts: Partial<FuzzOptions> = {},
  ) {
    this.opts = { ...DEFAULTS, ...opts };
    const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addFormats.default(ajv, ['date']);
    ajv.addSchema({ ...doc, $id: 'doc.json' });
    const compiled = ajv.compile({ $ref: `doc.json${String(root.$ref ?? '').replace(/^#/, '#')}` });
    this.validate = (v) => compiled(v) as boolean;
  }

  /** A schema-valid document (up to 1,000 tries). */
  next(): unknown {
    for (let i = 0; i < 1000; i++) {
      const v = this.gen(this.root);
      if (this.validate(v)) return v;
      this.rejected++;
    }
    throw new Error('no schema-valid document in 1,000 tries');
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  private resolve(s: Schema): Schema {
    let cur = s;
    while (typeof cur.$ref === 'string') {
      cur = (cur.$ref as string)
        .replace(/^#\//, '')
        .split('/')
        .reduce<Schema>((node, key) => node[key] as Schema, this.doc);
    }
    return cur;
  }

  private gen(raw: Schema): unknown {
    const s = this.resolve(raw);
    if ('const' in s) return s.const;
    if (Array.isArray(s.enum)) return s.enum[this.int(0, s.enum.length - 1)];
    const branches = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
    if (branches) return this.gen(branches[this.int(0, branches.length - 1)]);
    switch (s.type) {
      case 'object': {
        const props = (s.properties ?? {}) as Record<string, Schema>;
        const required = new Set((s.required ?? []) as string[]);
        const out: Record<string, unknown> = {};
        for (const [k, sub] of Object.entries(props)) {
          if (required.has(k) || this.random() < this.opts.optional) out[k] = this.gen(sub);
        }
        return out;
      }
      case 'array': {
        const min = (s.minItems as number | undefined) ?? 0;
        const max = Math.min(
          (s.maxItems as number | undefined) ?? Number.POSITIVE_INFINITY,
          min + this.opts.extraItems,
        );
        return Array.from({ length: this.int(min, max) }, () => this.gen(s.items as Schema));
      }
      case 'string':
        return this.string(s);
      case 'integer':
      case 'number': {
        const lo = (s.minimum as number | undefined) ?? -1e6;
        const hi = (s.maximum as number | undefined) ?? 1e6;
        const v = lo + this.random() * (hi - lo);
        return s.type === 'integer' ? Math.min(Math.floor(hi), Math.max(Math.ceil(lo), Math.round(v))) : v;
      }
      case 'boolean':
        return this.random() < 0.5;
      default:
        return null;
    }
  }

  private string(s: Schema): string {
    if (typeof s.pattern === 'string') {
      const r = new RandExp(s.pattern);
      r.max = 8;
      r.randInt = (a: number, b: number) => this.int(a, b);
      return r.gen();
    }
    if (s.format === 'date') {
      // Any calendar date a format-aware generator could pick (years 0001-9999).
      const y = this.int(1, 9999);
      const m = this.int(1, 12);
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
      const pad = (n: number, w: number) => String(n).padStart(w, '0');
      return `${pad(y, 4)}-${pad(m, 2)}-${pad(this.int(1, days), 2)}`;
    }
    const min = (s.minLength as number | undefined) ?? 0;
    const max = Math.min((s.maxLength as number | undefined) ?? 12, min + 12);
    return Array.from({ length: this.int(min, max) }, () => CHARS[this.int(0, CHARS.length - 1)]).join('');
  }
}
