/**
 * Loads Cypher statements from cypher/*.cypher. Each read query is one file with one statement;
 * schema files hold several statements separated by semicolons.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const cypherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

const cache = new Map<string, string>();

/**
 * The text of cypher/<name>.cypher, e.g. cypher('read/stats'), as sent: without its comment lines
 * and indentation, which every request would otherwise pack and ship (a quarter of a page query).
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = compact(withIncludes(name, [])).replace(/;\s*$/, '');
    cache.set(name, text);
  }
  return text;
}

const INCLUDE = /^[ \t]*\/\/ @include (\S+)[ \t]*$/gm;

/**
 * The file's text with each `// @include read/parts/x` line replaced by cypher/read/parts/x.cypher:
 * a statement that walks the same rows twice (a page, then its total) says it once.
 */
function withIncludes(name: string, stack: string[]): string {
  if (stack.includes(name)) throw new Error(`cypher/${name}.cypher includes itself (${[...stack, name].join(' → ')})`);
  const text = fs.readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8');
  return text.replace(INCLUDE, (_line, part: string) => withIncludes(part, [...stack, name]));
}

/** Drops whole-line // comments, indentation and blank lines; Cypher does not depend on them. */
export function compact(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

/** Splits a multi-statement file into statements, dropping // comment lines. */
export function cypherStatements(name: string): string[] {
  const text = fs.readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
