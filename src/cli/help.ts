/** Text shown after the options by --help. */
export const EXAMPLES = `
Examples:
  notice-parse notice.txt > out.json              one file, compact JSON on stdout
  notice-parse --pretty page.html                 indented JSON
  cat page.html | notice-parse - | jq .dates      read stdin
  notice-parse gbk-page.html --encoding gbk       force the encoding
  notice-parse --format text notice.txt           the text, damaged dates written in full
  notice-parse --format tree notice.txt           an outline to read in the terminal
  notice-parse --explain-dates notice.txt >/dev/null   how each date was read, on stderr
  notice-parse notice.txt -o parsed/notice.json   write a file (atomically)
  notice-parse notices/ --out-dir parsed/         a folder: one NAME.json per notice
  notice-parse notices/ --jsonl > all.jsonl       a folder: one JSON line per notice
  notice-parse 'crawl/**/*.html' --format csv     every outline node as a CSV row
  find crawl -name '*.txt' | notice-parse --files-from - --out-dir parsed --report run.json
  notice-parse notices/ --out-dir parsed --skip-existing   resume an interrupted run
  notice-parse --schema > notice.schema.json      the output contract as JSON Schema

Exit codes:
  0  parsed (every input)
  1  an input could not be parsed (unreadable, undecodable…) or a result or report not written; the others were still written
  2  usage error (unknown option, missing input, a --report over an input)
  130, 143  a batch under --out-dir stopped by Ctrl-C or SIGTERM; what it wrote is whole, --skip-existing goes on
`;
