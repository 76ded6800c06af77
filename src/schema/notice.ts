/**
 * The output contract (../shared/spec/OUTPUT.md, version 1) as a zod schema.
 * Every type the pipeline passes around is inferred from here, never written
 * twice; `notice-parse --schema` publishes it as JSON Schema.
 *
 * Written with zod/mini, zod 4's functional API over the same core: its
 * schemas carry no per-instance methods and bundle only what is used, which
 * took ~30 ms off every start of the CLI (BENCHMARKS.md). The checks, error
 * messages and JSON Schema are those of the classic API.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ISO_DATE, SHA256_HEX, spanInOrder } from './rules.js';

// zod/mini leaves error messages to the caller; these are the ones classic zod sets.
z.config(en());

/** A schema with its description, as JSON Schema publishes it (classic zod's `.describe`). */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema as z.ZodMiniType, { description });
  return schema;
};
const count = () => z.int().check(z.nonnegative());

/** End-exclusive UTF-16 offsets into the top-level `text`. */
export const SpanSchema = described(
  z.object({ start: count(), end: count() }).check(z.refine(spanInOrder, { message: 'span.end must not be before span.start' })),
  'End-exclusive UTF-16 offsets into `text`',
);

/** An ISO 8601 value at any precision from year to second. */
export const IsoValueSchema = z.string().check(z.regex(ISO_DATE, 'not an ISO 8601 date'));

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

export const DiagnosticSchema = z.object({
  severity: SeveritySchema,
  code: described(z.string(), 'stable rule id, e.g. "date/ambiguous"'),
  message: z.string(),
  span: z.nullable(SpanSchema),
});

export const InputSchema = z.object({
  path: described(z.nullable(z.string()), 'as given, or null for stdin'),
  format: z.enum(['text', 'html']),
  encoding: described(z.string(), 'what the bytes were decoded as: utf-8, gb18030, big5, utf-16le…'),
  encodingSource: described(
    z.enum(['bom', 'option', 'declared', 'detected', 'string']),
    'why that encoding: a byte-order mark, --encoding, a charset declaration, byte statistics, or the caller passed a string',
  ),
  bytes: count(),
  sha256: z.string().check(z.regex(SHA256_HEX)),
});

const nullableText = () => z.nullable(z.string());

export const MetaSchema = z.object({
  site: nullableText(),
  breadcrumb: z.array(z.string()),
  column: nullableText(),
  publishedAt: z.nullable(IsoValueSchema),
  source: nullableText(),
  author: nullableText(),
  url: nullableText(),
  docNumber: described(nullableText(), '发文字号, e.g. 国发〔2019〕5号'),
  issuer: described(nullableText(), '发文机关'),
  writtenAt: described(z.nullable(IsoValueSchema), '成文日期'),
  keywords: described(z.array(z.string()), '<meta name="Keywords"> or 主题词'),
  siteDomain: described(nullableText(), '<meta name="SiteDomain">'),
  siteIdCode: described(nullableText(), '网站标识码, <meta name="SiteIDCode">'),
  columnType: described(nullableText(), '<meta name="ColumnType">'),
  description: described(nullableText(), '<meta name="Description">'),
});

export const PrecisionSchema = z.enum(['year', 'month', 'day', 'minute', 'second']);

export const DateMentionSchema = z.object({
  raw: z.string(),
  span: SpanSchema,
  value: IsoValueSchema,
  precision: PrecisionSchema,
  repaired: described(z.boolean(), 'the written form was damaged and the value reconstructed'),
  yearInferred: described(z.boolean(), 'the year was taken from context'),
  ambiguous: described(z.boolean(), 'more than one valid reading survived'),
  alternatives: described(z.array(IsoValueSchema), 'the other valid readings, best first'),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  rangeStart: described(z.optional(count()), 'index in `dates` of the first half of a range'),
});

export const NodeKindSchema = z.enum(['section', 'enumeration']);
export const NodeStyleSchema = z.enum([
  'cn-dun',
  'cn-paren',
  'arabic-dot',
  'arabic-paren',
  'circled',
  'article',
  'chapter',
  'decimal',
  'padded',
  'cn-shi',
  'ordinal',
  'sequence',
]);
export const NodeRoleSchema = z.enum(['part', 'aspect', 'issue', 'subIssue', 'measure']);

