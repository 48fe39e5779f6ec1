import { lscsb2016 } from './2016-12-08-lscsb-004';
import { pcp2018 } from './2018-06-08-pcp-001';
import { hwb2019 } from './2019-07-11-hwb-000';
import { lscsb2021 } from './2021-03-19-lscsb-002';
import { lscsb2022 } from './2022-06-17-lscsb-003';
import type { PaperData } from './types';

export type * from './types';
export { DA_DUTY_TOTAL_PRINTED } from './2021-03-19-lscsb-002';

/** The five LLR board papers' data, in the order of the papers' meeting dates (2016 to 2022). */
export const llrPapers: readonly PaperData[] = [lscsb2016, pcp2018, hwb2019, lscsb2021, lscsb2022];
