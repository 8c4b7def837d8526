/**
 * The physical network between two native machines (docs/calibration.md §15). The
 * virtual networks need no constant of their own: they are priced from the platforms'
 * per-packet paths (mechanism-costs.ts).
 */

/**
 * Port-to-port forwarding latency of a gigabit Ethernet switch, beyond serialising the
 * frame. Assumption: a few µs for store-and-forward LAN switches of the era.
 */
export const SWITCH_FORWARD_NS = 4_000;