export const OutlineNodeSchema = z.object({
  kind: NodeKindSchema,
  style: NodeStyleSchema,
  level: z.int().check(z.positive()),
  marker: z.string(),
  ordinal: z.int().check(z.positive()),
  heading: nullableText(),
  text: z.string(),
  span: SpanSchema,
  role: z.nullable(NodeRoleSchema),
  get children(): z.ZodMiniArray<typeof OutlineNodeSchema> {
    return z.array(OutlineNodeSchema);
  },
});

export const SignatureSchema = z.object({
  organization: nullableText(),
  date: z.nullable(IsoValueSchema),
  span: SpanSchema,
});

export const ContactSchema = z.object({
  raw: z.string(),
  value: z.string(),
  span: SpanSchema,
});

export const ContactsSchema = z.object({
  phones: z.array(ContactSchema),
  emails: z.array(ContactSchema),
  addresses: z.array(ContactSchema),
});

export const AttachmentSchema = z.object({
  name: z.string(),
  url: nullableText(),
  span: z.nullable(SpanSchema),
});

/** A value read from the text, with where it stands; null when the text does not say. */
const located = <T extends z.ZodMiniType>(value: T, description?: string) => {
  const schema = z.nullable(z.object({ value, span: SpanSchema }));
  return description === undefined ? schema : described(schema, description);
};

export const InspectionSchema = described(
  z.object({
    level: located(z.string(), '中央, 省委, 市委, 县委, 区委, 党工委 …'),
    round: located(z.string(), 'e.g. 六届市委第七轮'),
    team: located(z.string(), 'e.g. 第十巡察组'),
    kind: z.nullable(z.object({ value: z.enum(['巡视', '巡察']), mode: z.nullable(z.enum(['常规', '专项', '机动', '回头看'])), span: SpanSchema })),
    subject: located(z.string(), 'what was inspected for, e.g. 林长制落实情况'),
    inspected: located(z.string(), 'the organisation inspected'),
    period: z.nullable(z.object({ start: IsoValueSchema, end: IsoValueSchema, span: SpanSchema })),
    feedbackDate: located(IsoValueSchema),
  }),
  'who inspected whom, when: for 巡视/巡察 rectification reports',
);

export const FactSchema = z.object({
  raw: z.string(),
  quantity: z.number(),
  unit: described(z.string(), '个, 项, 条, 人, 人次, 件, 万元, % …'),
  subject: z.enum(['方面', '问题', '具体问题', '措施', '制度', '资金', '人', '线索', '完成率']),
  status: z.enum(['declared', 'completed', 'inProgress']),
  approximate: described(z.boolean(), 'written with 余, 多, 近, 约'),
  span: SpanSchema,
});

export const CheckSchema = z.object({
  code: described(z.string(), 'e.g. inspection/aspects'),
  ok: z.boolean(),
  declared: z.nullable(z.number()),
  found: z.nullable(z.number()),
  message: z.string(),
  spans: z.array(SpanSchema),
});

export const NoticeSchema = described(
  z.object({
    schemaVersion: z.literal('1'),
    input: InputSchema,
    title: nullableText(),
    meta: MetaSchema,
    text: z.string(),
    body: z.object({ span: SpanSchema }),
    outline: z.array(OutlineNodeSchema),
    dates: z.array(DateMentionSchema),
    signature: described(z.nullable(SignatureSchema), "the notice's own 落款: the first organ+date block that closes its body"),
    signatures: described(z.array(SignatureSchema), 'further 落款 after the first: forwarded or attached documents'),
    contacts: ContactsSchema,
    attachments: z.array(AttachmentSchema),
    inspection: described(z.nullable(InspectionSchema), 'null for documents that are no inspection rectification report'),
    facts: described(z.array(FactSchema), 'the figures the report states about itself'),
    checks: described(z.array(CheckSchema), "the report's declared counts against what its outline holds"),
    diagnostics: z.array(DiagnosticSchema),
  }),
  'notice-parse output contract, version 1',
);

export type Span = z.infer<typeof SpanSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type InputInfo = z.infer<typeof InputSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Precision = z.infer<typeof PrecisionSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type OutlineNode = z.infer<typeof OutlineNodeSchema>;
export type NodeStyle = z.infer<typeof NodeStyleSchema>;
export type NodeRole = z.infer<typeof NodeRoleSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Contacts = z.infer<typeof ContactsSchema>;
export type Attachment = z.infer<typeof AttachmentSchema>;
export type Notice = z.infer<typeof NoticeSchema>;
export type Inspection = z.infer<typeof InspectionSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Check = z.infer<typeof CheckSchema>;
