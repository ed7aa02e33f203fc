import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from '../../../types/grid-settings';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from '../../../types/working-hours';
import type { UnitDoc } from './org.repository';

/** A community's office hours, which drive its request clocks: its own, else the default. */
export const officeHoursOf = (community: UnitDoc): OfficeHours => community.officeHours ?? DEFAULT_OFFICE_HOURS;
/** A street's commitment per urgency (本街道承诺): its own, else the default. */
export const limitsOf = (street: UnitDoc | null): RequestLimits => street?.requestLimits ?? DEFAULT_REQUEST_LIMITS;
