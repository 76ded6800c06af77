/**
 * Drop proposals with no calendar-valid reading. An explicit form that fails
 * (2024年2月30日) was clearly meant as a date, so it is reported; damaged
 * forms never get this far without a valid reading.
 */
import { diagnostic } from '../../text/index.js';
import type { Refiner } from '../types.js';

export const dropInvalid: Refiner = (candidates, ctx) =>
  candidates.filter((c) => {
    if (c.readings.length > 0) return true;
    if (c.tags.includes('explicit')) {
      ctx.diagnostics.push(diagnostic('warning', 'date/invalid', `"${c.raw}" is not a date on the calendar; ignored`, c.span));
    }
    return false;
  });
