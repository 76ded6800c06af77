/**
 * The output contract (../shared/spec/OUTPUT.md, version 1) as a zod schema.
 * Every type the pipeline passes around is inferred from here, never written
 * twice; `notice-parse --schema` publishes it as JSON Schema.
 */
import { z } from 'zod';

/** End-exclusive UTF-16 offsets into the top-level `text`. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span.end must not be before span.start' })
  .describe('End-exclusive UTF-16 offsets into `text`');

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z))?)?)?$/;
/** An ISO 8601 value at any precision from year to second. */
export const IsoValueSchema = z.string().regex(ISO_DATE, 'not an ISO 8601 date');

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

export const DiagnosticSchema = z.object({
  severity: SeveritySchema,
  code: z.string().describe('stable rule id, e.g. "date/ambiguous"'),
  message: z.string(),
  span: SpanSchema.nullable(),
});

export const InputSchema = z.object({
  path: z.string().nullable().describe('as given, or null for stdin'),
  format: z.enum(['text', 'html']),
  encoding: z.string().describe('what the bytes were decoded as: utf-8, gb18030, big5, utf-16le…'),
  encodingSource: z
    .enum(['bom', 'option', 'declared', 'detected', 'string'])
    .describe('why that encoding: a byte-order mark, --encoding, a charset declaration, byte statistics, or the caller passed a string'),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const MetaSchema = z.object({
  site: z.string().nullable(),
  breadcrumb: z.array(z.string()),
  column: z.string().nullable(),
  publishedAt: IsoValueSchema.nullable(),
  source: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  docNumber: z.string().nullable().describe('发文字号, e.g. 国发〔2019〕5号'),
  issuer: z.string().nullable().describe('发文机关'),
  writtenAt: IsoValueSchema.nullable().describe('成文日期'),
  keywords: z.array(z.string()).describe('<meta name="Keywords"> or 主题词'),
  siteDomain: z.string().nullable().describe('<meta name="SiteDomain">'),
  siteIdCode: z.string().nullable().describe('网站标识码, <meta name="SiteIDCode">'),
  columnType: z.string().nullable().describe('<meta name="ColumnType">'),
  description: z.string().nullable().describe('<meta name="Description">'),
});

export const PrecisionSchema = z.enum(['year', 'month', 'day', 'minute', 'second']);

export const DateMentionSchema = z.object({
  raw: z.string(),
  span: SpanSchema,
  value: IsoValueSchema,
  precision: PrecisionSchema,
  repaired: z.boolean().describe('the written form was damaged and the value reconstructed'),
  yearInferred: z.boolean().describe('the year was taken from context'),
  ambiguous: z.boolean().describe('more than one valid reading survived'),
  alternatives: z.array(IsoValueSchema).describe('the other valid readings, best first'),
  confidence: z.number().min(0).max(1),
  rangeStart: z.number().int().nonnegative().optional().describe('index in `dates` of the first half of a range'),
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
  level: z.number().int().positive(),
  marker: z.string(),
  ordinal: z.number().int().positive(),
  heading: z.string().nullable(),
  text: z.string(),
  span: SpanSchema,
  role: NodeRoleSchema.nullable(),
  get children(): z.ZodArray<typeof OutlineNodeSchema> {
    return z.array(OutlineNodeSchema);
  },
});

export const SignatureSchema = z.object({
  organization: z.string().nullable(),
  date: IsoValueSchema.nullable(),
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
  url: z.string().nullable(),
  span: SpanSchema.nullable(),
});

/** A value read from the text, with where it stands. */
const Located = <T extends z.ZodType>(value: T) => z.object({ value, span: SpanSchema });

export const InspectionSchema = z
  .object({
    level: Located(z.string()).nullable().describe('中央, 省委, 市委, 县委, 区委, 党工委 …'),
    round: Located(z.string()).nullable().describe('e.g. 六届市委第七轮'),
    team: Located(z.string()).nullable().describe('e.g. 第十巡察组'),
    kind: z
      .object({ value: z.enum(['巡视', '巡察']), mode: z.enum(['常规', '专项', '机动', '回头看']).nullable(), span: SpanSchema })
      .nullable(),
    subject: Located(z.string()).nullable().describe('what was inspected for, e.g. 林长制落实情况'),
    inspected: Located(z.string()).nullable().describe('the organisation inspected'),
    period: z.object({ start: IsoValueSchema, end: IsoValueSchema, span: SpanSchema }).nullable(),
    feedbackDate: Located(IsoValueSchema).nullable(),
  })
  .describe('who inspected whom, when: for 巡视/巡察 rectification reports');

export const FactSchema = z.object({
  raw: z.string(),
  quantity: z.number(),
  unit: z.string().describe('个, 项, 条, 人, 人次, 件, 万元, % …'),
  subject: z.enum(['方面', '问题', '具体问题', '措施', '制度', '资金', '人', '线索', '完成率']),
  status: z.enum(['declared', 'completed', 'inProgress']),
  approximate: z.boolean().describe('written with 余, 多, 近, 约'),
  span: SpanSchema,
});

export const CheckSchema = z.object({
  code: z.string().describe('e.g. inspection/aspects'),
  ok: z.boolean(),
  declared: z.number().nullable(),
  found: z.number().nullable(),
  message: z.string(),
  spans: z.array(SpanSchema),
});

export const NoticeSchema = z
  .object({
    schemaVersion: z.literal('1'),
    input: InputSchema,
    title: z.string().nullable(),
    meta: MetaSchema,
    text: z.string(),
    body: z.object({ span: SpanSchema }),
    outline: z.array(OutlineNodeSchema),
    dates: z.array(DateMentionSchema),
    signature: SignatureSchema.nullable().describe("the notice's own 落款: the first organ+date block that closes its body"),
    signatures: z.array(SignatureSchema).describe('further 落款 after the first: forwarded or attached documents'),
    contacts: ContactsSchema,
    attachments: z.array(AttachmentSchema),
    inspection: InspectionSchema.nullable().describe('null for documents that are no inspection rectification report'),
    facts: z.array(FactSchema).describe('the figures the report states about itself'),
    checks: z.array(CheckSchema).describe("the report's declared counts against what its outline holds"),
    diagnostics: z.array(DiagnosticSchema),
  })
  .describe('notice-parse output contract, version 1');

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
