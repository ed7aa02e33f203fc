// Which platform ports a function's code reads, and where each port's CloudBase adapter is declared: the function
// bundler uses both so that a bundle carries only the adapters its code uses and its config.json grants exactly
// their open APIs. Read from the sources with TypeScript's parser, so a new port or a new use is covered as written.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** The registry of CloudBase adapters that the bundler rewrites per function. */
export const ADAPTERS_MODULE = resolve(__dirname, '../cloudfunctions/core/cloudbase/cloud-adapters.ts');

export interface PortUse {
  /** Ports read by name (`ctx.platform.subscribe`, `const { platform: { contentCheck } } = ctx`). */
  ports: Set<string>;
  /** Places where the whole platform is handed on (`f(ctx.platform)`): every port counts as used then. */
  whole: string[];
}

const parse = (file: string, text = readFileSync(file, 'utf8')) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
const where = (node: ts.Node) => {
  const source = node.getSourceFile();
  return `${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
};

/** `platform` as a value: a property access `x.platform` or a variable named `platform` (not a type, key or declaration). */
function isPlatformValue(node: ts.Node): node is ts.Identifier {
  if (!ts.isIdentifier(node) || node.text !== 'platform') return false;
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return true;
  if (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isBindingElement(parent) || ts.isParameter(parent)) return false;
  return !(ts.isVariableDeclaration(parent) || ts.isQualifiedName(parent) || ts.isTypeReferenceNode(parent) || ts.isImportSpecifier(parent));
}

/** Records the ports one file reads from the platform, and every place it lets the whole platform go. */
export function scanPortUse(file: string, known: readonly string[], use: PortUse, text?: string): void {
  const visit = (node: ts.Node): void => {
    if (isPlatformValue(node)) {
      // `x.platform` is its PropertyAccessExpression; a bare `platform` is the identifier itself.
      const value: ts.Node = ts.isPropertyAccessExpression(node.parent) && node.parent.name === node ? node.parent : node;
      const outer = value.parent;
      if (ts.isPropertyAccessExpression(outer) && outer.expression === value) {
        const port = outer.name.text;
        if (!known.includes(port)) throw new Error(`${where(outer)} reads platform.${port}, which is not a port of Platform (${known.join(', ')})`);
        use.ports.add(port);
      } else {
        use.whole.push(where(value));
      }
    }
    // `const { platform: { contentCheck } } = ctx`: the ports named in the nested pattern.
    if (ts.isBindingElement(node) && (node.propertyName ?? node.name).getText() === 'platform' && ts.isObjectBindingPattern(node.name)) {
      for (const element of node.name.elements) {
        const port = (element.propertyName ?? element.name).getText();
        if (!known.includes(port)) throw new Error(`${where(element)} destructures platform.${port}, which is not a port of Platform`);
        use.ports.add(port);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file, text));
}

/**
 * The ports a function's code uses, from the files of its bundle (esbuild's metafile inputs). The providers (the
 * CloudBase wiring and the platform folder) build the platform rather than use it, so they are left out.
 */
export function portsUsedBy(files: readonly string[], known: readonly string[]): string[] {
  const use: PortUse = { ports: new Set(), whole: [] };
  for (const file of files) {
    if (!/\.tsx?$/.test(file) || file.includes('node_modules/') || /cloudfunctions\/core\/(cloudbase|platform)\//.test(file)) continue;
    scanPortUse(file, known, use);
  }
  // Handing the platform on whole hides which ports are read: grant them all rather than too few.
  return use.whole.length > 0 ? [...known] : known.filter((p) => use.ports.has(p));
}

export interface AdapterSource {
  /** Absolute path of the module that exports the adapter. */
  module: string;
  exportName: string;
}

/**
 * Reads the adapter registry (`import { xAdapter } from '…'` lines and one `CLOUD_ADAPTERS = { port: xAdapter }`
 * object): which module exports each port's adapter. Any other shape is an error, not a guess.
 */
export function adapterSources(file = ADAPTERS_MODULE): Map<string, AdapterSource> {
  const source = parse(file);
  const imported = new Map<string, string>();
  const out = new Map<string, AdapterSource>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly && ts.isStringLiteral(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) if (!el.isTypeOnly) imported.set(el.name.text, resolve(dirname(file), `${statement.moduleSpecifier.text}.ts`));
      }
    }
    if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        if (decl.name.getText() !== 'CLOUD_ADAPTERS') continue;
        let init = decl.initializer;
        while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) init = init.expression;
        if (!init || !ts.isObjectLiteralExpression(init)) throw new Error(`${file}: CLOUD_ADAPTERS must be an object literal`);
        for (const prop of init.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isIdentifier(prop.initializer)) throw new Error(`${where(prop)}: each entry must be \`port: importedAdapter\``);
          const module = imported.get(prop.initializer.text);
          if (!module) throw new Error(`${where(prop)}: ${prop.initializer.text} is not imported by name`);
          out.set(prop.name.getText(), { module, exportName: prop.initializer.text });
        }
      }
    }
  }
  if (out.size === 0) throw new Error(`${file}: no CLOUD_ADAPTERS entries found`);
  return out;
}

/** The source of the registry as a function's bundle gets it: only the adapters of the ports it uses. */
export function adaptersModuleFor(ports: readonly string[], sources = adapterSources()): string {
  const lines: string[] = [];
  const entries: string[] = [];
  for (const port of ports) {
    const source = sources.get(port);
    if (!source) throw new Error(`no CloudBase adapter for the port "${port}" in ${ADAPTERS_MODULE}`);
    lines.push(`import { ${source.exportName} } from ${JSON.stringify(source.module)};`);
    entries.push(`${JSON.stringify(port)}: ${source.exportName}`);
  }
  return `${lines.join('\n')}\nexport const CLOUD_ADAPTERS = { ${entries.join(', ')} };\n`;
}
