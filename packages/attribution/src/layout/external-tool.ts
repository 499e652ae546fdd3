import { spawn } from 'node:child_process';
import { VigilError } from '@vigil/core';

/** A Debian command-line tool this package drives, and the package that provides it. */
export interface ExternalTool {
  command: string;
  debianPackage: string;
}

export const PDFTOTEXT: ExternalTool = { command: 'pdftotext', debianPackage: 'poppler-utils' };
export const PDFTOPPM: ExternalTool = { command: 'pdftoppm', debianPackage: 'poppler-utils' };
export const TESSERACT: ExternalTool = { command: 'tesseract', debianPackage: 'tesseract-ocr' };

export interface ToolResult {
  stdout: Buffer;
  stderr: string;
}

/** Runs a tool to completion; a missing binary or a non-zero exit becomes a VigilError. */
export const runTool = (
  tool: ExternalTool,
  args: string[],
  options: { stdin?: Uint8Array; env?: Record<string, string> } = {},
): Promise<ToolResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(tool.command, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new VigilError(
              'layout.tool_missing',
              'unavailable',
              `${tool.command} is not installed; install it with: apt-get install ${tool.debianPackage}`,
            )
          : error,
      );
    });
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === 0) resolve({ stdout: Buffer.concat(out), stderr });
      else
        reject(
          new VigilError(
            'layout.tool_failed',
            'input',
            `${tool.command} failed (exit ${code}): ${stderr.trim().slice(0, 400)}`,
          ),
        );
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ? Buffer.from(options.stdin) : undefined);
  });
