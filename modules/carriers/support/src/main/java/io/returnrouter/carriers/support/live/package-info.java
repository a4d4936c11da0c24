/**
 * The carrier side of live rate and point look-ups, free of Jakarta and MicroProfile: the JSON
 * bodies of the contract in docs/carriers.md (plain records that JSON-B maps by their component
 * names), the checks that turn a carrier's answer into a quote or refuse it as malformed, and the
 * interface the MicroProfile adapters of the carrier modules implement.
 */
package io.returnrouter.carriers.support.live;
