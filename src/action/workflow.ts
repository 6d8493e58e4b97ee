// The runner's workflow commands the action uses: log lines and annotations on
// stdout (`::warning file=…::message`), and outputs, saved state and the job
// summary through the files the runner names in GITHUB_OUTPUT, GITHUB_STATE and
// GITHUB_STEP_SUMMARY. The same protocol as @actions/core, whose import pulled
// an HTTP client (undici, tunnel) and a process runner into every run for an
// OIDC token and a platform probe the action never uses: on a hosted runner,
// with nothing compiled in advance, that was most of a pull-request preview's
// start-up. Stdout is written as the CLI writes it (output/standard-streams.ts):
// on a runner it is a pipe or a file, written straight to fd 1, so the log
// lines load none of Node's stream modules.
import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { standardStream, type StandardStream } from '../output/standard-streams.js';

let stdout: StandardStream | undefined;

/** Fd 1, looked at on the first line written. */
function out(): StandardStream {
  return (stdout ??= standardStream(1, () => process.stdout));
}

/** Where the log lines and commands go from now on (tests); `undefined` goes back to fd 1. */
export function setStdout(stream: StandardStream | undefined): void {
  stdout = stream;
}

/** Where an annotation points (the runner's names: file, line, col, …). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function commandValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function escapeData(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function issue(command: string, message: unknown, properties: Record<string, unknown> = {}): void {
  const props = Object.entries(properties)
    .filter(([, v]) => Boolean(v))
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  out().write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function annotationProperties(p: AnnotationProperties): Record<string, unknown> {
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

/** `name<<delimiter` … `delimiter`, appended to the file the runner named in GITHUB_<command>. */
function fileCommand(command: 'OUTPUT' | 'STATE', name: string, value: unknown): void {
  const path = process.env[`GITHUB_${command}`] as string;
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = commandValue(value);
  if (name.includes(delimiter) || text.includes(delimiter)) throw new Error(`Unexpected input: ${name} contains the delimiter`);
  appendFileSync(path, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

export function info(message: string): void {
  out().write(message + EOL);
}

export function debug(message: string): void {
  issue('debug', message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue('warning', message, annotationProperties(properties));
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue('error', message, annotationProperties(properties));
}

/** Masks a value in everything the runner logs from now on. */
export function setSecret(secret: string): void {
  issue('add-mask', secret);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return fileCommand('OUTPUT', name, value);
  out().write(EOL);
  issue('set-output', value, { name });
}

/** State for the `post:` step of the same job. */
export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) return fileCommand('STATE', name, value);
  issue('save-state', value, { name });
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

/** Appends markdown to the job summary (GITHUB_STEP_SUMMARY). */
export function appendSummary(text: string): void {
  const path = process.env.GITHUB_STEP_SUMMARY as string;
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
  }
  appendFileSync(path, text + EOL, { encoding: 'utf8' });
}
