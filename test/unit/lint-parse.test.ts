import * as fs from 'node:fs';
import * as path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { parseDockerfile } from '../../actions/lib/verify/lint/parse';
import { runCommands, tokenize } from '../../actions/lib/verify/lint/shell';

const DIR = path.join(__dirname, '..', 'fixtures', 'dockerfiles');
const FIXTURES = fs
  .readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter(f => f.endsWith('.Dockerfile'))
  .sort();

describe('parseDockerfile agrees with dockerfile-ast (the VS Code Docker parser)', () => {
  test.each(FIXTURES)('%s: keywords, first and last lines, flags, heredoc names', file => {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const theirs = DockerfileParser.parse(text)
      .getInstructions()
      .map(i => {
        const r = i.getRange();
        const heredocs = 'getHeredocs' in i ? (i as any).getHeredocs().map((h: any) => h.getName()) : [];
        const flags = 'getFlags' in i ? (i as any).getFlags().map((f: any) => f.getName()) : [];
        return { keyword: i.getKeyword(), line: r.start.line + 1, end: r.end.line + 1, flags, heredocs };
      });
    const ours = parseDockerfile(text).instructions.map(i => ({
      keyword: i.keyword,
      line: i.line,
      end: i.endLine,
      flags: i.flags.map(f => f.name),
      heredocs: i.heredocs.map(h => h.name)
    }));
    expect(ours).toEqual(theirs);
  });
});

describe('parseDockerfile', () => {
  test('directives, escape, mixed case, continuations with comments and blank lines', () => {
    const df = parseDockerfile(fs.readFileSync(path.join(DIR, 'own/parser.Dockerfile'), 'utf8'));
    expect(df.directives).toEqual({ syntax: 'docker/dockerfile:1.7', escape: '`' });
    expect(df.escape).toBe('`');
    const run = df.instructions[4];
    expect(run.keyword).toBe('RUN');
    expect(run.lines.map(l => l.line)).toEqual([12, 14, 16]);
    expect(run.args).toContain('https://example.org/tool-linux-arm64');
  });

  test('heredocs keep their body lines, <<- strips tabs', () => {
    const df = parseDockerfile(fs.readFileSync(path.join(DIR, 'own/parser.Dockerfile'), 'utf8'));
    const [first, second] = df.instructions.filter(i => i.heredocs.length);
    expect(first.heredocs[0].body.map(b => b.line)).toEqual([7, 8]);
    expect(second.heredocs[0].body).toEqual([
      { line: 18, text: 'set -e' },
      { line: 19, text: 'make -C /src' }
    ]);
  });

  test('JSON form, and invalid JSON that Docker runs as shell form', () => {
    const df = parseDockerfile('FROM a\nCMD ["/app", "-v"]\nCMD ["/app", ]\nRUN ["go", \'build\']\n');
    expect(df.instructions.map(i => i.json)).toEqual([undefined, ['/app', '-v'], undefined, undefined]);
    expect(df.instructions[2].args).toBe('["/app", ]');
  });

  test('a FROM line inside a heredoc is not an instruction', () => {
    const df = parseDockerfile('FROM a\nCOPY <<EOF /notes\nFROM b\nEOF\nRUN true\n');
    expect(df.instructions.map(i => `${i.keyword}@${i.line}`)).toEqual(['FROM@1', 'COPY@2', 'RUN@5']);
  });

  test('flags are taken off the arguments, on any line', () => {
    const df = parseDockerfile('FROM --platform=$BUILDPLATFORM \\\n  golang:1.22 AS b\n');
    expect(df.instructions[0].flags).toEqual([{ name: 'platform', value: '$BUILDPLATFORM', line: 1 }]);
    expect(df.instructions[0].args).toBe('golang:1.22 AS b');
  });

  test('an escaped escape at the end of a line does not continue it', () => {
    const df = parseDockerfile('FROM a\nRUN echo \\\\\nRUN true\n');
    expect(df.instructions.map(i => i.line)).toEqual([1, 2, 3]);
  });
});

describe('shell commands of RUN', () => {
  const cmds = (text: string) =>
    runCommands(parseDockerfile(`FROM a\n${text}`).instructions[1]).map(c =>
      `${c.line}:${c.name} ${c.args.map(a => a.text).join(' ')}`.trim()
    );

  test('operators, assignments, sudo, quotes and $(...)', () => {
    expect(
      cmds('RUN CGO_ENABLED=0 go build -o "/out dir/app" . && sudo -E make install; echo $(uname -m)|tee x')
    ).toEqual(['2:go build -o /out dir/app .', '2:make install', '2:echo $(uname -m)', '2:tee x']);
  });

  test('each command keeps the line of its program, across continuations', () => {
    expect(
      cmds('RUN apt-get update && \\\n    apt-get install -y curl && \\\n    curl -fsSL https://x.example/a')
    ).toEqual(['2:apt-get update', '3:apt-get install -y curl', '4:curl -fsSL https://x.example/a']);
  });

  test('heredoc scripts run one command a line; data heredocs are not commands', () => {
    expect(cmds('RUN <<EOF\nset -e\ngo build \\\n  -o /app .\nEOF')).toEqual([
      '3:set -e',
      '4:go build -o /app .'
    ]);
    expect(cmds('RUN cat <<EOF > /etc/x\nmake all\nEOF')).toEqual(['2:cat <<EOF > /etc/x']);
  });

  test('tokenize keeps ${...} and quotes whole', () => {
    const words = tokenize([{ line: 1, text: 'curl "https://x/${V:-a b}/k" \'$NOT\' && x' }]).map(
      t => t.text
    );
    expect(words).toEqual(['curl', 'https://x/${V:-a b}/k', '$NOT', '&&', 'x']);
  });
});
