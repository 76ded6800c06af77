/** How an issuing organ's name ends (某某市人民政府, 某某县财政局, …工作委员会); 会议定于 does not. */
const ORGAN_SUFFIX = /(?:委员会|人民政府|政府|办公室|办公厅|厅|局|委|部|院|会|中心|公司|集团|党组|组|处|所|站|队|社|馆|学校|大学|医院|银行|工委|街道|镇|乡|村|署|办)$/;
const ORGAN_MAX = 60;
/** An organ's name has no sentence punctuation; a line of prose does. */
const NOT_ORGAN = /[。，,；;：:！!？?、.]/;

/**
 * Whether a line reads as the name of an issuing organ, as in a 落款. The
 * signature stage and the outline's closing rule ask the same question.
 */
export function isOrganName(content: string): boolean {
  return content.length >= 2 && content.length <= ORGAN_MAX && !NOT_ORGAN.test(content) && ORGAN_SUFFIX.test(content.replace(/\s+/g, ''));
}
