import { writeFile } from 'node:fs/promises';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Lang } from '../problems.ts';
import { buildCommand, csvCommand, xlsxCommand } from './build.ts';
import { FEED_COMMANDS, type FeedCommand, feedCommand, feedCommandHelp } from './feeds.ts';
import { icsCommand } from './ics.ts';
import { EXIT, type Io, UsageError } from './io.ts';
import { type CliMessages, cliMessages } from './messages.ts';
import { feedJsonSchemaText } from './schema.ts';
import { validateCommand } from './validate.ts';

// Argument parsing is Node's built-in `node:util` parseArgs: five commands with a few flags each
// need no CLI framework, and the launcher stays dependency-free.
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  timeout: { type: 'string' },
  template: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const COMMANDS = ['validate', 'schema', 'ics', 'build', 'csv', 'xlsx', ...FEED_COMMANDS] as const;
type Command = (typeof COMMANDS)[number];

function commandHelp(command: Command, messages: CliMessages, lang: Lang): string {
  if (FEED_COMMANDS.includes(command as FeedCommand))
    return feedCommandHelp(command as FeedCommand, lang);
  const texts: Record<Exclude<Command, FeedCommand>, string> = {
    validate: messages.helpValidate,
    schema: messages.helpSchema,
    ics: messages.helpIcs,
    build: messages.helpBuild,
    csv: messages.helpCsv,
    xlsx: messages.helpXlsx,
  };
  return texts[command as Exclude<Command, FeedCommand>];
}

/** `--lang` is looked up before full parsing so that even usage errors speak the right language. */
function langFrom(argv: readonly string[]): string {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index === -1) return 'ru';
  const arg = argv[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[index + 1] ?? '');
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const requested = langFrom(argv);
  const lang: Lang = requested === 'en' ? 'en' : 'ru';
  const messages = cliMessages(lang);
  if (requested !== 'ru' && requested !== 'en') {
    io.err(`${messages.badLang(requested)}\n`);
    return EXIT.usage;
  }
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; args: string[] }>
  >;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${messages.usage((error as Error).message)}\n`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  if (name === 'help') {
    const topic = args[0] as Command | undefined;
    io.out(
      `${topic && COMMANDS.includes(topic) ? commandHelp(topic, messages, lang) : messages.help}\n`,
    );
    return EXIT.ok;
  }
  if (!name) {
    (values.help ? io.out : io.err)(`${messages.help}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (!COMMANDS.includes(name as Command)) {
    io.err(`${messages.unknownCommand(name)}\n`);
    return EXIT.usage;
  }
  const command = name as Command;
  if (values.help) {
    io.out(`${commandHelp(command, messages, lang)}\n`);
    return EXIT.ok;
  }
  const need = (value: string | undefined, what: string): string => {
    if (!value)
      throw new UsageError(
        `${messages.missingArgument(what)}\n\n${commandHelp(command, messages, lang)}`,
      );
    return value;
  };
  try {
    switch (command) {
      case 'validate': {
        const timeout = values.timeout === undefined ? 15 : Number(values.timeout);
        if (!(timeout > 0)) throw new UsageError(messages.usage(`--timeout ${values.timeout}`));
        const options = { json: values.json ?? false, lang, timeoutSeconds: timeout };
        return await validateCommand(
          need(args[0], lang === 'ru' ? 'файл или адрес ленты' : 'feed file or URL'),
          options,
          messages,
          io,
        );
      }
      case 'schema':
        if (values.output) await writeFile(values.output, feedJsonSchemaText(), 'utf8');
        else io.out(feedJsonSchemaText());
        return EXIT.ok;
      case 'ics':
        return await icsCommand(
          need(args[0], lang === 'ru' ? 'лента' : 'feed'),
          { output: values.output, lang },
          messages,
          io,
        );
      case 'build':
        return await buildCommand(
          need(args[0], lang === 'ru' ? 'папка или книга Excel' : 'folder or Excel workbook'),
          { output: values.output, lang },
          messages,
          io,
        );
      case 'atom':
      case 'jsonfeed':
        return await feedCommand(
          command,
          need(args[0], lang === 'ru' ? 'лента' : 'feed'),
          { output: values.output, lang },
          messages,
          io,
        );
      case 'csv':
        return await csvCommand(
          need(args[0], lang === 'ru' ? 'лента' : 'feed'),
          need(args[1], lang === 'ru' ? 'папка' : 'folder'),
          messages,
          io,
        );
      case 'xlsx':
        return await xlsxCommand(
          need(args[0], lang === 'ru' ? 'лента' : 'feed'),
          { output: values.output, lang, template: values.template ?? false },
          messages,
          io,
        );
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
