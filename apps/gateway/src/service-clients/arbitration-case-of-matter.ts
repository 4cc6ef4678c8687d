import type { Caller } from '@onewindow/access';
import type { arbitration } from '@onewindow/contracts';
import type { ServiceClients } from './service-clients';

/** The newest arbitration case of the matter as the caller may see it; undefined when it has none (404). */
export function arbitrationCaseOfMatter(
  services: ServiceClients,
  caller: Caller,
  matterId: string,
): Promise<arbitration.ArbitrationCase | undefined> {
  return services
    .call(caller, (s, m) => s.arbitration.getCaseByMatter({ matterId }, m))
    .then(
      (found) => found.case,
      (error: { getStatus?: () => number }) => {
        if (error.getStatus?.() === 404) return undefined;
        throw error;
      },
    );
}
