/** Text shown after the options by --help. */
export const EXAMPLES = `
Examples:
  notice-parse notice.txt > out.json              parse one file, compact JSON on stdout
  notice-parse --pretty page.html                 indented JSON
  cat page.html | notice-parse - | jq .dates      read stdin
  notice-parse gbk-page.html --encoding gbk       force the encoding
  notice-parse --format text notice.txt           the text, damaged dates written in full
  notice-parse --explain-dates notice.txt >/dev/null   how each date was read, on stderr
  notice-parse notice.txt -o parsed/notice.json   write a file (atomically)
  notice-parse --schema > notice.schema.json      the output contract as JSON Schema

Exit codes:
  0  parsed
  1  the input could not be parsed (unreadable, undecodable…); the reason is on stderr
  2  usage error (unknown option, missing input)
`;
